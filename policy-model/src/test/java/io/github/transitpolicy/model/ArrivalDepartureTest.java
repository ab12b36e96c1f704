package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArrivalDepartureTest {

  private static final CountryCode KR = CountryCode.of("KR");
  private static final LocalDateTime BEIJING = LocalDateTime.of(2025, 12, 1, 10, 0);
  private static final Instant INSTANT = Instant.parse("2025-12-01T02:00:00Z");

  @Test
  void arrivalOverloadsGiveTheSameBeijingTime() {
    Arrival local = Arrival.of("PVG", BEIJING, KR);
    Arrival instant = Arrival.of("PVG", INSTANT, KR);
    Arrival offset = Arrival.of("PVG", OffsetDateTime.of(2025, 12, 1, 4, 0, 0, 0, ZoneOffset.ofHours(2)), KR);
    Arrival zoned = Arrival.of("PVG", ZonedDateTime.of(2025, 12, 1, 3, 0, 0, 0, ZoneId.of("Europe/Paris")), KR);
    assertEquals(BEIJING, instant.time());
    assertEquals(BEIJING, offset.time());
    assertEquals(BEIJING, zoned.time());
    assertEquals(local, instant);
    assertEquals(local, offset);
    assertEquals(local, zoned);
  }

  @Test
  void departureOverloadsGiveTheSameBeijingTime() {
    Departure local = Departure.of("PEK", BEIJING, KR);
    assertEquals(local, Departure.of("PEK", INSTANT, KR));
    assertEquals(local, Departure.of("PEK", OffsetDateTime.of(2025, 12, 1, 4, 0, 0, 0, ZoneOffset.ofHours(2)), KR));
    assertEquals(local, Departure.of("PEK", ZonedDateTime.of(2025, 12, 1, 3, 0, 0, 0, ZoneId.of("Europe/Paris")), KR));
  }

  @Test
  void summerTimeInParisIsHandled() {
    // 2025-07-01 04:00 CEST (+02:00) is 10:00 in Beijing.
    Arrival a = Arrival.of("PVG", ZonedDateTime.of(2025, 7, 1, 4, 0, 0, 0, ZoneId.of("Europe/Paris")), KR);
    assertEquals(LocalDateTime.of(2025, 7, 1, 10, 0), a.time());
  }

  @Test
  void beijingTimeIsAtAsiaShanghai() {
    Arrival a = Arrival.of("PVG", BEIJING, KR);
    assertEquals(ZonedDateTime.of(BEIJING, BeijingTime.ZONE), a.beijingTime());
    assertEquals(INSTANT, a.beijingTime().toInstant());
    assertEquals(ZoneOffset.ofHours(8), a.beijingTime().getOffset());
    assertEquals(INSTANT, Departure.of("PEK", BEIJING, KR).beijingTime().toInstant());
    assertEquals(BEIJING, BeijingTime.toBeijing(INSTANT));
  }

  @Test
  void portIsTrimmed() {
    assertEquals("PVG", Arrival.of("  PVG ", BEIJING, KR).port());
    assertEquals("PEK", Departure.of("\tPEK", BEIJING, KR).port());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankArrivalPortThrows(String port) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Arrival.of(port, BEIJING, KR));
    assertEquals("arrival port: must not be blank", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void blankDeparturePortThrows(String port) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Departure.of(port, BEIJING, KR));
    assertEquals("departure port: must not be blank", e.getMessage());
  }

  @Test
  void nullArgumentsThrowNamingTheField() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Nulls.<String>pass(p -> Arrival.of(p, BEIJING, KR)));
    assertEquals("port", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Nulls.<LocalDateTime>pass(t -> Arrival.of("PVG", t, KR)));
    assertEquals("time", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Nulls.<Instant>pass(t -> Departure.of("PVG", t, KR)));
    assertEquals("time", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Nulls.<CountryCode>pass(c -> Departure.of("PVG", BEIJING, c)));
    assertEquals("to", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Nulls.<CountryCode>pass(c -> Arrival.of("PVG", BEIJING, c)));
    assertEquals("from", e.getMessage());
  }

  @Test
  void departureOnwardTicketDefaultsToConfirmed() {
    Departure d = Departure.of("PEK", BEIJING, KR);
    assertTrue(d.onwardTicketConfirmed());
    Departure unconfirmed = d.withOnwardTicketConfirmed(false);
    assertFalse(unconfirmed.onwardTicketConfirmed());
    assertEquals(d.port(), unconfirmed.port());
    assertEquals(d.time(), unconfirmed.time());
    assertEquals(d.to(), unconfirmed.to());
    assertFalse(d.equals(unconfirmed));
    assertSame(d, d.withOnwardTicketConfirmed(true));
    assertEquals(d, unconfirmed.withOnwardTicketConfirmed(true));
  }

  @Test
  void toStringNamesTheValues() {
    String s = Arrival.of("PVG", BEIJING, KR).toString();
    assertTrue(s.contains("PVG") && s.contains("2025-12-01T10:00") && s.contains("KR"), s);
  }
}
