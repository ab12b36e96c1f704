package io.github.transitpolicy.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A country's eligibility for 240-hour visa-free transit over a period, with its row in annex 1
 * of NIA Announcement No. 4 of 2025.
 */
@Value.Immutable
public abstract class CountryEligibility {

  CountryEligibility() {}

  /**
   * Returns the eligible country.
   *
   * @return the country
   */
  public abstract CountryCode country();

  /**
   * Returns the dates of entry on which the country is eligible.
   *
   * @return the validity
   */
  public abstract DateRange validity();

  /**
   * Returns the row of annex 1 listing the country.
   *
   * @return the row number (positive); empty if the annex does not list it
   */
  public abstract OptionalInt annex1Row();

  /**
   * Returns the source of the fact.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns how well the source establishes the fact.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  @Value.Check
  void check() {
    Checks.notBlank("country eligibility source", source());
    if (annex1Row().isPresent()) {
      Checks.positive("country eligibility annex1Row", annex1Row().getAsInt());
    }
  }

  /**
   * Returns an eligibility without an annex row.
   *
   * @param country the eligible country
   * @param validity the dates of entry on which it is eligible
   * @param source the source of the fact
   * @param confidence how well the source establishes it
   * @return the eligibility
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public static CountryEligibility of(
      CountryCode country, DateRange validity, String source, Confidence confidence) {
    return builder()
        .country(country)
        .validity(validity)
        .source(source)
        .confidence(confidence)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CountryEligibility}. Setters throw {@link NullPointerException} naming the
   * attribute when given null; {@link #build()} throws {@link IllegalArgumentException} when a
   * required attribute is missing or a value is malformed.
   */
  public static final class Builder extends ImmutableCountryEligibility.Builder {
    Builder() {}
  }
}
