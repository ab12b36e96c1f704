package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import java.util.Objects;

/**
 * A port of a 72/144-hour zone for a period (table {@code transit_history_ports}).
 *
 * @param port the port's id in the catalogue
 * @param zone the zone's id
 * @param validity when the port belonged to the zone
 * @param longStanding whether the start is only the earliest day a source shows; before it: not known
 * @param source where the row comes from
 * @param confidence how sure the source is
 */
public record TransitZonePort(
    String port, String zone, DateRange validity, boolean longStanding, String source, Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param port see the record description
   * @param zone see the record description
   * @param validity see the record description
   * @param longStanding see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public TransitZonePort {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
