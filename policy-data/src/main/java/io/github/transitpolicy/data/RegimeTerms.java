package io.github.transitpolicy.data;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.Regime;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How long a regime lets a traveller stay, how the stay is counted and how long the travel document
 * must remain valid, for a period (table {@code regime_terms}).
 *
 * @param regime the regime
 * @param validity when these terms apply
 * @param maxStayHours the stay limit in hours; empty for the visa exemption, whose limit is per country
 * @param counting how the stay is counted
 * @param minDocumentValidityMonths calendar months the document must stay valid after the entry date, if any
 * @param source where the terms come from
 * @param confidence how sure the source is
 */
public record RegimeTerms(
    Regime regime,
    DateRange validity,
    OptionalInt maxStayHours,
    StayCounting counting,
    OptionalInt minDocumentValidityMonths,
    String source,
    Confidence confidence) {

  /**
   * Checks that no component is null.
   *
   * @param regime see the record description
   * @param validity see the record description
   * @param maxStayHours see the record description
   * @param counting see the record description
   * @param minDocumentValidityMonths see the record description
   * @param source see the record description
   * @param confidence see the record description
   * @throws NullPointerException if a component is null; the message names it
   */
  public RegimeTerms {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(maxStayHours, "maxStayHours");
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(minDocumentValidityMonths, "minDocumentValidityMonths");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
