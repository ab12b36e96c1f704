package io.github.transitpolicy.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A visa exemption for ordinary passports of one country: unilateral or mutual, with its dates and
 * stay limits. Built with {@link #builder()}.
 */
@Value.Immutable
public abstract class VisaExemption {

  VisaExemption() {}

  /**
   * Returns the country whose ordinary passports are exempt.
   *
   * @return the country
   */
  public abstract CountryCode country();

  /**
   * Returns how the exemption was granted.
   *
   * @return unilateral or mutual
   */
  public abstract ExemptionKind kind();

  /**
   * Returns the dates of entry the exemption covers.
   *
   * @return the validity
   */
  public abstract DateRange validity();

  /**
   * Returns the longest stay per entry, counted from the day after entry.
   *
   * @return the days (positive); empty if not recorded
   */
  public abstract OptionalInt stayDays();

  /**
   * Returns the most days of stay within any 180 days.
   *
   * @return the days (positive); empty if no such limit
   */
  public abstract OptionalInt maxDaysIn180();

  /**
   * Tells whether the stay limits and purposes were checked against the agreement's text.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean termsVerified() {
    return false;
  }

  /**
   * Tells whether the sources show the exemption only as already in force by its start date: then
   * {@code validity().from()} is the earliest day a public source gives, not the day it began. Before
   * {@code validity().from()} the exemption's status is unknown, not absent: a trip entering earlier
   * must not be answered as if no exemption existed.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean longStanding() {
    return false;
  }

  /**
   * Returns the source of the exemption.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns how well the source establishes the exemption.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  @Value.Check
  void check() {
    Checks.notBlank("visa exemption source", source());
    if (longStanding() && validity().from().isEmpty()) {
      throw new IllegalArgumentException(
          "visa exemption longStanding: needs validity().from(), the earliest day a source shows it in force");
    }
    if (stayDays().isPresent()) {
      Checks.positive("visa exemption stayDays", stayDays().getAsInt());
    }
    if (maxDaysIn180().isPresent()) {
      Checks.positive("visa exemption maxDaysIn180", maxDaysIn180().getAsInt());
    }
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
   * Builds a {@link VisaExemption}. Setters throw {@link NullPointerException} naming the
   * attribute when given null; {@link #build()} throws {@link IllegalArgumentException} when a
   * required attribute is missing or a value is malformed.
   */
  public static final class Builder extends ImmutableVisaExemption.Builder {
    Builder() {}
  }
}
