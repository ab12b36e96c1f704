package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The 240-hour exit deadline (SPEC 3.1, 6): a Beijing midnight, 240 to 264 hours after entry, monotone in
 * the entry time, and independent of the offset or zone the caller used for the arrival.
 */
class DeadlinePropertiesTest {

  private static final ZoneId BEIJING = Trips.BEIJING;
  private static final long FIRST = LocalDate.of(2024, 12, 17).atStartOfDay(BEIJING).toEpochSecond();
  private static final long LAST = LocalDate.of(2028, 1, 1).atStartOfDay(BEIJING).toEpochSecond() - 60;

  /** Entry instants from 2024-12-17T00:00 to 2027-12-31T23:59 Beijing time, to the minute. */
  private static final Gen<Instant> ENTRIES =
      longs().between(FIRST / 60, LAST / 60).map(m -> Instant.ofEpochSecond(m * 60));

  private static final List<ZoneId> ZONES = new ArrayList<>();

  static {
    ZoneId.getAvailableZoneIds().stream().sorted().forEach(id -> ZONES.add(ZoneId.of(id)));
  }

  /** An otherwise eligible trip arriving as {@code arrival} and leaving one hour later. */
  private static Evaluation evaluate(Instant entry, Function<Instant, Arrival> arrival) {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2030, 12, 31))))
        .arrival(arrival.apply(entry))
        .departure(Departure.of("PEK", entry.plusSeconds(3600), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
    return TransitPolicy.bundled().evaluate(trip);
  }

  private static ZonedDateTime deadline(Instant entry) {
    Evaluation e = evaluate(entry, i -> Arrival.of("PVG", i, CountryCode.of("KR")));
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime(), e::toString);
    return e.exitDeadline().orElseThrow();
  }

  @Test
  void theDeadlineIsABeijingMidnight() {
    qt().forAll(ENTRIES).checkAssert(entry -> {
      ZonedDateTime deadline = deadline(entry);
      assertEquals(BEIJING, deadline.getZone());
      assertEquals(LocalTime.MIDNIGHT, deadline.toLocalTime());
      // and it is 24:00 on the 10th day after the day of entry
      assertEquals(entry.atZone(BEIJING).toLocalDate().plusDays(11), deadline.toLocalDate());
    });
  }

  @Test
  void theDeadlineIsMoreThan240AndAtMost264HoursAfterEntry() {
    qt().forAll(ENTRIES).checkAssert(entry -> {
      Duration d = Duration.between(entry, deadline(entry).toInstant());
      assertTrue(d.compareTo(Duration.ofHours(240)) > 0, () -> entry + ": " + d);
      assertTrue(d.compareTo(Duration.ofHours(264)) <= 0, () -> entry + ": " + d);
    });
  }

  @Test
  void theDeadlineNeverDecreasesWithTheEntryTime() {
    qt().forAll(ENTRIES, ENTRIES).checkAssert((a, b) -> {
      Instant early = a.isBefore(b) ? a : b;
      Instant late = a.isBefore(b) ? b : a;
      assertTrue(!deadline(early).isAfter(deadline(late)), () -> early + " vs " + late);
    });
  }

  @Test
  void theDeadlineNeverDecreasesOverAMinuteOrAnHour() {
    qt().forAll(ENTRIES, integers().between(1, 60 * 48)).checkAssert((entry, minutes) -> {
      Instant later = entry.plusSeconds(60L * minutes);
      if (later.getEpochSecond() <= LAST) {
        assertTrue(!deadline(entry).isAfter(deadline(later)));
      }
    });
  }

  @Test
  void theDeadlineIsTheSameWhateverOffsetTheArrivalIsGivenIn() {
    qt().forAll(ENTRIES, integers().between(-18 * 60, 18 * 60)).checkAssert((entry, offsetMinutes) -> {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
      OffsetDateTime local = entry.atOffset(offset);
      Evaluation byOffset = evaluate(entry, i -> Arrival.of("PVG", local, CountryCode.of("KR")));
      assertEquals(Optional.of(deadline(entry)), byOffset.exitDeadline(), () -> local.toString());
    });
  }

  @Test
  void theDeadlineIsTheSameWhateverZoneTheArrivalIsGivenIn() {
    qt().forAll(ENTRIES, arbitrary().pick(ZONES)).checkAssert((entry, zone) -> {
      ZonedDateTime local = entry.atZone(zone);
      Evaluation byZone = evaluate(entry, i -> Arrival.of("PVG", local, CountryCode.of("KR")));
      assertEquals(Optional.of(deadline(entry)), byZone.exitDeadline(), () -> local.toString());
    });
  }

  @Test
  void theDeadlineIsTheSameForBeijingWallClockTimeAndInstant() {
    qt().forAll(ENTRIES).checkAssert(entry -> {
      Evaluation byLocal = evaluate(entry,
          i -> Arrival.of("PVG", i.atZone(BEIJING).toLocalDateTime(), CountryCode.of("KR")));
      assertEquals(Optional.of(deadline(entry)), byLocal.exitDeadline());
    });
  }

  @Test
  void stayWithinLimitAgreesWithTheDeadline() {
    // leaving exactly at the deadline passes, one minute later fails
    qt().forAll(ENTRIES).checkAssert(entry -> {
      ZonedDateTime deadline = deadline(entry);
      Trips.Builder trip = Trips.baseline().expiry(LocalDate.of(2030, 12, 31))
          .arrivalTime(entry.atZone(BEIJING).toLocalDateTime());
      Evaluation atDeadline = trip.departureTime(deadline.toLocalDateTime()).evaluate();
      assertEquals(io.github.transitpolicy.model.Status.PASS, Trips.status(atDeadline, Regime.TRANSIT_240H,
          io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT));
      Evaluation late = trip.departureTime(deadline.toLocalDateTime().plusMinutes(1)).evaluate();
      assertEquals(io.github.transitpolicy.model.Status.FAIL, Trips.status(late, Regime.TRANSIT_240H,
          io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT));
    });
  }
}
