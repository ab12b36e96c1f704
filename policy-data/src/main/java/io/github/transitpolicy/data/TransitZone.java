package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Regime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A zone of the 72- or 144-hour transit schemes for a period (table {@code transit_history_zones}): the
 * traveller entered through one of its ports, stayed in its area and left through a port of the same zone.
 *
 * @param zone the zone's id, for example {@code BTH-144}
 * @param regime {@code TRANSIT_72H} or {@code TRANSIT_144H}
 * @param validity when this row applies
 * @param hours the stay limit in hours
 * @param counting how the hours were counted; empty when no source says
 * @param longStanding whether the start is only the earliest day a source shows; before it: not known
 * @param area the places (GB/T 2260) the traveller may stay in
 * @param areaExact whether the area is the whole area; if not, a place elsewhere is not known to be outside
 * @param exitProvince a province through any open port of which the traveller may leave; empty if none
 * @param source where the row comes from
 * @param confidence how sure the source is
 */
public record TransitZone(
    String zone,
    Regime regime,
    DateRange validity,
    int hours,
    Optional<StayCounting> counting,
    boolean longStanding,
    List<PlaceCode> area,
    boolean areaExact,
    Optional<PlaceCode> exitProvince,
    String source,
    Confidence confidence) {

  /**
   * Checks that no component is null and copies the area.
   *
   * @param zone see the record description
   * @param regime see the record description
   * @param validity see the record description
   * @param hours see the record description
   * @param counting see the record description
   * @param longStanding see the record description
   * @param area see the record description
   * @param areaExact see the record description
   * @param exitProvince see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public TransitZone {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(counting, "counting");
    area = List.copyOf(Objects.requireNonNull(area, "area"));
    Objects.requireNonNull(exitProvince, "exitProvince");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
