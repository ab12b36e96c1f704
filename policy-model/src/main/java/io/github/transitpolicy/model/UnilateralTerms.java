package io.github.transitpolicy.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The terms of the unilateral visa-free policy over a period: the stay limit and the purposes it
 * covers. Built with {@link #builder()}.
 */
@Value.Immutable
public abstract class UnilateralTerms {

  UnilateralTerms() {}

  /**
   * Returns the dates of entry these terms cover.
   *
   * @return the validity
   */
  public abstract DateRange validity();

  /**
   * Returns the longest stay per entry, counted from the day after entry.
   *
   * @return the days, positive
   */
  public abstract int stayDays();

  /**
   * Returns the purposes the policy covers.
   *
   * @return the purposes (enum-set semantics: in declaration order, no duplicates); unmodifiable
   */
  public abstract Set<Purpose> purposes();

  /**
   * Returns the source of these terms.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns how well the source establishes these terms.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  @Value.Check
  void check() {
    Checks.positive("unilateral terms stayDays", stayDays());
    Checks.notBlank("unilateral terms source", source());
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
   * Builds a {@link UnilateralTerms}. Setters throw {@link NullPointerException} naming the
   * attribute when given null; {@link #build()} throws {@link IllegalArgumentException} when a
   * required attribute is missing or a value is malformed.
   */
  public static final class Builder extends ImmutableUnilateralTerms.Builder {
    Builder() {}
  }
}
