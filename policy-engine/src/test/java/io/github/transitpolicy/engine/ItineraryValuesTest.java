package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.FindingCode;
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
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Legs, itineraries and their evaluations as values (equal when built alike, unequal when any part
 * differs, readable strings), and the parts of an itinerary that reach each stay's trip: the declarations,
 * the 24-hour airside limit, and the country a stopping flight ends in.
 */
class ItineraryValuesTest {

  private static final TransitPolicy POLICY = TransitPolicy.bundled();
  private static final Traveller US = Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2035, 1, 1)));

  private static LocalDateTime at(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  private static Leg inbound() {
    return Leg.of("KE893", "ICN", at(1, 9), "PVG", at(1, 10));
  }

  private static Leg outbound() {
    return Leg.of("MU523", "PVG", at(5, 10), "NRT", at(5, 14));
  }

  private static Itinerary.Builder trip() {
    return Itinerary.builder().traveller(US).purpose(Purpose.TOURISM).addLegs(inbound(), outbound());
  }

  @Test
  void legsAreEqualExactlyWhenEveryPartIs() {
    Leg leg = Leg.of(" ke893 ", "icn", at(1, 9), "pvg", at(1, 10));
    assertEquals("KE893", leg.flight());
    assertEquals(inbound(), leg);
    assertEquals(inbound().hashCode(), leg.hashCode());
    assertNotEquals(inbound(), (Object) "KE893");
    List<Leg> others = List.of(
        Leg.of("KE894", "ICN", at(1, 9), "PVG", at(1, 10)),
        Leg.of("KE893", "GMP", at(1, 9), "PVG", at(1, 10)),
        Leg.of("KE893", "ICN", at(1, 9), "PEK", at(1, 10)),
        Leg.of("KE893", "ICN", at(1, 8), "PVG", at(1, 10)),
        Leg.of("KE893", "ICN", at(1, 9), "PVG", at(1, 11)));
    for (Leg other : others) {
      assertNotEquals(inbound(), other, other::toString);
    }
    // The same local times given as instants are another leg: they are not placed in the airports' zones.
    Instant departs = at(1, 9).atZone(ZoneId.of("UTC")).toInstant();
    Instant arrives = at(1, 10).atZone(ZoneId.of("UTC")).toInstant();
    Leg byInstants = Leg.of("KE893", "ICN", departs, "PVG", arrives);
    assertNotEquals(inbound(), byInstants);
    assertNotEquals(byInstants, Leg.of("KE893", "ICN", departs, "PVG", arrives.plusSeconds(60)));
    assertNotEquals(byInstants, Leg.of("KE893", "ICN", departs.minusSeconds(60), "PVG", arrives));
    assertEquals(byInstants, Leg.of("KE893", "ICN", departs, "PVG", arrives));
  }

  @Test
  void aLegReadsAsItsFlightPlacesAndTimes() {
    assertEquals("KE893 ICN 2026-06-01T09:00 -> PVG 2026-06-01T10:00", inbound().toString());
    Instant departs = Instant.parse("2026-06-01T00:00:00Z");
    assertEquals("KE893 ICN 2026-06-01T00:00:00Z -> PVG 2026-06-01T02:00:00Z",
        Leg.of("KE893", "ICN", departs, "PVG", departs.plusSeconds(7200)).toString());
  }

  @Test
  void itinerariesAreEqualExactlyWhenEveryPartIs() {
    Itinerary itinerary = trip().build();
    assertEquals(itinerary, trip().build());
    assertEquals(itinerary.hashCode(), trip().build().hashCode());
    assertEquals(itinerary, Itinerary.builder(Catalogue.bundled()).traveller(US).purpose(Purpose.TOURISM)
        .addLegs(inbound(), outbound()).build());
    assertNotEquals(itinerary, (Object) itinerary.legs());
    List<UnaryOperator<Itinerary.Builder>> changes = List.of(
        b -> b.traveller(Traveller.of(CountryCode.of("FR"), TravelDocument.passport(LocalDate.of(2035, 1, 1)))),
        b -> b.purpose(Purpose.BUSINESS),
        b -> b.clearsImmigration(true),
        b -> b.visaRefusalDeclared(true),
        b -> b.immigrationViolationDeclared(true));
    for (UnaryOperator<Itinerary.Builder> change : changes) {
      Itinerary other = change.apply(trip()).build();
      assertNotEquals(itinerary, other, other::toString);
    }
    Itinerary otherLegs = Itinerary.builder().traveller(US).purpose(Purpose.TOURISM)
        .addLegs(inbound(), Leg.of("MU523", "PVG", at(5, 11), "NRT", at(5, 15))).build();
    assertNotEquals(itinerary, otherLegs);
  }

  @Test
  void anItineraryReadsAsItsTravellerPurposeAndLegs() {
    String s = trip().build().toString();
    assertTrue(s.startsWith("Itinerary["), s);
    assertTrue(s.contains(US.toString()), s);
    assertTrue(s.contains("TOURISM"), s);
    assertTrue(s.contains(inbound().toString()) && s.contains(outbound().toString()), s);
  }

  @Test
  void theDeclarationsReachEveryStayAndRuleOutTransit() {
    for (boolean refusal : new boolean[] {true, false}) {
      Itinerary declared = refusal ? trip().visaRefusalDeclared(true).build()
          : trip().immigrationViolationDeclared(true).build();
      assertEquals(refusal, declared.visaRefusalDeclared());
      assertEquals(!refusal, declared.immigrationViolationDeclared());
      ItineraryEvaluation e = POLICY.evaluate(declared);
      Trip t = e.trips().get(0);
      assertEquals(refusal, t.visaRefusalDeclared());
      assertEquals(!refusal, t.immigrationViolationDeclared());
      assertEquals(Status.FAIL, e.stays().get(0).findings(Regime.TRANSIT_240H).stream()
          .filter(f -> f.code() == FindingCode.NO_ADVERSE_RECORD).findFirst().orElseThrow().status());
      // A US traveller has nothing but transit: the stay needs a visa.
      assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    }
    Itinerary none = trip().build();
    assertFalse(none.visaRefusalDeclared());
    assertFalse(none.immigrationViolationDeclared());
    assertEquals(Verdict.VISA_FREE, POLICY.evaluate(none).verdict());
  }

  @Test
  void evaluationsAreEqualWhenTheirStaysAreAndReadAsTheirVerdict() {
    ItineraryEvaluation e = POLICY.evaluate(trip().build());
    assertEquals(e, POLICY.evaluate(trip().build()));
    assertEquals(e.hashCode(), POLICY.evaluate(trip().build()).hashCode());
    assertNotEquals(e, POLICY.evaluate(trip().visaRefusalDeclared(true).build()));
    assertNotEquals(e, (Object) e.stays());
    // Same stays' evaluations but another trip: the trips are compared too.
    ItineraryEvaluation noStay = POLICY.evaluate(Itinerary.builder().traveller(US).purpose(Purpose.TOURISM)
        .addLegs(Leg.of("CX500", "NRT", at(1, 9), "HKG", at(1, 13))).build());
    assertNotEquals(e, noStay);
    String s = e.toString();
    assertTrue(s.startsWith("ItineraryEvaluation[VISA_FREE, stays ["), s);
    assertTrue(s.contains(e.stays().get(0).toString()), s);
  }

  @Test
  void evaluationsDifferingOnlyInTheirUnplacedAirportsAreUnequal() {
    // A French traveller flies on to AKU, a mainland airport the catalogue cannot place: the stay is
    // visa-free but the itinerary needs review. The same trips and stays without that airport would be
    // VISA_FREE: the two answers differ, so they are not equal.
    Traveller fr = Traveller.of(CountryCode.of("FR"), TravelDocument.passport(LocalDate.of(2035, 1, 1)));
    ItineraryEvaluation aku = POLICY.evaluate(Itinerary.builder().traveller(fr).purpose(Purpose.TOURISM).addLegs(
        Leg.of("AF112", "CDG", at(1, 9), "PVG", at(2, 5)),
        Leg.of("MU5931", "PVG", at(3, 9), "AKU", at(3, 12)),
        Leg.of("MU5932", "AKU", at(6, 9), "PVG", at(6, 12)),
        Leg.of("AF113", "PVG", at(8, 9), "CDG", at(8, 16))).build());
    assertEquals(List.of(List.of("AKU")), aku.unplacedAirports());
    ItineraryEvaluation placed = new ItineraryEvaluation(aku.trips(), aku.stays(), List.of(List.of()));
    assertEquals(Verdict.NEEDS_REVIEW, aku.verdict());
    assertEquals(Verdict.VISA_FREE, placed.verdict());
    assertNotEquals(aku, placed);
    assertNotEquals(placed, aku);
    assertNotEquals(aku.hashCode(), placed.hashCode());
    ItineraryEvaluation again = new ItineraryEvaluation(aku.trips(), aku.stays(), List.of(List.of("AKU")));
    assertEquals(aku, again);
    assertEquals(aku.hashCode(), again.hashCode());
    assertTrue(aku.toString().endsWith(", unplaced airports [[AKU]]]"), aku.toString());
  }

  @Test
  void exactlyTwentyFourHoursAtOneAirportIsStillAirside() {
    Itinerary day = Itinerary.builder().traveller(US).purpose(Purpose.TOURISM).addLegs(inbound(),
        Leg.of("MU583", "PVG", at(2, 10), "LAX", at(2, 6))).build();
    Trip t = POLICY.evaluate(day).trips().get(0);
    assertTrue(t.staysInPort(), t::toString);
    Itinerary dayAndAMinute = Itinerary.builder().traveller(US).purpose(Purpose.TOURISM).addLegs(inbound(),
        Leg.of("MU583", "PVG", at(2, 10).plusMinutes(1), "LAX", at(2, 6))).build();
    assertFalse(POLICY.evaluate(dayAndAMinute).trips().get(0).staysInPort());
  }

  @Test
  void aFlightLeavingTheMainlandWithAStopGoesWhereItEnds() {
    // MU501 stops in Hong Kong and goes on to Tokyo: the traveller leaves for Japan, not Hong Kong.
    ItineraryEvaluation e = POLICY.evaluate(Itinerary.builder().traveller(US).purpose(Purpose.TOURISM).addLegs(
        inbound(),
        Leg.of("MU5101", "PVG", at(2, 9), "PEK", at(2, 11)),
        Leg.of("MU501", "PEK", at(5, 9), "HKG", at(5, 13)),
        Leg.of("MU501", "HKG", at(5, 15), "NRT", at(5, 20))).build());
    Trip t = e.trips().get(0);
    assertEquals("PEK", t.departure().port());
    assertEquals(CountryCode.of("JP"), t.departure().to());
    // Korea to Japan: a third country, the transit passes.
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }
}
