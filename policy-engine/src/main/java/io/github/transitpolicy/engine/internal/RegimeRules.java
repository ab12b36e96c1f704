package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Regime;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A regime as one unit: its rules, the order they are reported and decided in, and what a passing
 * trip is told (its deadline, its area, its notes). The evaluator runs every unit {@link Regimes}
 * lists without knowing any of them.
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

  /**
   * What the regime needs of a trip before any rule can pass, which the evaluator checks first: a
   * regime most trips cannot use says so here, standing for the rule that then fails. It must equal
   * the gate {@link Regimes#lazily} declares for the regime, which the evaluator uses before building it.
   */
  Gate gate() {
    return Gate.OPEN;
  }

  /** The moment a traveller this regime admits must leave by, one they may leave at; null if not known. */
  abstract @Nullable ZonedDateTime deadline(TripFacts trip);

  /** Where a traveller this regime admits may stay. */
  abstract PermittedArea area(TripFacts trip);

  /** Whether the regime is for travellers who stay in the port and never enter. */
  boolean staysInPort() {
    return false;
  }

  /** The arrival card case of a traveller this regime admits. */
  ArrivalCardCase arrivalCardCase() {
    return ArrivalCardCase.FOREIGNER_ENTERING;
  }

  /** Whether the port waives border inspection altogether for a traveller this regime admits. */
  boolean inspectionFree(TripFacts trip) {
    return false;
  }

  /** What a traveller this regime admits is also told: a condition the library cannot check; null if none. */
  @Nullable LocalizedText note(TripFacts trip) {
    return null;
  }

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
