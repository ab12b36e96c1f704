package io.github.transitpolicy.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Arrival in mainland China: the port, the moment of border clearance in Beijing time, and the
 * country or region the traveller arrives from.
 */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class Arrival {

  Arrival() {}

  /**
   * Returns the arrival port: a catalogue port id (the IATA code for an airport, for example
   * {@code PVG}) or an alias the catalogue resolves.
   *
   * @return the port, trimmed and never blank
   */
  @Value.Parameter
  public abstract String port();

  /**
   * Returns the moment of arrival (border clearance), in Beijing wall-clock time.
   *
   * @return the local date and time in Beijing
   */
  @Value.Parameter
  public abstract LocalDateTime time();

  /**
   * Returns the country or region the traveller arrives from.
   *
   * @return where the traveller comes from
   */
  @Value.Parameter
  public abstract CountryCode from();

  /**
   * Returns the moment of arrival in the Asia/Shanghai zone.
   *
   * @return {@link #time()} at {@link BeijingTime#ZONE}
   */
  @Value.Lazy
  public ZonedDateTime beijingTime() {
    return time().atZone(BeijingTime.ZONE);
  }

  @Value.Check
  void check() {
    Ports.check("arrival port", port());
    BeijingTime.checkRange("arrival time", time());
  }

  /**
   * Returns an arrival at a Beijing wall-clock time.
   *
   * @param port the arrival port; surrounding whitespace is removed
   * @param beijingTime the moment of arrival in Beijing time
   * @param from the country or region the traveller arrives from
   * @return the arrival
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank ("arrival port: must not be blank"), or the
   *     time lies outside {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} ("arrival time: ...")
   */
  public static Arrival of(String port, LocalDateTime beijingTime, CountryCode from) {
    return ImmutableArrival.of(
        Ports.normalise("arrival port", port),
        Objects.requireNonNull(beijingTime, "time"),
        Objects.requireNonNull(from, "from"));
  }

  /**
   * Returns an arrival at an instant.
   *
   * @param port the arrival port; surrounding whitespace is removed
   * @param time the moment of arrival, converted to Beijing time
   * @param from the country or region the traveller arrives from
   * @return the arrival
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Arrival of(String port, Instant time, CountryCode from) {
    Objects.requireNonNull(time, "time");
    return of(port, BeijingTime.toBeijingInRange("arrival time", time), from);
  }

  /**
   * Returns an arrival at a time with an offset.
   *
   * @param port the arrival port; surrounding whitespace is removed
   * @param time the moment of arrival in any offset, converted to Beijing time
   * @param from the country or region the traveller arrives from
   * @return the arrival
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Arrival of(String port, OffsetDateTime time, CountryCode from) {
    Objects.requireNonNull(time, "time");
    return of(port, time.toInstant(), from);
  }

  /**
   * Returns an arrival at a time in a zone.
   *
   * @param port the arrival port; surrounding whitespace is removed
   * @param time the moment of arrival in any zone, converted to Beijing time
   * @param from the country or region the traveller arrives from
   * @return the arrival
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Arrival of(String port, ZonedDateTime time, CountryCode from) {
    Objects.requireNonNull(time, "time");
    return of(port, time.toInstant(), from);
  }
}
