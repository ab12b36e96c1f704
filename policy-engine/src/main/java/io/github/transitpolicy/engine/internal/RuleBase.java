package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.FindingCode;

/** What every rule shares: the findings factory of its regime and code, which also names the rule. */
abstract class RuleBase implements Rule {
  final Findings findings;

  RuleBase(Findings findings) {
    this.findings = findings;
  }

  @Override
  public final FindingCode code() {
    return findings.code;
  }
}
