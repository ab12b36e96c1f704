package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import java.util.Objects;

/**
 * Whether an arrival card is filed in a case, for a period (table {@code arrival_card_rules}).
 *
 * @param arrivalCase the case
 * @param validity when the rule applies
 * @param required true when the card is required, false when the case is exempt
 * @param source where that is said
 * @param confidence how sure the source is
 */
public record ArrivalCardRule(
    ArrivalCardCase arrivalCase, DateRange validity, boolean required, String source, Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param arrivalCase see the record description
   * @param validity see the record description
   * @param required see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public ArrivalCardRule {
    Objects.requireNonNull(arrivalCase, "arrivalCase");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
