package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Status;

/**
 * One rule of a regime: checks one condition of a trip and says PASS, FAIL or UNKNOWN, and why. Each
 * rule is a subclass named for what it checks, holding the findings factory of its regime and code.
 *
 * <p>The verdict needs only {@link #status}; the finding, with its message, is made by {@link #check}
 * only when someone reads the findings. The two must agree: {@code status(t) == check(t).status()}.
 * A rule whose findings are shared constants need not override {@code status}; a rule that makes a
 * new finding per trip decides in {@code status} without making one. Whenever findings are made, the
 * statuses the verdict was decided by are compared with them, so a rule that disagrees with itself
 * fails loudly; {@code RuleAgreementTest} compares every rule over random trips.
 *
 * <p>Each regime's {@link RegimeRules#decide} calls its rules' {@code status} directly, typed by their
 * own classes, so that the compiler can inline them: one call site reaching twenty-one classes could
 * not be.
 */
abstract class Rule {
  final Findings findings;
  /**
   * The rule's place in its regime's report order; set once, by {@link RegimeRules#inReportOrder},
   * before the regime is shared.
   */
  int index = -1;

  Rule(Findings findings) {
    this.findings = findings;
  }

  /** The condition this rule checks. */
  final FindingCode code() {
    return findings.code;
  }

  /** Decides the trip as {@link #check} would, without making a finding. Never throws. */
  Status status(TripFacts trip) {
    return check(trip).status();
  }

  /** Checks the trip and says why. Never throws for a well-formed trip. */
  abstract Finding check(TripFacts trip);
}
