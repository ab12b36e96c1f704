package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import java.util.Objects;

/**
 * The legal basis a rule reports with its findings (table {@code rule_bases}).
 *
 * @param regime the regime
 * @param code the rule
 * @param source the basis: source ids with locators, e.g. {@code NIA-2025-4#annex1}
 * @param confidence how sure the source is
 */
public record RuleBasis(Regime regime, FindingCode code, String source, Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param regime see the record description
   * @param code see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public RuleBasis {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
