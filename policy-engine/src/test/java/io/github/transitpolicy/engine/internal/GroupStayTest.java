package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The stay rules decide their statuses without making deadlines: each shortcut says what comparing the
 * departure with the deadline says, for every counting, to the nanosecond.
 */
class GroupStayTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static TripFacts facts(LocalDateTime arrive, long minutesLater, int nanos) {
    LocalDateTime depart = arrive.plusMinutes(minutesLater).withNano(nanos);
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.of(
            io.github.transitpolicy.model.DocumentType.ORDINARY_PASSPORT, arrive.toLocalDate().plusYears(2))))
        .arrival(Arrival.of("PVG", arrive, CountryCode.of("KR")))
        .departure(Departure.of("PVG", depart, CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
    return new TripFacts(trip, CATALOGUE);
  }

  @Test
  void leavingAfterAStayIsDecidedAsItsDeadlineDecidesIt() {
    LocalDateTime first = LocalDateTime.of(2024, 6, 1, 0, 0);
    qt().withExamples(4000)
        .forAll(longs().between(0, 3L * 365 * 24 * 60), longs().between(1, 32L * 24 * 60),
            integers().between(1, 800), integers().between(0, 2))
        .checkAssert((start, later, hours, counting) -> {
          TripFacts t = facts(first.plusMinutes(start).withNano(500), later, (int) (later % 3) * 250);
          StayCounting c = counting == 0 ? StayCounting.ELAPSED : StayCounting.NEXT_DAY_MIDNIGHT;
          assertEquals(SharedRules.isAfter(t.departure, t.afterHours(hours)), t.leavesAfterHours(hours),
              () -> t.departure + " after " + hours + " h");
          assertEquals(SharedRules.isAfter(t.departure, t.stayDeadline(c, hours)), t.leavesAfterStay(c, hours),
              () -> t.departure + " after " + hours + " h " + c);
        });
  }

  @Test
  void leavingAfterTheStrictGroupDeadlineIsDecidedAsTheDeadlineDecidesIt() {
    // Guilin's terms are UNCERTAIN (144 h), Hainan's NEXT_DAY_MIDNIGHT (720 h), direct transit's ELAPSED (24 h).
    LocalDateTime first = LocalDateTime.of(2024, 6, 1, 0, 0);
    for (Regime regime : new Regime[] {Regime.ASEAN_GROUP_GUILIN, Regime.CRUISE_GROUP_15D, Regime.HAINAN_30D,
        Regime.DIRECT_TRANSIT_24H}) {
      qt().withExamples(3000)
          .forAll(longs().between(0, 2L * 365 * 24 * 60), longs().between(1, 35L * 24 * 60))
          .checkAssert((start, later) -> {
            TripFacts t = facts(first.plusMinutes(start), later, (int) (later % 2));
            RegimeTerms terms = t.day.terms(regime);
            assertNotNull(terms, regime + " on " + t.entryDate);
            assertEquals(SharedRules.isAfter(t.departure, GroupRules.strictDeadline(terms, t)),
                GroupRules.leavesAfterStrict(terms, t), () -> regime + ": " + t.arrival + " to " + t.departure);
          });
    }
  }
}
