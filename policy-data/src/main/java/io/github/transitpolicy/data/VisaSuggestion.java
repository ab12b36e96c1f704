package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.VisaCategory;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The visa category for a purpose, for trips up to a length (table {@code purpose_visas}; 2013 regulation
 * art. 6).
 *
 * @param purpose the purpose
 * @param visa the category to apply for
 * @param maxStayDays the longest trip, in days, this row applies to; empty for any length
 * @param alternative another category that fits some travellers with this purpose
 * @param source where that is said
 * @param confidence how sure the source is
 */
public record VisaSuggestion(
    Purpose purpose,
    VisaCategory visa,
    OptionalInt maxStayDays,
    Optional<VisaCategory> alternative,
    String source,
    Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param purpose see the record description
   * @param visa see the record description
   * @param maxStayDays see the record description
   * @param alternative see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public VisaSuggestion {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(visa, "visa");
    Objects.requireNonNull(maxStayDays, "maxStayDays");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
