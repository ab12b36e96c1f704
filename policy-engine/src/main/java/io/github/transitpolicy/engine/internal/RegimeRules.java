package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Regime;
import java.util.List;

/**
 * The rules of one regime: the order they are reported in, and the order the verdict decides them in.
 *
 * <p>{@link #decide} calls each rule through a field of the rule's own class, cheapest and most often
 * decisive first (those reading the trip's own fields, then the day's terms, then the catalogue's
 * lists), and stops at the first FAIL. It must decide every rule unless one fails: the evaluator checks
 * that a regime it finds passing has no rule left undecided, and {@code RegimeDecisionTest} compares
 * each regime's decision with all its rules checked one by one.
 */
abstract class RegimeRules {
  final Regime regime;

  RegimeRules(Regime regime) {
    this.regime = regime;
  }

  /** The rules in the order they are reported. */
  abstract List<Rule> rules();

  /**
   * Decides the rules for a trip into {@code decision}, up to the first FAIL.
   *
   * @return true if no rule failed (each then decided PASS or UNKNOWN); false at the first FAIL
   */
  abstract boolean decide(TripFacts trip, TripFindings decision);

  /** The rules as reported, each told its place; a rule belongs to one regime only. */
  static List<Rule> inReportOrder(Rule... rules) {
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].index >= 0) {
        throw new IllegalStateException(rules[i].getClass().getName() + " is already in a regime");
      }
      rules[i].index = i;
    }
    return List.of(rules);
  }
}
