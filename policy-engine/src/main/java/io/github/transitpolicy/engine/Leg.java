package io.github.transitpolicy.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One leg of an {@link Itinerary}: a flight (or a ferry or train) from one airport or port to another,
 * departing and arriving at given times.
 *
 * <p>{@code from} and {@code to} are IATA airport codes ({@code "NRT"}) or any name of a catalogue port
 * ({@code "PVG"}, {@code "SEA-SHEKOU"}, {@code "RAIL-WEST-KOWLOON"}). Times given as {@link LocalDateTime} are
 * the local times of each end, as timetables print them, and are placed in each airport's time zone when
 * the itinerary is built (every mainland port keeps Beijing time); the other overloads give the instant
 * directly. Legs with the same flight designator, one after the other, are one flight with a stop.
 *
 * <p>Immutable and thread-safe.
 */
public final class Leg {

  /** Carrier (two characters, or three letters), number (1-5 digits), optional suffix. */
  private static final Pattern FLIGHT = Pattern.compile("([A-Z0-9]{2}[A-Z]?)0*(\\d{1,5})([A-Z]?)");
  private static final Pattern DESIGNATOR = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,11}");
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 2, 0, 0);
  private static final LocalDateTime LATEST = LocalDateTime.of(2999, 12, 30, 23, 59, 59, 999_999_999);

  private final String flight;
  private final String designator;
  private final String from;
  private final String to;
  private final LocalDateTime departsLocal;
  private final LocalDateTime arrivesLocal;
  private final @Nullable Instant departsAt;
  private final @Nullable Instant arrivesAt;

  private Leg(String flight, String from, LocalDateTime departsLocal, @Nullable Instant departsAt, String to,
      LocalDateTime arrivesLocal, @Nullable Instant arrivesAt) {
    Objects.requireNonNull(flight, "flight");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    String f = flight.strip().toUpperCase(Locale.ROOT);
    if (!DESIGNATOR.matcher(f).matches()) {
      throw new IllegalArgumentException("flight: \"" + flight + "\" is not a flight, ferry or train designator"
          + " (letters, digits, spaces or hyphens, at most 12, e.g. \"CX368\")");
    }
    this.flight = f;
    this.designator = designator(f);
    this.from = endpoint("from", from);
    this.to = endpoint("to", to);
    if (this.from.equals(this.to)) {
      throw new IllegalArgumentException("to: the leg arrives where it departs (" + this.to + ")");
    }
    this.departsLocal = inRange("departs", departsLocal);
    this.arrivesLocal = inRange("arrives", arrivesLocal);
    this.departsAt = departsAt;
    this.arrivesAt = arrivesAt;
    if (departsAt != null && arrivesAt != null && !arrivesAt.isAfter(departsAt)) {
      throw new IllegalArgumentException("arrives: " + arrivesAt + " is not after the departure at " + departsAt);
    }
  }

  /**
   * A leg with the local times of each end, as a timetable prints them.
   *
   * @param flight the flight designator, e.g. {@code "CX368"} (or a ferry's or train's)
   * @param from where the leg departs: an IATA code or a catalogue port
   * @param departs the local time of departure at {@code from}
   * @param to where the leg arrives
   * @param arrives the local time of arrival at {@code to}
   * @return the leg
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException naming a malformed designator, a leg that arrives where it departs, or
   *     a time outside 1900-01-02 to 2999-12-30
   */
  public static Leg of(String flight, String from, LocalDateTime departs, String to, LocalDateTime arrives) {
    Objects.requireNonNull(departs, "departs");
    Objects.requireNonNull(arrives, "arrives");
    return new Leg(flight, from, departs, null, to, arrives, null);
  }

  /**
   * A leg with times that carry their offset.
   *
   * @param flight the flight designator
   * @param from where the leg departs
   * @param departs the departure
   * @param to where the leg arrives
   * @param arrives the arrival, after the departure
   * @return the leg
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException as {@link #of(String, String, LocalDateTime, String, LocalDateTime)}, or
   *     naming {@code arrives} when it is not after {@code departs}
   */
  public static Leg of(String flight, String from, OffsetDateTime departs, String to, OffsetDateTime arrives) {
    Objects.requireNonNull(departs, "departs");
    Objects.requireNonNull(arrives, "arrives");
    return new Leg(flight, from, departs.toLocalDateTime(), departs.toInstant(), to, arrives.toLocalDateTime(),
        arrives.toInstant());
  }

  /**
   * A leg with zoned times.
   *
   * @param flight the flight designator
   * @param from where the leg departs
   * @param departs the departure
   * @param to where the leg arrives
   * @param arrives the arrival, after the departure
   * @return the leg
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException as {@link #of(String, String, OffsetDateTime, String, OffsetDateTime)}
   */
  public static Leg of(String flight, String from, ZonedDateTime departs, String to, ZonedDateTime arrives) {
    Objects.requireNonNull(departs, "departs");
    Objects.requireNonNull(arrives, "arrives");
    return of(flight, from, departs.toOffsetDateTime(), to, arrives.toOffsetDateTime());
  }

  /**
   * A leg with instants.
   *
   * @param flight the flight designator
   * @param from where the leg departs
   * @param departs the departure
   * @param to where the leg arrives
   * @param arrives the arrival, after the departure
   * @return the leg
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException as {@link #of(String, String, OffsetDateTime, String, OffsetDateTime)}
   */
  public static Leg of(String flight, String from, Instant departs, String to, Instant arrives) {
    Objects.requireNonNull(departs, "departs");
    Objects.requireNonNull(arrives, "arrives");
    return new Leg(flight, from, utc("departs", departs), departs, to, utc("arrives", arrives), arrives);
  }

  /** {@return the designator as given, in upper case} */
  public String flight() {
    return flight;
  }

  /** {@return where the leg departs, as given (stripped, upper case)} */
  public String from() {
    return from;
  }

  /** {@return where the leg arrives, as given (stripped, upper case)} */
  public String to() {
    return to;
  }

  /** Whether this leg and the next one are the same flight: the same designator, leading zeros aside. */
  boolean sameFlightAs(Leg next) {
    return designator.equals(next.designator);
  }

  /** The local time of departure as given, or UTC's when an instant was given. */
  LocalDateTime departsLocal() {
    return departsLocal;
  }

  LocalDateTime arrivesLocal() {
    return arrivesLocal;
  }

  /** The instant of departure when the caller gave one; null for local times. */
  @Nullable Instant departsAt() {
    return departsAt;
  }

  @Nullable Instant arrivesAt() {
    return arrivesAt;
  }

  private static String designator(String flight) {
    String compact = flight.replace(" ", "").replace("-", "");
    Matcher m = FLIGHT.matcher(compact);
    return m.matches() ? m.group(1) + m.group(2) + m.group(3) : compact;
  }

  private static String endpoint(String field, String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return c;
  }

  private static LocalDateTime inRange(String field, LocalDateTime t) {
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      throw new IllegalArgumentException(field + ": " + t + " is outside the supported range " + EARLIEST + " to "
          + LATEST.toLocalDate());
    }
    return t;
  }

  private static LocalDateTime utc(String field, Instant t) {
    if (t.isBefore(EARLIEST.toInstant(ZoneOffset.UTC)) || t.isAfter(LATEST.toInstant(ZoneOffset.UTC))) {
      throw new IllegalArgumentException(field + ": " + t + " is outside the supported range " + EARLIEST + " to "
          + LATEST.toLocalDate());
    }
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Leg)) {
      return false;
    }
    Leg l = (Leg) o;
    return flight.equals(l.flight) && from.equals(l.from) && to.equals(l.to) && departsLocal.equals(l.departsLocal)
        && arrivesLocal.equals(l.arrivesLocal) && Objects.equals(departsAt, l.departsAt)
        && Objects.equals(arrivesAt, l.arrivesAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flight, from, to, departsLocal, arrivesLocal, departsAt, arrivesAt);
  }

  @Override
  public String toString() {
    return flight + " " + from + " " + (departsAt != null ? departsAt : departsLocal) + " -> " + to + " "
        + (arrivesAt != null ? arrivesAt : arrivesLocal);
  }
}
