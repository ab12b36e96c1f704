package io.github.transitpolicy.model;

/** The outcome of one rule. */
public enum Status {
  /** The rule is met. */
  PASS,
  /** The rule is not met. */
  FAIL,
  /** Whether the rule is met cannot be told from the trip and the catalogue. */
  UNKNOWN
}
