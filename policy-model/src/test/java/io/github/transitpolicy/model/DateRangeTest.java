package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

  private static final LocalDate FROM = LocalDate.of(2024, 12, 17);
  private static final LocalDate UNTIL = LocalDate.of(2025, 11, 4);

  @ParameterizedTest
  @CsvSource({
    "2024-12-16, false",
    "2024-12-17, true",
    "2025-06-01, true",
    "2025-11-04, true",
    "2025-11-05, false"
  })
  void closedRangeIncludesBothEnds(LocalDate day, boolean expected) {
    assertEquals(expected, DateRange.of(FROM, UNTIL).contains(day));
  }

  @Test
  void rangesHoldTheirDaysAtTheEndsOfTimeAndAroundYearZero() {
    // contains compares each day as one number (key): the keys order the dates as the dates order
    // themselves, across months, years and year zero, and each range holds exactly its days.
    LocalDate[] ordered = {LocalDate.MIN, LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.MAX};
    for (int i = 1; i < ordered.length; i++) {
      assertTrue(DateRange.key(ordered[i - 1]) < DateRange.key(ordered[i]), ordered[i]::toString);
      DateRange upTo = DateRange.of(null, ordered[i - 1]);
      DateRange onward = DateRange.from(ordered[i]);
      assertTrue(upTo.contains(ordered[i - 1]) && !upTo.contains(ordered[i]), ordered[i]::toString);
      assertTrue(onward.contains(ordered[i]) && !onward.contains(ordered[i - 1]), ordered[i]::toString);
      assertTrue(DateRange.of(ordered[i - 1], ordered[i]).contains(ordered[i - 1]), ordered[i]::toString);
    }
    assertTrue(DateRange.always().contains(LocalDate.MIN) && DateRange.always().contains(LocalDate.MAX));
  }

  @Test
  void openEnds() {
    assertFalse(DateRange.from(FROM).contains(FROM.minusDays(1)));
    assertTrue(DateRange.from(FROM).contains(FROM));
    assertTrue(DateRange.from(FROM).contains(LocalDate.MAX));
    assertTrue(DateRange.of(null, UNTIL).contains(LocalDate.MIN));
    assertTrue(DateRange.of(null, UNTIL).contains(UNTIL));
    assertFalse(DateRange.of(null, UNTIL).contains(UNTIL.plusDays(1)));
    assertTrue(DateRange.always().contains(LocalDate.MIN));
    assertTrue(DateRange.always().contains(LocalDate.MAX));
  }

  @Test
  void singleDay() {
    DateRange d = DateRange.of(FROM, FROM);
    assertTrue(d.contains(FROM));
    assertFalse(d.contains(FROM.plusDays(1)));
    assertFalse(d.contains(FROM.minusDays(1)));
  }

  @Test
  void untilBeforeFromThrows() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.of(UNTIL, FROM));
    assertEquals("date range: until 2024-12-17 is before from 2025-11-04", e.getMessage());
  }

  @Test
  void accessorsEqualityAndToString() {
    DateRange r = DateRange.of(FROM, UNTIL);
    assertEquals(Optional.of(FROM), r.from());
    assertEquals(Optional.of(UNTIL), r.until());
    assertEquals(Optional.empty(), DateRange.from(FROM).until());
    assertEquals(Optional.empty(), DateRange.always().from());
    assertEquals(r, DateRange.of(FROM, UNTIL));
    assertEquals(r.hashCode(), DateRange.of(FROM, UNTIL).hashCode());
    assertEquals(DateRange.from(FROM), DateRange.of(FROM, null));
    assertNotEquals(r, DateRange.of(FROM, UNTIL.plusDays(1)));
    assertNotEquals(r, DateRange.of(FROM.minusDays(1), UNTIL));
    assertNotEquals(r, DateRange.from(FROM));
    assertNotEquals(r, (Object) r.toString());
    assertSame(DateRange.always(), DateRange.of(null, null));
    assertEquals("[2024-12-17..2025-11-04]", r.toString());
    assertEquals("[2024-12-17..]", DateRange.from(FROM).toString());
    assertEquals("[..]", DateRange.always().toString());
  }

  @Test
  void containsAgreesWithComparisons() {
    qt().forAll(integers().between(-400, 400), integers().between(0, 400), integers().between(-800, 800))
        .checkAssert(
            (start, length, probe) -> {
              LocalDate from = FROM.plusDays(start);
              LocalDate until = from.plusDays(length);
              LocalDate day = FROM.plusDays(probe);
              boolean expected = !day.isBefore(from) && !day.isAfter(until);
              assertEquals(expected, DateRange.of(from, until).contains(day));
            });
  }
}
