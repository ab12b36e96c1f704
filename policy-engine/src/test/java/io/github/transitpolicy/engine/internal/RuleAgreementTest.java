package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The verdict is decided by each rule's {@code status} and the findings are made by its {@code check}:
 * the two must agree for every rule and every trip, and a disagreement must not go unnoticed.
 */
class RuleAgreementTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static List<Rule> allRules() {
    List<Rule> rules = new ArrayList<>();
    for (RegimeRules regime : Regimes.all(CATALOGUE)) {
      rules.addAll(regime.rules());
    }
    return rules;
  }

  @Test
  void everyRuleSaysTheStatusItDecidesBy() {
    List<Rule> rules = allRules();
    assertEquals(109, rules.size());
    Answer.Recording recording = new Answer.Recording();
    qt().withExamples(5000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      TripFacts facts = new TripFacts(trip, CATALOGUE);
      for (Rule rule : rules) {
        Status decided = rule.check(facts, Answer.STATUS);
        Status said = rule.check(facts, recording);
        Finding finding = recording.take(rule);
        assertEquals(decided, said, () -> rule.getClass().getSimpleName() + " on " + trip);
        assertEquals(decided, finding.status(), () -> rule.getClass().getSimpleName() + " on " + trip + ": " + finding);
        assertEquals(rule.code(), finding.code());
      }
    });
  }

  @Test
  void theStatusesWithoutFindingsAreTheFindingsStatusesInTheirOrder() {
    Evaluator evaluator = new Evaluator(CATALOGUE);
    List<String> labels = new ArrayList<>();
    for (Regime regime : evaluator.regimes()) {
      for (FindingCode code : evaluator.codes(regime)) {
        labels.add(regime + ":" + code);
      }
    }
    assertEquals(labels.size(), evaluator.ruleCount());
    Status[] statuses = new Status[evaluator.ruleCount()];
    qt().withExamples(3000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      java.util.Arrays.fill(statuses, null);
      Evaluator.Decision decision = evaluator.decide(trip);
      decision.statuses(statuses);
      Evaluation plain = evaluator.evaluate(trip);
      assertEquals(plain, decision.evaluation(), () -> "the same evaluation for " + trip);
      List<Finding> findings = plain.findings();
      assertEquals(findings.size(), statuses.length);
      for (int i = 0; i < statuses.length; i++) {
        Finding f = findings.get(i);
        assertEquals(f.regime() + ":" + f.code(), labels.get(i), "the order of the findings");
        assertEquals(f.status(), statuses[i], labels.get(i) + " on " + trip);
      }
    });
    assertThrows(IllegalArgumentException.class, () -> evaluator.decide(usTrip()).statuses(new Status[3]));
  }

  private static Trip usTrip() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
  }

  /** A rule that answers the verdict PASS and the reader FAIL: a bug the findings must not hide. */
  private static final class SaysTwoThings extends Rule {
    SaysTwoThings() {
      super(new Findings(CATALOGUE, Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return to.detailed() ? fail(to, Messages.SHARED_ROUTE_MAINLAND) : pass(to, Messages.SHARED_ROUTE_MAINLAND);
    }
  }

  /** A rule that returns a status without saying why. */
  private static final class SaysNothing extends Rule {
    SaysNothing() {
      super(new Findings(CATALOGUE, Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return Status.PASS;
    }
  }

  /** A regime of one rule, told its place already, built: what the findings are made from. */
  private static LazyRegime regimeOf(Rule rule) {
    RegimeRules unit = new RegimeRules(Regime.TRANSIT_240H) {
      @Override
      List<Rule> rules() {
        return List.of(rule);
      }

      @Override
      boolean decide(TripFacts trip, TripFindings decision) {
        return decision.add(rule, rule.check(trip, Answer.STATUS));
      }

      @Override
      @Nullable ZonedDateTime deadline(TripFacts trip) {
        return null;
      }

      @Override
      PermittedArea area(TripFacts trip) {
        return trip.day.transitArea;
      }
    };
    return new LazyRegime(CATALOGUE, unit);
  }

  @Test
  void aRuleThatDisagreesWithItselfFailsWhenTheFindingsAreMade() {
    TripFacts facts = new TripFacts(usTrip(), CATALOGUE);
    Rule rule = new SaysTwoThings();
    RegimeRules.inReportOrder(rule);
    LazyRegime[] rules = {regimeOf(rule)};
    TripFindings decided = new TripFindings(rules, facts, 1);
    decided.startRegime(0);
    decided.add(rule, rule.check(facts, Answer.STATUS));
    IllegalStateException e = assertThrows(IllegalStateException.class, decided::get);
    assertTrue(String.valueOf(e.getMessage()).contains("SaysTwoThings decided PASS but its finding says FAIL"),
        e.getMessage());
    // Left undecided (its regime was decided by an earlier FAIL), the rule's finding is simply reported.
    assertEquals(Status.FAIL, new TripFindings(rules, facts, 1).get().get(0).status());
  }

  @Test
  void aRuleThatSaysNothingFailsWhenTheFindingsAreMade() {
    TripFacts facts = new TripFacts(usTrip(), CATALOGUE);
    Rule rule = new SaysNothing();
    RegimeRules.inReportOrder(rule);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new TripFindings(new LazyRegime[] {regimeOf(rule)}, facts, 1).get());
    assertTrue(String.valueOf(e.getMessage()).contains("SaysNothing said nothing"), e.getMessage());
  }

  @Test
  void theVerdictsPathMakesNoMessage() {
    // Answer.STATUS keeps nothing: a rule's check through it returns the status alone.
    TripFacts facts = new TripFacts(usTrip(), CATALOGUE);
    assertEquals(false, Answer.STATUS.detailed());
    for (Rule rule : allRules()) {
      assertEquals(rule.check(facts, Answer.STATUS),
          Answer.STATUS.say(rule, rule.check(facts, Answer.STATUS), null, Messages.SHARED_ROUTE_MAINLAND, "x", "y"));
    }
  }

  @Test
  void findingsAreMadeOnceAndEqualAnEagerCopy() {
    Evaluation e = new Evaluator(CATALOGUE).evaluate(usTrip());
    List<Finding> first = e.findings();
    assertSame(first, e.findings());
    Evaluation eager = Evaluation.builder().from(e).build();
    assertEquals(eager, e);
    assertEquals(eager.hashCode(), e.hashCode());
    assertEquals(109, first.size());
  }
}
