package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The documented range of times and dates: 1900-01-01T00:00 to 2999-12-31T23:59:59.999999999 Beijing time
 * for arrivals and departures, 1900-01-01 to 9999-12-31 for expiry dates. Anything outside is refused when
 * built, naming the field, so that no evaluation meets a date its arithmetic cannot hold.
 */
class TimeRangeTest {

  private static final CountryCode KR = CountryCode.of("KR");

  private static void assertRefused(String field, org.junit.jupiter.api.function.Executable build) {
    String message = String.valueOf(assertThrows(IllegalArgumentException.class, build).getMessage());
    assertTrue(message.startsWith(field + ": "), message);
    assertTrue(message.contains("outside the supported range"), message);
  }

  @Test
  void theRangeIsTheDocumentedOne() {
    assertEquals(LocalDateTime.of(1900, 1, 1, 0, 0), BeijingTime.EARLIEST);
    assertEquals(LocalDateTime.of(2999, 12, 31, 23, 59, 59, 999_999_999), BeijingTime.LATEST);
    assertEquals(LocalDate.of(1900, 1, 1), TravelDocument.EARLIEST_EXPIRY);
    assertEquals(LocalDate.of(9999, 12, 31), TravelDocument.LATEST_EXPIRY);
  }

  @Test
  void theEndsOfTheRangeAreAccepted() {
    assertEquals(BeijingTime.EARLIEST, Arrival.of("PVG", BeijingTime.EARLIEST, KR).time());
    assertEquals(BeijingTime.LATEST, Departure.of("PVG", BeijingTime.LATEST, KR).time());
    assertEquals(BeijingTime.LATEST,
        Arrival.of("PVG", BeijingTime.LATEST.atZone(BeijingTime.ZONE).toInstant(), KR).time());
    assertEquals(LocalDate.of(9999, 12, 31), TravelDocument.passport(LocalDate.of(9999, 12, 31)).expiry());
    assertEquals(LocalDate.of(1900, 1, 1), TravelDocument.passport(LocalDate.of(1900, 1, 1)).expiry());
  }

  @Test
  void arrivalsOutsideTheRangeAreRefusedNamingTheField() {
    assertRefused("arrival time", () -> Arrival.of("PVG", LocalDateTime.MAX, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", LocalDateTime.MIN, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", BeijingTime.LATEST.plusNanos(1), KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", BeijingTime.EARLIEST.minusNanos(1), KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", LocalDateTime.of(1899, 12, 31, 23, 59), KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", Instant.MAX, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", Instant.MIN, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", OffsetDateTime.MAX, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", OffsetDateTime.MIN, KR));
    assertRefused("arrival time", () -> Arrival.of("PVG", ZonedDateTime.of(LocalDateTime.of(3000, 1, 1, 0, 0),
        BeijingTime.ZONE), KR));
  }

  @Test
  void departuresOutsideTheRangeAreRefusedNamingTheField() {
    assertRefused("departure time", () -> Departure.of("PEK", LocalDateTime.MAX, KR));
    assertRefused("departure time", () -> Departure.of("PEK", LocalDateTime.of(3000, 1, 1, 0, 0), KR));
    assertRefused("departure time", () -> Departure.of("PEK", Instant.MAX, KR));
    assertRefused("departure time", () -> Departure.of("PEK", Instant.MIN, KR));
    assertRefused("departure time", () -> Departure.of("PEK", OffsetDateTime.MIN, KR));
  }

  @Test
  void expiryDatesOutsideTheRangeAreRefusedNamingTheField() {
    assertRefused("expiry", () -> TravelDocument.passport(LocalDate.MAX));
    assertRefused("expiry", () -> TravelDocument.passport(LocalDate.MIN));
    assertRefused("expiry", () -> TravelDocument.of(DocumentType.ORDINARY_PASSPORT, LocalDate.of(10000, 1, 1)));
    assertRefused("expiry", () -> TravelDocument.of(DocumentType.ORDINARY_PASSPORT, LocalDate.of(1899, 12, 31)));
  }
}
