package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.BeijingTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The stay arithmetic: its shortcuts give what the plain formulas give. */
class StayDeadlineTest {

  @Test
  void aWholeDayStayEndsWhereEntryPlusHoursEnds() {
    long from = LocalDate.of(1992, 1, 1).toEpochDay();
    long to = LocalDate.of(2100, 12, 31).toEpochDay();
    qt().withExamples(5000).forAll(longs().between(from, to), integers().between(0, 120)).checkAssert((day, days) -> {
      LocalDate entry = LocalDate.ofEpochDay(day);
      ZonedDateTime arrival = entry.atTime(13, 45).atZone(BeijingTime.ZONE);
      long hours = days * 24L;
      assertEquals(entry.plusDays(1).atStartOfDay(BeijingTime.ZONE).plusHours(hours),
          SharedRules.stayDeadline(StayCounting.NEXT_DAY_MIDNIGHT, arrival, entry, hours));
    });
  }

  @Test
  void leavingAfterAnElapsedStayIsDecidedAsTheDeadlineWouldDecideIt() {
    ZonedDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0, 0, 500).atZone(BeijingTime.ZONE);
    LocalDate entry = arrival.toLocalDate();
    qt().withExamples(5000).forAll(longs().between(-3600, 48 * 3600), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          ZonedDateTime departure = arrival.plusSeconds(seconds).withNano(nanos);
          ZonedDateTime deadline = SharedRules.stayDeadline(StayCounting.ELAPSED, arrival, entry, 24);
          assertEquals(departure.isAfter(deadline),
              SharedRules.leavesAfter(StayCounting.ELAPSED, arrival, entry, 24, departure), departure::toString);
        });
    ZonedDateTime deadline = arrival.plusHours(24);
    assertEquals(false, SharedRules.leavesAfter(StayCounting.ELAPSED, arrival, entry, 24, deadline));
    assertEquals(true, SharedRules.leavesAfter(StayCounting.ELAPSED, arrival, entry, 24, deadline.plusNanos(1)));
  }

  @Test
  void laterIsDecidedAsZonedDateTimeDecidesIt() {
    // Across the Beijing summer times of 1986-1991 (offsets +08:00 and +09:00) and today, to the nanosecond.
    long from = LocalDateTime.of(1985, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC);
    long to = LocalDateTime.of(2030, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC);
    qt().withExamples(5000).forAll(longs().between(from, to), longs().between(-7200, 7200), integers().between(-2, 2))
        .checkAssert((second, apart, nanos) -> {
          ZonedDateTime a = java.time.Instant.ofEpochSecond(second, 500).atZone(BeijingTime.ZONE);
          ZonedDateTime b = a.plusSeconds(apart).plusNanos(nanos);
          assertEquals(a.isAfter(b), SharedRules.isAfter(a, b), () -> a + " " + b);
          assertEquals(b.isAfter(a), SharedRules.isAfter(b, a), () -> b + " " + a);
        });
    // The hour that repeats when summer time ended: the same local time, an hour apart.
    ZonedDateTime early = LocalDateTime.of(1991, 9, 15, 1, 30).atZone(BeijingTime.ZONE).withEarlierOffsetAtOverlap();
    ZonedDateTime late = early.withLaterOffsetAtOverlap();
    assertEquals(true, SharedRules.isAfter(late, early));
    assertEquals(false, SharedRules.isAfter(early, late));
  }
}
