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

  private BeijingTime() {}

  /**
   * Converts an instant to Beijing wall-clock time.
   *
   * @param instant the instant to convert
   * @return the local date and time in Beijing at that instant
   * @throws NullPointerException if {@code instant} is null
   */
  public static LocalDateTime toBeijing(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return LocalDateTime.ofInstant(instant, ZONE);
  }
}
