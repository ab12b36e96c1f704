package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Status;

/**
 * The statuses decided for one trip, regime by regime, packed as {@link TripFindings} keeps them. Made
 * for one evaluation and never shared.
 */
final class Decision {
  private long statuses = TripFindings.UNDECIDED_ALL;
  /** The place, among all rules, of the first rule of the regime being decided. */
  private int first;
  private boolean unknown;

  /** Starts deciding a regime whose first rule is at {@code first} among all rules. */
  void startRegime(int first) {
    this.first = first;
    this.unknown = false;
  }

  /**
   * Records a rule's status.
   *
   * @return false if it is FAIL, which decides the regime
   */
  boolean add(Rule rule, Status status) {
    statuses = TripFindings.decide(statuses, first + rule.index, status);
    if (status == Status.FAIL) {
      return false;
    }
    if (status == Status.UNKNOWN) {
      unknown = true;
    }
    return true;
  }

  /** Whether some rule of the regime being decided said UNKNOWN. */
  boolean unknown() {
    return unknown;
  }

  /** Whether every rule from {@code first}, {@code count} of them, has a status. */
  boolean allDecided(int first, int count) {
    return TripFindings.allDecided(statuses, first, count);
  }

  long statuses() {
    return statuses;
  }
}
