package io.github.transitpolicy.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Beijing time: the zone all times of this library are expressed in (Asia/Shanghai, UTC+8, no
 * daylight saving time).
 */
public final class BeijingTime {

  /** The Asia/Shanghai time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * The earliest Beijing time the library computes with: 1900-01-01T00:00. Builders refuse an earlier
   * arrival or departure, so that no evaluation meets a date its arithmetic cannot represent.
   */
  public static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);

  /** The latest Beijing time the library computes with: the last instant of 2999-12-31. */
  public static final LocalDateTime LATEST = LocalDateTime.of(2999, 12, 31, 23, 59, 59, 999_999_999);

  private static final Instant EARLIEST_INSTANT = EARLIEST.atZone(ZONE).toInstant();
  private static final Instant LATEST_INSTANT = LATEST.atZone(ZONE).toInstant();

  private BeijingTime() {}

  /**
   * Checks that a Beijing time lies within {@link #EARLIEST} and {@link #LATEST}.
   *
   * @param field the name of the field, for the message
   * @param time the time
   * @return {@code time}
   * @throws IllegalArgumentException if it lies outside; the message names the field and the range
   */
  static LocalDateTime checkRange(String field, LocalDateTime time) {
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw new IllegalArgumentException(field + ": " + time + " is outside the supported range "
          + EARLIEST + " to " + LATEST + " (Beijing time)");
    }
    return time;
  }

  /**
   * Converts an instant to Beijing time after checking it lies within the supported range.
   *
   * @throws IllegalArgumentException if it lies outside; the message names the field and the range
   */
  static LocalDateTime toBeijingInRange(String field, Instant instant) {
    if (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT)) {
      throw new IllegalArgumentException(field + ": " + instant + " is outside the supported range "
          + EARLIEST + " to " + LATEST + " (Beijing time)");
    }
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  /**
   * Converts an instant to Beijing wall-clock time.
   *
   * @param instant the instant to convert
   * @return the local date and time in Beijing at that instant
   * @throws NullPointerException if {@code instant} is null
   * @throws java.time.DateTimeException if the instant lies beyond the years {@code LocalDateTime}
   *     can hold
   */
  public static LocalDateTime toBeijing(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDateTime.ofInstant(instant, ZONE);
  }
}
