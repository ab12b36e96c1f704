package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Regime;
import java.util.Objects;
import java.util.Optional;

/**
 * A place a tour group regime lets its groups stay in, for a period (table {@code group_areas}). A
 * regime's area for a trip is made of the rows whose {@code entry} is the prefecture of the group's
 * entry port, or, when no row names that prefecture, of the rows without an entry: Shantou groups enter
 * through Shantou and stay in Shantou, the others stay in the nine Greater Bay Area cities.
 *
 * @param regime the tour group regime
 * @param entry the prefecture of the entry ports the row applies to; empty: every other entry port
 * @param place a province or a prefecture (GB/T 2260) the group may stay in
 * @param validity when the row applies
 * @param source where the row comes from
 * @param confidence how sure the source is
 */
public record GroupArea(
    Regime regime, Optional<PlaceCode> entry, PlaceCode place, DateRange validity, String source,
    Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param regime see the record description
   * @param entry see the record description
   * @param place see the record description
   * @param validity see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public GroupArea {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
