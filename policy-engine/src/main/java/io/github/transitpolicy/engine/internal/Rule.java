package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;

/** One rule of a regime: checks one condition of a trip and says PASS, FAIL or UNKNOWN, and why. */
interface Rule {

  /** The condition this rule checks. */
  FindingCode code();

  /** Checks the trip. Never throws for a well-formed trip. */
  Finding check(TripFacts trip);
}
