package io.github.transitpolicy.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Uses the API from another package, as a client does: nothing generated is visible. */
class PublicApiTest {

  @Test
  void readmeExampleCompilesAndRunsOutsideThePackage() {
    Trip.Builder builder = Trip.builder();
    Trip trip =
        builder
            .traveller(
                Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
            .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
            .departure(
                Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP"))
                    .withOnwardTicketConfirmed(false))
            .purpose(Purpose.TOURISM)
            .addVisits(PlaceCode.of("320500"))
            .build();
    assertFalse(trip.departure().onwardTicketConfirmed());
    assertEquals("ImmutableTrip", trip.getClass().getSimpleName());
    assertFalse(Modifier.isPublic(trip.getClass().getModifiers()));
  }

  @Test
  void noPublicSignatureMentionsAGeneratedClass() {
    for (Class<?> type :
        new Class<?>[] {Trip.class, Trip.Builder.class, Evaluation.class, Evaluation.Builder.class, Departure.class}) {
      for (Method m : type.getMethods()) {
        assertFalse(
            m.getReturnType().getSimpleName().startsWith("Immutable"), type.getSimpleName() + "." + m);
      }
      assertTrue(Modifier.isPublic(type.getModifiers()));
    }
  }
}
