package io.github.transitpolicy.model;

/** The answer of an evaluation. */
public enum Verdict {
  /** At least one regime passes every rule: the traveller needs no visa for this trip. */
  VISA_FREE,
  /** Every regime fails at least one rule: the traveller needs a visa. */
  VISA_REQUIRED,
  /** No regime passes, but some regime fails on nothing but unknown rules: check by hand. */
  NEEDS_REVIEW,
  /**
   * The question does not apply: a Chinese citizen, or a resident of Hong Kong, Macao or Taiwan
   * travelling on a resident permit, does not enter on a visa.
   */
  NOT_APPLICABLE
}
