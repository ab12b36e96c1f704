package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each regime's hand-ordered {@link RegimeRules#decide} says what checking all its rules one by one
 * says: a regime passes when none fails, is unknown when none fails and some cannot tell, and every
 * status it records is its rule's.
 */
class RegimeDecisionTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static List<RegimeRules> regimes() {
    return List.of(new DirectTransitRules(CATALOGUE), new VisaExemptionRules(CATALOGUE), new Transit240hRules(CATALOGUE));
  }

  @Test
  void eachRegimeDecidesAsItsRulesCheckedOneByOne() {
    List<RegimeRules> regimes = regimes();
    qt().withExamples(5000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      TripFacts facts = new TripFacts(trip, CATALOGUE);
      int first = 0;
      TripFindings decision = new TripFindings(new Rule[0][], facts, 0);
      for (RegimeRules regime : regimes) {
        List<Rule> rules = regime.rules();
        boolean anyFail = false;
        boolean anyUnknown = false;
        for (Rule rule : rules) {
          Status s = rule.check(facts).status();
          anyFail |= s == Status.FAIL;
          anyUnknown |= s == Status.UNKNOWN;
        }
        decision.startRegime(first);
        boolean noneFailed = regime.decide(facts, decision);
        String where = regime.regime + " on " + trip;
        assertEquals(!anyFail, noneFailed, where);
        if (noneFailed) {
          assertEquals(anyUnknown, decision.unknown(), where);
          assertTrue(decision.allDecided(first, rules.size()), where);
        }
        for (int i = 0; i < rules.size(); i++) {
          Status decided = TripFindings.decided(decision.statuses(), first + i);
          if (decided != null) {
            assertEquals(rules.get(i).check(facts).status(), decided, where + ", rule " + i);
          }
        }
        first += rules.size();
      }
    });
  }

  @Test
  void aRegimeThatPassesHasDecidedEveryRule() {
    // The decide methods are written out by hand: one that forgot a rule would let a regime pass on a
    // rule never checked. One trip that passes each regime, its rules all decided PASS.
    Trip.Builder trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"));
    Trip transit240h = trip.departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .build();
    Trip direct = Trip.builder().from(transit240h).visits(List.of()).staysInPort(true)
        .departure(Departure.of("PVG", LocalDateTime.of(2025, 12, 1, 20, 0), CountryCode.of("JP"))).build();
    Trip exempt = Trip.builder().from(transit240h)
        .traveller(Traveller.of(CountryCode.of("FR"), TravelDocument.passport(LocalDate.of(2027, 6, 30)))).build();
    List<RegimeRules> regimes = regimes();
    Trip[] passing = {direct, exempt, transit240h};
    for (int r = 0; r < regimes.size(); r++) {
      RegimeRules regime = regimes.get(r);
      TripFacts facts = new TripFacts(passing[r], CATALOGUE);
      TripFindings decision = new TripFindings(new Rule[0][], facts, 0);
      decision.startRegime(0);
      assertTrue(regime.decide(facts, decision), regime.regime::toString);
      assertEquals(false, decision.unknown(), regime.regime::toString);
      for (int i = 0; i < regime.rules().size(); i++) {
        assertEquals(Status.PASS, TripFindings.decided(decision.statuses(), i), regime.regime + ", rule " + i);
      }
      assertEquals(false, TripFindings.allDecided(decision.statuses(), 0, regime.rules().size() + 1));
    }
  }

  @Test
  void aRuleBelongsToOneRegime() {
    Rule rule = new Transit240hRules.NoAdverseRecord(CATALOGUE);
    RegimeRules.inReportOrder(rule);
    assertThrows(IllegalStateException.class, () -> RegimeRules.inReportOrder(rule));
  }

  @Test
  void allDecidedReadsEveryPairInTheRange() {
    qt().withExamples(5000).forAll(longs().all(), integers().between(0, 32), integers().between(0, 32))
        .checkAssert((statuses, first, wanted) -> {
          int count = Math.min(wanted, 32 - first);
          boolean expected = true;
          for (int i = first; i < first + count; i++) {
            expected &= TripFindings.decided(statuses, i) != null;
          }
          assertEquals(expected, TripFindings.allDecided(statuses, first, count));
        });
    assertEquals(false, TripFindings.allDecided(TripFindings.UNDECIDED_ALL, 0, 32));
    assertEquals(true, TripFindings.allDecided(0L, 0, 32));
  }
}
