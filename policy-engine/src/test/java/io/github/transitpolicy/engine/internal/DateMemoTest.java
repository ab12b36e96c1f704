package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The deadlines made once and kept (a day's midnights, a trip's last elapsed deadline) are the ones
 * the plain formulas give, whatever was asked before, across Beijing's summer times of 1986-1991.
 */
class DateMemoTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static TripFacts facts(LocalDateTime arrive) {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(arrive.toLocalDate().plusYears(2))))
        .arrival(Arrival.of("PVG", arrive, CountryCode.of("KR")))
        .departure(Departure.of("PEK", arrive.plusDays(3), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
    return new TripFacts(trip, CATALOGUE);
  }

  @Test
  void aDaysMidnightsAreTheZonedMidnightsOfTheCalendar() {
    long from = LocalDate.of(1985, 1, 1).toEpochDay();
    long to = LocalDate.of(2045, 12, 31).toEpochDay();
    qt().withExamples(300).forAll(longs().between(from, to), integers().between(-3, 60)).checkAssert((epochDay, days) -> {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      PolicyDay day = new PolicyDay(CATALOGUE, date);
      ZonedDateTime expected = date.plusDays(days).atStartOfDay(BeijingTime.ZONE);
      assertEquals(expected, day.midnightAfter(days), () -> date + " + " + days);
      // Asked again: the same value (kept, where it is within the memo).
      assertEquals(expected, day.midnightAfter(days));
    });
    PolicyDay day = new PolicyDay(CATALOGUE, LocalDate.of(2025, 12, 1));
    assertSame(day.midnightAfter(7), day.midnightAfter(7), "kept, not made again");
  }

  @Test
  void fromTheNextMidnightOfADayIsWhatTheDateAloneGives() {
    // Including the summers of 1986-1991 (+09:00), whose midnights are an hour earlier in UTC. (Where the
    // offset changes within the stay, a whole-day stay ends at a midnight, not 24 h a day on: StayDeadlineTest.)
    long from = LocalDate.of(1985, 1, 1).toEpochDay();
    long to = LocalDate.of(2045, 12, 31).toEpochDay();
    qt().withExamples(500).forAll(longs().between(from, to), integers().between(0, 2000)).checkAssert((epochDay, hours) -> {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      PolicyDay day = new PolicyDay(CATALOGUE, date);
      assertEquals(SharedRules.fromNextMidnight(date, hours), SharedRules.fromNextMidnight(day, hours),
          () -> date + " " + hours + " h");
    });
  }

  @Test
  void aTripsElapsedDeadlineIsArrivalPlusTheHoursAskedWhateverWasAskedBefore() {
    long from = LocalDateTime.of(1985, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC) / 60;
    long to = LocalDateTime.of(2040, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC) / 60;
    qt().withExamples(300).forAll(longs().between(from, to), integers().between(0, 800), integers().between(0, 800))
        .checkAssert((minute, first, second) -> {
          LocalDateTime arrive = LocalDateTime.ofEpochSecond(minute * 60, 0, java.time.ZoneOffset.UTC);
          TripFacts t = facts(arrive);
          for (int hours : new int[] {first, first, second, first, second, second}) {
            assertEquals(t.arrival.plusHours(hours), t.afterHours(hours), () -> arrive + " + " + hours + " h");
          }
          assertEquals(t.arrival.plusHours(first), t.stayDeadline(StayCounting.ELAPSED, first));
          assertEquals(SharedRules.fromNextMidnight(t.entryDate, second),
              t.stayDeadline(StayCounting.NEXT_DAY_MIDNIGHT, second));
        });
  }

  @Test
  void theElapsedDeadlineAcrossTheEndOfSummerTime() {
    // 1991-09-15 02:00 (+09:00) became 01:00 (+08:00): 24 hours after 1991-09-14 12:00 is 11:00 local.
    TripFacts t = facts(LocalDateTime.of(1991, 9, 14, 12, 0));
    assertEquals(LocalDateTime.of(1991, 9, 15, 11, 0), t.afterHours(24).toLocalDateTime());
    assertEquals(LocalDateTime.of(1991, 9, 15, 12, 0), t.afterHours(25).toLocalDateTime());
    assertEquals(LocalDateTime.of(1991, 9, 15, 11, 0), t.afterHours(24).toLocalDateTime());
  }
}
