package io.github.transitpolicy.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Departure from mainland China: the port, the moment of departure in Beijing time, the country or
 * region the traveller goes to, and whether the onward ticket has a confirmed date.
 */
@Value.Immutable
@ValueStyle.NoBuilderWithCopy
public abstract class Departure {

  Departure() {}

  /**
   * Returns the departure port: a catalogue port id (the IATA code for an airport, for example
   * {@code PEK}) or an alias the catalogue resolves.
   *
   * @return the port, trimmed and never blank
   */
  @Value.Parameter
  public abstract String port();

  /**
   * Returns the moment of departure, in Beijing wall-clock time.
   *
   * @return the local date and time in Beijing
   */
  @Value.Parameter
  public abstract LocalDateTime time();

  /**
   * Returns the country or region the traveller departs to.
   *
   * @return the onward destination
   */
  @Value.Parameter
  public abstract CountryCode to();

  /**
   * Tells whether the traveller holds a ticket with a confirmed date to the onward destination
   * (air, sea, rail or road).
   *
   * @return true unless set otherwise with {@link #withOnwardTicketConfirmed(boolean)}
   */
  @Value.Default
  public boolean onwardTicketConfirmed() {
    return true;
  }

  /**
   * Returns the moment of departure in the Asia/Shanghai zone.
   *
   * @return {@link #time()} at {@link BeijingTime#ZONE}
   */
  @Value.Lazy
  public ZonedDateTime beijingTime() {
    return time().atZone(BeijingTime.ZONE);
  }

  /**
   * Returns this departure with another onward ticket status.
   *
   * @param onwardTicketConfirmed whether a ticket with a confirmed date is held
   * @return a departure equal to this one but for {@link #onwardTicketConfirmed()}; this instance
   *     if the status is unchanged
   */
  public abstract Departure withOnwardTicketConfirmed(boolean onwardTicketConfirmed);

  @Value.Check
  void check() {
    Ports.check("departure port", port());
    BeijingTime.checkRange("departure time", time());
  }

  /**
   * Returns a departure at a Beijing wall-clock time, with a confirmed onward ticket.
   *
   * @param port the departure port; surrounding whitespace is removed
   * @param beijingTime the moment of departure in Beijing time
   * @param to the country or region the traveller departs to
   * @return the departure
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank ("departure port: must not be blank"), or the
   *     time lies outside {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} ("departure time: ...")
   */
  public static Departure of(String port, LocalDateTime beijingTime, CountryCode to) {
    return ImmutableDeparture.of(
        Ports.normalise("departure port", port),
        Objects.requireNonNull(beijingTime, "time"),
        Objects.requireNonNull(to, "to"));
  }

  /**
   * Returns a departure at an instant, with a confirmed onward ticket.
   *
   * @param port the departure port; surrounding whitespace is removed
   * @param time the moment of departure, converted to Beijing time
   * @param to the country or region the traveller departs to
   * @return the departure
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Departure of(String port, Instant time, CountryCode to) {
    Objects.requireNonNull(time, "time");
    return of(port, BeijingTime.toBeijingInRange("departure time", time), to);
  }

  /**
   * Returns a departure at a time with an offset, with a confirmed onward ticket.
   *
   * @param port the departure port; surrounding whitespace is removed
   * @param time the moment of departure in any offset, converted to Beijing time
   * @param to the country or region the traveller departs to
   * @return the departure
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Departure of(String port, OffsetDateTime time, CountryCode to) {
    Objects.requireNonNull(time, "time");
    return of(port, time.toInstant(), to);
  }

  /**
   * Returns a departure at a time in a zone, with a confirmed onward ticket.
   *
   * @param port the departure port; surrounding whitespace is removed
   * @param time the moment of departure in any zone, converted to Beijing time
   * @param to the country or region the traveller departs to
   * @return the departure
   * @throws NullPointerException if an argument is null; the message names it
   * @throws IllegalArgumentException if {@code port} is blank, or the time lies outside
   *     {@link BeijingTime#EARLIEST} to {@link BeijingTime#LATEST} (the message names the field)
   */
  public static Departure of(String port, ZonedDateTime time, CountryCode to) {
    Objects.requireNonNull(time, "time");
    return of(port, time.toInstant(), to);
  }
}
