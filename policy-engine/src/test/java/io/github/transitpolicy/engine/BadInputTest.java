package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed input fails fast naming the field (SPEC 4); well-formed but unknown input never throws. */
@SuppressWarnings("NullAway") // passes null on purpose, to see it rejected
class BadInputTest {

  private static final LocalDateTime ARRIVAL = LocalDateTime.of(2025, 12, 1, 10, 0);

  private static void assertMentions(Throwable t, String field) {
    assertTrue(String.valueOf(t.getMessage()).contains(field), () -> "message lacks \"" + field + "\": " + t);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"U1", "", " ", "USAA", "1", "ZZ", "ZZZZ", "U S"})
  void malformedCountryCodesAreRejected(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(code));
    assertMentions(e, "country code");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"12345", "1234567", "", "32050A", "990000", "000000"})
  void malformedPlaceCodesAreRejected(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlaceCode.of(code));
    assertMentions(e, "place code");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "", "\t"})
  void aBlankArrivalPortIsRejected(String port) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Arrival.of(port, ARRIVAL, CountryCode.of("KR")));
    assertMentions(e, "arrival port");
  }

  @Test
  void aBlankDeparturePortIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Departure.of(" ", ARRIVAL, CountryCode.of("JP")));
    assertMentions(e, "departure port");
  }

  @Test
  void nullPortsTimesAndCountriesAreRejectedByName() {
    assertMentions(assertThrows(NullPointerException.class,
        () -> Arrival.of("PVG", (LocalDateTime) null, CountryCode.of("KR"))), "time");
    assertMentions(assertThrows(NullPointerException.class,
        () -> Arrival.of("PVG", ARRIVAL, null)), "from");
    assertMentions(assertThrows(NullPointerException.class,
        () -> Departure.of("PEK", ARRIVAL, null)), "to");
    assertMentions(assertThrows(NullPointerException.class,
        () -> TravelDocument.passport(null)), "expiry");
  }

  @Test
  void aDepartureBeforeTheArrivalIsRejected() {
    Trips.Builder trip = Trips.baseline().times(ARRIVAL, ARRIVAL.minusMinutes(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, trip::build);
    assertMentions(e, "departure");
  }

  @Test
  void aDepartureAtTheMomentOfArrivalIsRejected() {
    Trips.Builder trip = Trips.baseline().times(ARRIVAL, ARRIVAL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, trip::build);
    assertMentions(e, "departure");
  }

  @Test
  void aNullTravellerIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Trip.builder().traveller(null));
    assertMentions(e, "traveller");
  }

  @Test
  void aMissingTravellerIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trip.builder()
        .arrival(Arrival.of("PVG", ARRIVAL, CountryCode.of("KR")))
        .departure(Departure.of("PEK", ARRIVAL.plusDays(1), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build());
    assertMentions(e, "traveller");
  }

  @Test
  void aMissingPurposeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", ARRIVAL, CountryCode.of("KR")))
        .departure(Departure.of("PEK", ARRIVAL.plusDays(1), CountryCode.of("JP")))
        .build());
    assertMentions(e, "purpose");
  }

  @Test
  void evaluatingNullIsRejected() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> TransitPolicy.bundled().evaluate((Trip) null));
    assertMentions(e, "trip");
    NullPointerException i =
        assertThrows(NullPointerException.class, () -> TransitPolicy.bundled().evaluate((Itinerary) null));
    assertMentions(i, "itinerary");
  }

  @Test
  void usingANullCatalogueIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TransitPolicy.using(null));
    assertMentions(e, "catalogue");
  }

  @Test
  void unknownPortsAndPlacesDoNotThrow() {
    Evaluation e = Trips.baseline().ports("口岸X", "ZZZ").visits("329999", "659999").evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(109, e.findings().size());
  }

  @Test
  void portNamesAreTrimmed() {
    Evaluation e = Trips.baseline().ports("  PVG ", "PEK\t").evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals("PVG", Trips.baseline().arrivalPort("  PVG ").build().arrival().port());
  }

  @Test
  void aPolicyOverTheBundledCatalogueAnswersAlike() {
    TransitPolicy other = TransitPolicy.using(TransitPolicy.bundled().catalogue());
    Trip trip = Trips.baseline().build();
    assertEquals(TransitPolicy.bundled().evaluate(trip).toString(), other.evaluate(trip).toString());
    assertTrue(other.toString().contains(TransitPolicy.bundled().catalogue().dataVersion()));
  }
}
