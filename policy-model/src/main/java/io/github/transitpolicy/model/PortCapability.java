package io.github.transitpolicy.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated capability of a port (for example designated entry port for 240-hour transit). */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class PortCapability {

  PortCapability() {}

  /**
   * Returns the capability.
   *
   * @return what the port is designated for
   */
  @Value.Parameter
  public abstract Capability capability();

  /**
   * Returns the dates on which the port has the capability.
   *
   * @return the validity
   */
  @Value.Parameter
  public abstract DateRange validity();

  /**
   * Returns the source of the fact (document and row, or URL).
   *
   * @return the source, never blank
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns how well the source establishes the fact.
   *
   * @return the confidence
   */
  @Value.Parameter
  public abstract Confidence confidence();

  /**
   * Tells whether this capability applies on a day.
   *
   * @param day the day
   * @return true if {@link #validity()} contains {@code day}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean appliesOn(LocalDate day) {
    return validity().contains(day);
  }

  @Value.Check
  void check() {
    Checks.notBlank("port capability source", source());
  }

  /**
   * Returns a port capability.
   *
   * @param capability the capability
   * @param validity the dates on which it holds
   * @param source the source of the fact
   * @param confidence how well the source establishes it
   * @return the capability
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public static PortCapability of(
      Capability capability, DateRange validity, String source, Confidence confidence) {
    return ImmutablePortCapability.of(capability, validity, source, confidence);
  }
}
