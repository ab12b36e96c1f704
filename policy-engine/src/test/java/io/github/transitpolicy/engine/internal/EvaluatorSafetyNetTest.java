package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the evaluator's safety net relies on: a regime is let pass only if {@link
 * TripFindings#allDecided(int, int)} says every one of its rules has a status. The evaluator builds its
 * regimes itself, so a regime that forgets a rule cannot be slipped in from a test; the decision record
 * it asks is tested here instead, with rules left undecided. Also the rule list the evaluator reports per
 * regime, and the whole-day shortcut of the stay arithmetic.
 */
class EvaluatorSafetyNetTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static TripFacts facts() {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
    return new TripFacts(trip, CATALOGUE);
  }

  @Test
  void aDecisionWithARuleLeftUndecidedIsNotAllDecided() {
    TripFacts facts = facts();
    TripFindings none = new TripFindings(new LazyRegime[0], facts, 3);
    assertFalse(none.allDecided(0, 1), "nothing decided yet");
    assertFalse(none.allDecided(0, 3));

    TripFindings some = new TripFindings(new LazyRegime[0], facts, 3);
    some.startRegime(0);
    Rule first = new Transit240hRules.NoAdverseRecord(CATALOGUE);
    Rule second = new Transit240hRules.PolicyInForce(CATALOGUE);
    RegimeRules.inReportOrder(first, second);
    assertTrue(some.add(first, Status.PASS));
    assertTrue(some.add(second, Status.UNKNOWN));
    assertTrue(some.unknown());
    assertTrue(some.allDecided(0, 2));
    assertFalse(some.allDecided(0, 3), "the third rule is undecided");
    assertFalse(some.allDecided(2, 1));
    assertEquals(Status.UNKNOWN, some.decided(1));
  }

  @Test
  void aRegimeThatDecidesEveryRuleIsAllDecidedThroughTheInstance() {
    // The same check the evaluator makes, on a regime that passes: every rule decided.
    TripFacts facts = facts();
    RegimeRules regime = new Transit240hRules(CATALOGUE);
    TripFindings decision = new TripFindings(new LazyRegime[0], facts, regime.rules().size());
    decision.startRegime(0);
    assertTrue(regime.decide(facts, decision));
    assertTrue(decision.allDecided(0, regime.rules().size()));
    assertFalse(decision.allDecided(0, regime.rules().size() + 1), "one rule more than the regime has");
  }

  @Test
  void theEvaluatorReportsEachRegimesRulesInReportOrder() {
    Evaluator evaluator = new Evaluator(CATALOGUE);
    List<RegimeRules> regimes =
        List.of(new DirectTransitRules(CATALOGUE), new VisaExemptionRules(CATALOGUE), new Transit240hRules(CATALOGUE));
    for (RegimeRules regime : regimes) {
      List<FindingCode> expected = new ArrayList<>();
      for (Rule r : regime.rules()) {
        expected.add(r.code());
      }
      assertFalse(expected.isEmpty(), regime.regime::toString);
      assertEquals(expected, evaluator.codes(regime.regime), regime.regime::toString);
    }
    assertTrue(evaluator.codes(Regime.TRANSIT_240H).contains(FindingCode.ROUTE_TO_THIRD_COUNTRY));
    assertTrue(evaluator.codes(Regime.DIRECT_TRANSIT_24H).contains(FindingCode.ROUTE_TO_THIRD_COUNTRY));
  }

  @Test
  void aStayOfPartDaysFromTheNextMidnightEndsHoursAfterThatMidnight() {
    LocalDate entry = LocalDate.of(2025, 12, 1);
    assertEquals(ZonedDateTime.of(2025, 12, 3, 12, 0, 0, 0, BeijingTime.ZONE), SharedRules.fromNextMidnight(entry, 36));
    assertEquals(ZonedDateTime.of(2025, 12, 2, 1, 0, 0, 0, BeijingTime.ZONE), SharedRules.fromNextMidnight(entry, 1));
    assertEquals(ZonedDateTime.of(2025, 12, 12, 0, 0, 0, 0, BeijingTime.ZONE), SharedRules.fromNextMidnight(entry, 240));
  }
}
