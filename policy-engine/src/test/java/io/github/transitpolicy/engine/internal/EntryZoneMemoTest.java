package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.TransitZone;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The 72/144-hour zone of entry a trip's facts keep is the one a fresh lookup finds, for each regime
 * apart, whichever regime asked first and however often (three rules of each ask on every trip).
 */
class EntryZoneMemoTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final String[] PORTS = {"PVG", "PEK", "CAN", "CTU", "KMG", "XMN", "SZX", "CKG", "ZZZ"};

  private static TripFacts facts(String port, LocalDateTime arrive) {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(arrive.toLocalDate().plusYears(2))))
        .arrival(Arrival.of(port, arrive, CountryCode.of("KR")))
        .departure(Departure.of("PEK", arrive.plusDays(3), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
    return new TripFacts(trip, CATALOGUE);
  }

  @Test
  void theKeptZoneIsTheOneFoundAfreshForEachRegime() {
    HistoryTransitRules.Zones zones = new HistoryTransitRules.Zones(CATALOGUE);
    int found144 = 0;
    int found72 = 0;
    int differ = 0;
    for (String port : PORTS) {
      for (LocalDateTime arrive = LocalDateTime.of(2012, 6, 1, 10, 0); arrive.getYear() < 2027;
          arrive = arrive.plusDays(45)) {
        @Nullable TransitZone z144 = zones.findEntryZone(facts(port, arrive), Regime.TRANSIT_144H);
        @Nullable TransitZone z72 = zones.findEntryZone(facts(port, arrive), Regime.TRANSIT_72H);
        found144 += z144 != null ? 1 : 0;
        found72 += z72 != null ? 1 : 0;
        differ += Objects.equals(z144, z72) ? 0 : 1;
        for (boolean seventyTwoFirst : new boolean[] {true, false}) {
          TripFacts facts = facts(port, arrive);
          for (int again = 0; again < 2; again++) {
            String where = port + " " + arrive + (seventyTwoFirst ? " 72 first" : " 144 first") + " #" + again;
            if (seventyTwoFirst) {
              assertEquals(z72, zones.entryZone(facts, Regime.TRANSIT_72H), where);
              assertEquals(z144, zones.entryZone(facts, Regime.TRANSIT_144H), where);
            } else {
              assertEquals(z144, zones.entryZone(facts, Regime.TRANSIT_144H), where);
              assertEquals(z72, zones.entryZone(facts, Regime.TRANSIT_72H), where);
            }
          }
        }
      }
    }
    // Both regimes find zones, not always the same: a memo shared between them would show here.
    assertTrue(found144 > 20 && found72 > 20 && differ > 20,
        "144-hour " + found144 + ", 72-hour " + found72 + ", different " + differ);
  }

  @Test
  void otherRegimesKeepNothing() {
    TripFacts facts = facts("PVG", LocalDateTime.of(2018, 6, 1, 10, 0));
    facts.keepEntryZone(Regime.TRANSIT_240H, null);
    assertEquals(TripFacts.NOT_KEPT, facts.keptEntryZone(Regime.TRANSIT_240H));
    facts.keepEntryZone(Regime.TRANSIT_72H, null);
    assertTrue(facts.keptEntryZone(Regime.TRANSIT_72H) != TripFacts.NOT_KEPT);
    assertEquals(TripFacts.NOT_KEPT, facts.keptEntryZone(Regime.TRANSIT_144H));
  }
}
