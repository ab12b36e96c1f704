package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TripTest {

  static final Traveller US =
      Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30)));
  static final Arrival ARRIVAL =
      Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR"));
  static final Departure DEPARTURE =
      Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP"));

  static Trip.Builder complete() {
    return Trip.builder()
        .traveller(US)
        .arrival(ARRIVAL)
        .departure(DEPARTURE)
        .purpose(Purpose.TOURISM);
  }

  @Test
  void buildsTheReadmeExample() {
    Trip trip = complete().addVisits(PlaceCode.of("320500")).build();
    assertEquals(US, trip.traveller());
    assertEquals("PVG", trip.arrival().port());
    assertEquals("PEK", trip.departure().port());
    assertEquals(Purpose.TOURISM, trip.purpose());
    assertEquals(List.of(PlaceCode.of("320500")), trip.visits());
    assertFalse(trip.staysInPort());
    assertFalse(trip.visaRefusalDeclared());
    assertFalse(trip.immigrationViolationDeclared());
    assertFalse(trip.fastLane());
  }

  @Test
  void aFastLaneIsWhatTheCallerSaysAndSurvivesACopy() {
    Trip fast = complete().fastLane(true).build();
    assertTrue(fast.fastLane());
    assertTrue(Trip.builder().from(fast).build().fastLane());
    assertFalse(Trip.builder().from(fast).fastLane(false).build().fastLane());
  }

  @Test
  void visitsKeepOrderAndAreUnmodifiable() {
    Trip trip =
        complete()
            .addVisits(PlaceCode.of("320500"), PlaceCode.of("110000"))
            .addAllVisits(List.of(PlaceCode.of("310115")))
            .build();
    assertEquals("[320500, 110000, 310115]", trip.visits().toString());
    assertThrows(UnsupportedOperationException.class, () -> trip.visits().add(PlaceCode.of("320000")));
  }

  @Test
  void declarationsAndStaysInPort() {
    Trip trip =
        complete()
            .staysInPort(true)
            .visaRefusalDeclared(true)
            .immigrationViolationDeclared(true)
            .build();
    assertTrue(trip.staysInPort());
    assertTrue(trip.visaRefusalDeclared());
    assertTrue(trip.immigrationViolationDeclared());
  }

  @Test
  void departureBeforeArrivalThrowsNamingDeparture() {
    Departure early = Departure.of("PVG", LocalDateTime.of(2025, 12, 1, 9, 0), CountryCode.of("JP"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> complete().departure(early).build());
    assertEquals(
        "departure: time 2025-12-01T09:00 is not after arrival time 2025-12-01T10:00",
        e.getMessage());
  }

  @Test
  void departureAtArrivalTimeThrows() {
    Departure same = Departure.of("PVG", ARRIVAL.time(), CountryCode.of("JP"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> complete().departure(same).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("departure: "), e.getMessage());
  }

  @Test
  void departureOneMinuteAfterArrivalIsAccepted() {
    Departure next =
        Departure.of("PVG", ARRIVAL.time().plusMinutes(1), CountryCode.of("JP"));
    assertEquals(next, complete().departure(next).build().departure());
  }

  @Test
  void nullSetterThrowsNamingTheAttribute() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> Nulls.<Traveller>pass(Trip.builder()::traveller));
    assertEquals("traveller", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Nulls.<Purpose>pass(Trip.builder()::purpose));
    assertEquals("purpose", e.getMessage());
  }

  @Test
  void missingAttributeThrowsIllegalArgumentNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Trip.builder().traveller(US).arrival(ARRIVAL).departure(DEPARTURE).build());
    assertEquals("purpose: must be set", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Trip.builder().build());
    assertEquals("traveller, arrival, departure, purpose: must be set", e.getMessage());
  }

  @Test
  void builderFromCopiesATrip() {
    Trip trip = complete().build();
    Trip copy = Trip.builder().from(trip).staysInPort(true).build();
    assertTrue(copy.staysInPort());
    assertEquals(trip.arrival(), copy.arrival());
    assertNotEquals(trip, copy);
    assertEquals(trip, complete().build());
    assertEquals(trip.hashCode(), complete().build().hashCode());
  }

  @Test
  void travellerAndDocument() {
    TravelDocument d = TravelDocument.of(DocumentType.DIPLOMATIC_PASSPORT, LocalDate.of(2030, 1, 1));
    assertEquals(DocumentType.DIPLOMATIC_PASSPORT, d.type());
    assertEquals(LocalDate.of(2030, 1, 1), d.expiry());
    assertEquals(DocumentType.ORDINARY_PASSPORT, US.document().type());
    assertEquals(CountryCode.of("USA"), US.nationality());
    assertEquals(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))), US);
  }

  @Test
  void documentTypeIsPassport() {
    for (DocumentType t : DocumentType.values()) {
      boolean expected =
          t == DocumentType.ORDINARY_PASSPORT
              || t == DocumentType.DIPLOMATIC_PASSPORT
              || t == DocumentType.SERVICE_PASSPORT
              || t == DocumentType.OFFICIAL_PASSPORT
              || t == DocumentType.EMERGENCY_PASSPORT;
      assertEquals(expected, t.isPassport(), t.name());
    }
  }
}
