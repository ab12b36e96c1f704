package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict is decided by each rule's {@code status} and the findings are made by its {@code check}:
 * the two must agree for every rule and every trip, and a disagreement must not go unnoticed.
 */
class RuleAgreementTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static List<Rule> allRules() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(new DirectTransitRules(CATALOGUE).rules());
    rules.addAll(new VisaExemptionRules(CATALOGUE).rules());
    rules.addAll(new Transit240hRules(CATALOGUE).rules());
    return rules;
  }

  @Test
  void everyRuleDecidesAsItsFindingSays() {
    List<Rule> rules = allRules();
    assertEquals(27, rules.size());
    qt().withExamples(5000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      TripFacts facts = new TripFacts(trip, CATALOGUE);
      for (Rule rule : rules) {
        Finding finding = rule.check(facts);
        assertEquals(finding.status(), rule.status(facts),
            () -> rule.getClass().getSimpleName() + " on " + trip + ": " + finding);
      }
    });
  }

  private static Trip usTrip() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
  }

  /** A rule that decides PASS but whose finding says FAIL: a bug the findings must not hide. */
  private static final class SaysTwoThings extends Rule {
    SaysTwoThings() {
      super(new Findings(CATALOGUE, Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status status(TripFacts trip) {
      return Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      return findings.fail(LocalizedText.of("fails", "不通过"));
    }
  }

  @Test
  void aRuleThatDisagreesWithItselfFailsWhenTheFindingsAreMade() {
    TripFacts facts = new TripFacts(usTrip(), CATALOGUE);
    Rule[][] rules = {{new SaysTwoThings()}};
    long decided = TripFindings.decide(TripFindings.UNDECIDED_ALL, 0, Status.PASS);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new TripFindings(rules, facts, decided, 1).get());
    assertTrue(String.valueOf(e.getMessage()).contains("SaysTwoThings decided PASS but its finding says FAIL"),
        e.getMessage());
    // Left undecided (its regime was decided by an earlier FAIL), the rule's finding is simply reported.
    assertEquals(Status.FAIL,
        new TripFindings(rules, facts, TripFindings.UNDECIDED_ALL, 1).get().get(0).status());
  }

  @Test
  void statusesPackTwoBitsPerRuleAndStartUndecided() {
    long s = TripFindings.UNDECIDED_ALL;
    for (int i = 0; i < 32; i++) {
      assertEquals(null, TripFindings.decided(s, i));
    }
    Status[] statuses = Status.values();
    for (int i = 0; i < 32; i++) {
      s = TripFindings.decide(s, i, statuses[i % statuses.length]);
    }
    for (int i = 0; i < 32; i++) {
      assertEquals(statuses[i % statuses.length], TripFindings.decided(s, i));
    }
    assertEquals(Status.UNKNOWN, TripFindings.decided(TripFindings.decide(s, 5, Status.UNKNOWN), 5));
  }

  @Test
  void findingsAreMadeOnceAndEqualAnEagerCopy() {
    Evaluation e = new Evaluator(CATALOGUE).evaluate(usTrip());
    List<Finding> first = e.findings();
    assertSame(first, e.findings());
    Evaluation eager = Evaluation.builder().from(e).build();
    assertEquals(eager, e);
    assertEquals(eager.hashCode(), e.hashCode());
    assertEquals(27, first.size());
  }
}
