package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.Purpose;
import java.util.Objects;

/**
 * Whether a regime admits a trip purpose (table {@code regime_purposes}).
 *
 * @param scope the regime
 * @param purpose the purpose
 * @param permitted whether the regime admits it
 * @param source where that is said
 * @param confidence how sure the source is
 */
public record PurposeRule(PurposeScope scope, Purpose purpose, boolean permitted, String source, Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param scope see the record description
   * @param purpose see the record description
   * @param permitted see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public PurposeRule {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
