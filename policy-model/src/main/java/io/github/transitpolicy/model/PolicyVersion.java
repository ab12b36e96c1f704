package io.github.transitpolicy.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A version of the 240-hour transit policy, effective from a date: how many countries, ports and
 * provinces it covers, and its source.
 *
 * <p>Ordered by effective date, then by summary and source (consistent with equals for versions
 * of a catalogue, which have distinct effective dates). Built with {@link #builder()}.
 */
@Value.Immutable
public abstract class PolicyVersion implements Comparable<PolicyVersion> {

  PolicyVersion() {}

  /**
   * Returns the day this version took effect.
   *
   * @return the effective date
   */
  public abstract LocalDate effective();

  /**
   * Returns a one-line summary of the change.
   *
   * @return the summary, never blank
   */
  public abstract String summary();

  /**
   * Returns the number of eligible countries.
   *
   * @return the count, not negative
   */
  public abstract int countries();

  /**
   * Returns the number of designated ports.
   *
   * @return the count, not negative
   */
  public abstract int ports();

  /**
   * Returns the number of provinces with a permitted stay area.
   *
   * @return the count, not negative
   */
  public abstract int provinces();

  /**
   * Returns the source of this version.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns how well the source establishes this version.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  @Value.Check
  void check() {
    Checks.notBlank("policy version summary", summary());
    Checks.notBlank("policy version source", source());
    Checks.nonNegative("policy version countries", countries());
    Checks.nonNegative("policy version ports", ports());
    Checks.nonNegative("policy version provinces", provinces());
  }

  /**
   * Compares by effective date, then summary, then source.
   *
   * @param other another version
   * @return negative, zero or positive as this version is earlier than, the same as or later
   *     than {@code other}
   */
  @Override
  public int compareTo(PolicyVersion other) {
    int c = effective().compareTo(other.effective());
    if (c == 0) {
      c = summary().compareTo(other.summary());
    }
    if (c == 0) {
      c = source().compareTo(other.source());
    }
    return c;
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
   * Builds a {@link PolicyVersion}. Setters throw {@link NullPointerException} naming the
   * attribute when given null; {@link #build()} throws {@link IllegalArgumentException} when a
   * required attribute is missing or a value is malformed.
   */
  public static final class Builder extends ImmutablePolicyVersion.Builder {
    Builder() {}
  }
}
