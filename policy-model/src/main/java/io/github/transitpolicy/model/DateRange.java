package io.github.transitpolicy.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of days, possibly open at either end: the dates on which a catalogue fact
 * holds.
 *
 * <p>{@link #contains(LocalDate)} allocates nothing. Two ranges are equal when their ends are;
 * {@link #toString()} reads {@code [2024-12-17..2025-11-04]}, with {@code ..} alone for an open
 * end.
 */
public final class DateRange {

  private static final DateRange ALWAYS = new DateRange(null, null);

  private final @Nullable LocalDate from;
  private final @Nullable LocalDate until;
  /** {@link #from} as a {@link #key}; {@link Long#MIN_VALUE} for no start. */
  private final long fromKey;
  /** {@link #until} as a {@link #key}; {@link Long#MAX_VALUE} for no end. */
  private final long untilKey;

  private DateRange(@Nullable LocalDate from, @Nullable LocalDate until) {
    this.from = from;
    this.until = until;
    this.fromKey = from == null ? Long.MIN_VALUE : key(from);
    this.untilKey = until == null ? Long.MAX_VALUE : key(until);
  }

  /**
   * A date as one number ordered as the dates are: year, month and day in bits of their own. Three
   * field reads and one comparison where two {@code LocalDate} comparisons compare field by field, and
   * where {@link LocalDate#toEpochDay} costs a dozen operations (it took a tenth of an evaluation):
   * {@link #contains} is asked a dozen times a trip.
   */
  static long key(LocalDate day) {
    return (long) day.getYear() << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
  }

  /**
   * Returns a range.
   *
   * @param from the first day, or null for no start
   * @param until the last day (inclusive), or null for no end
   * @return the range
   * @throws IllegalArgumentException if {@code until} is before {@code from}; the message names
   *     both
   */
  public static DateRange of(@Nullable LocalDate from, @Nullable LocalDate until) {
    if (from == null && until == null) {
      return ALWAYS;
    }
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range: until " + until + " is before from " + from);
    }
    return new DateRange(from, until);
  }

  /**
   * Returns a range from a day on, with no end.
   *
   * @param from the first day
   * @return the range
   * @throws NullPointerException if {@code from} is null (message {@code "from"})
   */
  public static DateRange from(LocalDate from) {
    return new DateRange(Objects.requireNonNull(from, "from"), null);
  }

  /**
   * Returns the range of all days.
   *
   * @return the shared unbounded range
   */
  public static DateRange always() {
    return ALWAYS;
  }

  /**
   * Returns the first day.
   *
   * @return the first day of the range; empty if it has no start
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the last day (inclusive).
   *
   * @return the last day of the range; empty if it has no end
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Tells whether a day lies in this range.
   *
   * @param day the day
   * @return true if {@code day} is on or after the first day and on or before the last day
   * @throws NullPointerException if {@code day} is null
   */
  public boolean contains(LocalDate day) {
    long d = key(Objects.requireNonNull(day, "day"));
    return fromKey <= d && d <= untilKey;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DateRange)) {
      return false;
    }
    DateRange r = (DateRange) o;
    return Objects.equals(from, r.from) && Objects.equals(until, r.until);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(from) * 31 + Objects.hashCode(until);
  }

  /**
   * Returns the range as text.
   *
   * @return for example {@code [2024-12-17..2025-11-04]} or {@code [2025-11-05..]}
   */
  @Override
  public String toString() {
    return "[" + (from == null ? "" : from) + ".." + (until == null ? "" : until) + "]";
  }
}
