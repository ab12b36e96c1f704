package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Itineraries of legs (SPEC 8): stays, the country arrived from, airside transit, and the builder's checks. */
class ItineraryTest {

  private static final TransitPolicy POLICY = TransitPolicy.bundled();
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static Traveller traveller(String nationality) {
    return Traveller.of(CountryCode.of(nationality), TravelDocument.passport(LocalDate.of(2035, 1, 1)));
  }

  private static LocalDateTime at(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0);
  }

  private static Itinerary.Builder us() {
    return Itinerary.builder().traveller(traveller("US")).purpose(Purpose.TOURISM);
  }

  /** Shanghai government Q&A, 2026-05-27: Tokyo - Hong Kong (airside) - Shanghai on a separate flight. */
  @Test
  void aSeparateFlightFromHongKongComesFromHongKongSoTransitBackToTokyoPasses() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("NH859", "HND", at(6, 1, 9), "HKG", at(6, 1, 13)),
        Leg.of("CX368", "HKG", at(6, 1, 15), "PVG", at(6, 1, 17)),
        Leg.of("MU523", "PVG", at(6, 8, 10), "NRT", at(6, 8, 14))).build());
    assertEquals(1, e.stays().size());
    Trip trip = e.trips().get(0);
    assertEquals(CountryCode.of("HK"), trip.arrival().from());
    assertEquals(CountryCode.of("JP"), trip.departure().to());
    Evaluation stay = e.stays().get(0);
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertTrue(stay.passingRegimes().contains(Regime.TRANSIT_240H), stay.passingRegimes().toString());
    assertEquals(Status.PASS, status(stay, Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY));
  }

  /** The same Q&A: one Tokyo - Shanghai flight that stops in Hong Kong comes from Japan. */
  @Test
  void oneFlightStoppingInHongKongComesFromJapanSoTransitBackToTokyoFails() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("CX 0505", "HND", at(6, 1, 9), "HKG", at(6, 1, 13)),
        Leg.of("CX505", "HKG", at(6, 1, 15), "PVG", at(6, 1, 17)),
        Leg.of("MU523", "PVG", at(6, 8, 10), "NRT", at(6, 8, 14))).build());
    Trip trip = e.trips().get(0);
    assertEquals(CountryCode.of("JP"), trip.arrival().from());
    Evaluation stay = e.stays().get(0);
    assertEquals(Status.FAIL, status(stay, Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY));
    assertFalse(stay.passingRegimes().contains(Regime.TRANSIT_240H));
    // The US is not visa-exempt, so nothing else carries the stay.
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void chinaHongKongChinaIsTwoStaysAndDomesticLegsStayInside() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("KE893", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10)),
        Leg.of("MU5101", "PVG", at(6, 2, 9), "PEK", at(6, 2, 11)),
        Leg.of("CA101", "PEK", at(6, 3, 9), "HKG", at(6, 3, 13)),
        Leg.of("CX300", "HKG", at(6, 5, 9), "CAN", at(6, 5, 10)),
        Leg.of("CZ327", "CAN", at(6, 7, 9), "LAX", at(6, 7, 6))).build());
    assertEquals(2, e.stays().size());
    Trip first = e.trips().get(0);
    assertEquals("PVG", first.arrival().port());
    assertEquals("PEK", first.departure().port());
    assertEquals(List.of(PlaceCode.of("110100")), first.visits());
    assertEquals(CountryCode.of("KR"), first.arrival().from());
    assertEquals(CountryCode.of("HK"), first.departure().to());
    Trip second = e.trips().get(1);
    assertEquals("CAN", second.arrival().port());
    assertEquals(CountryCode.of("HK"), second.arrival().from());
    assertEquals(CountryCode.of("US"), second.departure().to());
    assertEquals(ZonedDateTime.of(at(6, 5, 10), BEIJING), second.arrival().beijingTime());
    for (Evaluation stay : e.stays()) {
      assertEquals(Verdict.VISA_FREE, stay.verdict());
    }
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(List.of(List.of(), List.of()), e.unplacedAirports());
  }

  @Test
  void aLosAngelesEveningDepartureLandsInShanghaiTwoCalendarDaysLater() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("MU586", "LAX", LocalDateTime.of(2026, 6, 1, 23, 50), "PVG", LocalDateTime.of(2026, 6, 3, 5, 30)),
        Leg.of("MU521", "PVG", at(6, 10, 9), "NRT", at(6, 10, 13))).build());
    Trip trip = e.trips().get(0);
    assertEquals(ZonedDateTime.of(LocalDateTime.of(2026, 6, 3, 5, 30), BEIJING), trip.arrival().beijingTime());
    assertEquals(Optional.of(ZonedDateTime.of(LocalDateTime.of(2026, 6, 14, 0, 0), BEIJING)),
        e.stays().get(0).exitDeadline());
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }

  @Test
  void aLegEarlierInLocalTimeIsInOrderWhenItsZoneIsBehind() {
    // Lands in Los Angeles at 06:00 local, "before" it left Guangzhou at 09:00 local: 15 hours of flight.
    Itinerary ok = us().addLegs(
        Leg.of("KE893", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10)),
        Leg.of("MU583", "PVG", at(6, 3, 20), "LAX", at(6, 3, 16))).build();
    assertEquals(1, POLICY.evaluate(ok).stays().size());
  }

  @Test
  void aShortConnectionAtOneAirportIsAirsideUnlessTheTravellerEnters() {
    List<Leg> legs = List.of(
        Leg.of("KE893", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10)),
        Leg.of("MU583", "PVG", at(6, 1, 20), "LAX", at(6, 1, 16)));
    ItineraryEvaluation airside = POLICY.evaluate(us().addAllLegs(legs).build());
    assertTrue(airside.trips().get(0).staysInPort());
    assertTrue(airside.stays().get(0).passingRegimes().contains(Regime.DIRECT_TRANSIT_24H));
    ItineraryEvaluation enters = POLICY.evaluate(us().addAllLegs(legs).clearsImmigration(true).build());
    assertFalse(enters.trips().get(0).staysInPort());
    ItineraryEvaluation long_ = POLICY.evaluate(us().addLegs(legs.get(0),
        Leg.of("MU583", "PVG", at(6, 2, 11), "LAX", at(6, 2, 7))).build());
    assertFalse(long_.trips().get(0).staysInPort(), "25 hours is not airside transit");
  }

  @Test
  void aFerryFromHongKongAirportToShekouIsALegWithACataloguePort() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("BA27", "LHR", at(6, 1, 9), "HKG", at(6, 2, 5)),
        Leg.of("SKYPIER 1", "HKG", at(6, 2, 8), "SEA-SHEKOU", at(6, 2, 9)),
        Leg.of("TRAIN", "SEA-SHEKOU", at(6, 2, 10), "SZX", at(6, 2, 11)),
        Leg.of("CX901", "SZX", at(6, 6, 9), "MNL", at(6, 6, 12))).build());
    assertEquals(1, e.stays().size());
    Trip trip = e.trips().get(0);
    assertEquals("SEA-SHEKOU", trip.arrival().port());
    assertEquals(CountryCode.of("HK"), trip.arrival().from());
    assertEquals("SZX", trip.departure().port());
    assertEquals(List.of(PlaceCode.of("440300")), trip.visits());
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }

  @Test
  void aStayReachingAMainlandAirportTheCatalogueCannotPlaceNeedsReview() {
    ItineraryEvaluation e = POLICY.evaluate(Itinerary.builder().traveller(traveller("FR")).purpose(Purpose.TOURISM)
        .addLegs(
            Leg.of("AF112", "CDG", at(6, 1, 9), "PVG", at(6, 2, 5)),
            Leg.of("MU5931", "PVG", at(6, 3, 9), "AKU", at(6, 3, 12)),
            Leg.of("MU5932", "AKU", at(6, 6, 9), "PVG", at(6, 6, 12)),
            Leg.of("AF113", "PVG", at(6, 8, 9), "CDG", at(6, 8, 16))).build());
    assertEquals(List.of(List.of("AKU")), e.unplacedAirports());
    assertEquals(Verdict.VISA_FREE, e.stays().get(0).verdict());
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
  }

  @Test
  void anUnknownAirportIsUnknownNeverAGuess() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(
        Leg.of("XX1", "QQX", at(6, 1, 9), "PVG", at(6, 1, 18)),
        Leg.of("MU521", "PVG", at(6, 5, 9), "NRT", at(6, 5, 13))).build());
    assertEquals(CountryCode.of("XXX"), e.trips().get(0).arrival().from());
    assertEquals(Status.UNKNOWN, status(e.stays().get(0), Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY));
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
  }

  @Test
  void anItineraryThatNeverLandsInTheMainlandHasNoStay() {
    ItineraryEvaluation e = POLICY.evaluate(us().addLegs(Leg.of("CX500", "NRT", at(6, 1, 9), "HKG", at(6, 1, 13))).build());
    assertEquals(List.of(), e.stays());
    assertEquals(Verdict.NOT_APPLICABLE, e.verdict());
  }

  @Test
  void everyTimeTypeGivesTheSameStay() {
    Instant lands = ZonedDateTime.of(at(6, 1, 18), BEIJING).toInstant();
    Instant leaves = ZonedDateTime.of(at(6, 5, 9), BEIJING).toInstant();
    List<Itinerary> forms = List.of(
        us().addLegs(Leg.of("KE1", "ICN", lands.minusSeconds(7200), "PVG", lands),
            Leg.of("MU1", "PVG", leaves, "NRT", leaves.plusSeconds(10800))).build(),
        us().addLegs(Leg.of("KE1", "ICN", lands.minusSeconds(7200).atOffset(ZoneOffset.ofHours(9)), "PVG",
                lands.atOffset(ZoneOffset.ofHours(8))),
            Leg.of("MU1", "PVG", leaves.atOffset(ZoneOffset.UTC), "NRT", leaves.plusSeconds(10800).atOffset(ZoneOffset.UTC)))
            .build(),
        us().addLegs(Leg.of("KE1", "ICN", lands.minusSeconds(7200).atZone(ZoneId.of("Asia/Seoul")), "PVG",
                lands.atZone(BEIJING)),
            Leg.of("MU1", "PVG", leaves.atZone(BEIJING), "NRT", leaves.plusSeconds(10800).atZone(ZoneId.of("Asia/Tokyo"))))
            .build(),
        us().addLegs(Leg.of("KE1", "ICN", at(6, 1, 17), "PVG", at(6, 1, 18)),
            Leg.of("MU1", "PVG", at(6, 5, 9), "NRT", at(6, 5, 13))).build());
    Trip expected = POLICY.evaluate(forms.get(3)).trips().get(0);
    for (Itinerary i : forms) {
      Trip t = POLICY.evaluate(i).trips().get(0);
      assertEquals(expected.arrival().beijingTime().toInstant(), t.arrival().beijingTime().toInstant());
      assertEquals(expected.departure().beijingTime().toInstant(), t.departure().beijingTime().toInstant());
    }
  }

  @Test
  void theBuilderRefusesLegsThatDoNotConnectOrRunBackwardsNamingTheLeg() {
    assertEquals("legs[1]: departs from PEK, but legs[0] arrives at PVG", refused(us().addLegs(
        Leg.of("KE1", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10)),
        Leg.of("CA1", "PEK", at(6, 2, 9), "NRT", at(6, 2, 13)))));
    assertTrue(refused(us().addLegs(
        Leg.of("KE1", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10)),
        Leg.of("MU1", "PVG", at(6, 1, 9), "NRT", at(6, 1, 13)))).startsWith("legs[1]: departs (2026-06-01T09:00)"
            + " before legs[0] has arrived"));
    assertTrue(refused(us().addLegs(Leg.of("KE1", "ICN", at(6, 1, 12), "PVG", at(6, 1, 10)),
        Leg.of("MU1", "PVG", at(6, 5, 9), "NRT", at(6, 5, 13)))).startsWith("legs[0]: arrives"));
    assertTrue(refused(us().addLegs(Leg.of("MU1", "PVG", at(6, 5, 9), "NRT", at(6, 5, 13))))
        .startsWith("legs[0]: departs from PVG in mainland China"));
    assertTrue(refused(us().addLegs(Leg.of("KE1", "ICN", at(6, 1, 9), "PVG", at(6, 1, 10))))
        .startsWith("legs[0]: arrives at PVG in mainland China"));
    assertEquals("legs: an itinerary needs at least one leg", refused(us()));
    assertEquals("traveller, purpose: must be set", refused(Itinerary.builder()));
    // Spellings of one airport connect: ZSPD is PVG.
    us().addLegs(Leg.of("KE1", "ICN", at(6, 1, 9), "ZSPD", at(6, 1, 10)),
        Leg.of("MU1", "PVG", at(6, 5, 9), "NRT", at(6, 5, 13))).build();
  }

  @Test
  void aLegRefusesBadFieldsNamingThem() {
    assertEquals("to: the leg arrives where it departs (PVG)", assertThrows(IllegalArgumentException.class,
        () -> Leg.of("MU1", "PVG", at(6, 1, 9), "pvg", at(6, 1, 10))).getMessage());
    assertTrue(message(assertThrows(IllegalArgumentException.class,
        () -> Leg.of("", "PVG", at(6, 1, 9), "NRT", at(6, 1, 10)))).startsWith("flight: "));
    assertTrue(message(assertThrows(IllegalArgumentException.class,
        () -> Leg.of("MU1", " ", at(6, 1, 9), "NRT", at(6, 1, 10)))).startsWith("from: "));
    assertTrue(message(assertThrows(IllegalArgumentException.class,
        () -> Leg.of("MU1", "PVG", LocalDateTime.of(1899, 1, 1, 0, 0), "NRT", at(6, 1, 10))))
        .startsWith("departs: "));
    assertTrue(message(assertThrows(IllegalArgumentException.class,
        () -> Leg.of("MU1", "PVG", Instant.MAX, "NRT", Instant.MAX))).startsWith("departs: "));
    OffsetDateTime t = at(6, 1, 9).atOffset(ZoneOffset.UTC);
    assertTrue(message(assertThrows(IllegalArgumentException.class,
        () -> Leg.of("MU1", "PVG", t, "NRT", t))).startsWith("arrives: "));
    assertEquals("flight", assertThrows(NullPointerException.class,
        () -> Leg.of(nullString(), "PVG", at(6, 1, 9), "NRT", at(6, 1, 10))).getMessage());
  }

  private static String refused(Itinerary.Builder b) {
    return message(assertThrows(IllegalArgumentException.class, b::build));
  }

  private static String message(Throwable t) {
    return String.valueOf(t.getMessage());
  }

  private static Status status(Evaluation e, Regime regime, FindingCode code) {
    return e.findings(regime).stream().filter(f -> f.code() == code).findFirst().orElseThrow().status();
  }

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static String nullString() {
    return null;
  }
}
