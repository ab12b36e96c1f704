package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_VALIDITY;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_OPEN;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_OPEN;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.DIRECT_TRANSIT_24H;
import static io.github.transitpolicy.model.Regime.TRANSIT_240H;
import static io.github.transitpolicy.model.Regime.VISA_EXEMPTION;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * SPEC 3.4: a regime that says PASS has checked the document, the ports, the places and the dates it
 * relies on. Each test here is a probe of issue 12 that once gave a wrong VISA_FREE.
 */
class NoWrongYesTest {

  /** A French tourist, Paris - Shanghai Pudong - Paris, 1 to 20 December 2025: visa-exempt. */
  private static Trips.Builder frenchRoundTrip() {
    return baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
        .times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 20, 18, 0));
  }

  /** A same-day airside connection at Pudong, Seoul to Tokyo. */
  private static Trips.Builder airsideConnection() {
    return baseline().nationality("IN").ports("PVG", "PVG").route("KR", "JP").staysInPort(true).visits()
        .times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 1, 20, 0));
  }

  @Test
  void theProbesPassWhenNothingIsWrong() {
    Evaluation round = frenchRoundTrip().evaluate();
    assertEquals(Optional.of(VISA_EXEMPTION), round.regime());
    for (var code : List.of(DOCUMENT_VALIDITY, ENTRY_PORT_OPEN, EXIT_PORT_OPEN, VISITS_WITHIN_AREA)) {
      assertMessage(assertStatus(PASS, round, VISA_EXEMPTION, code));
    }
    Evaluation airside = airsideConnection().evaluate();
    assertEquals(Optional.of(DIRECT_TRANSIT_24H), airside.regime());
    assertStatus(PASS, airside, DIRECT_TRANSIT_24H, DOCUMENT_VALIDITY);
    assertMessage(assertStatus(PASS, airside, DIRECT_TRANSIT_24H, ENTRY_PORT_OPEN), "PVG");
  }

  @Test
  void anExpiredPassportIsNotVisaExempt() {
    Evaluation e = frenchRoundTrip().expiry(LocalDate.of(2020, 1, 1)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertMessage(assertStatus(FAIL, e, VISA_EXEMPTION, DOCUMENT_VALIDITY), "2020-01-01");
  }

  @Test
  void aPassportExpiringDuringTheStayIsNotVisaExemptButOneValidThroughDepartureIs() {
    // Leaves on 20 December: a passport expiring on the 19th fails, on the 20th passes.
    assertStatus(FAIL, frenchRoundTrip().expiry(LocalDate.of(2025, 12, 19)).evaluate(), VISA_EXEMPTION,
        DOCUMENT_VALIDITY);
    Evaluation e = frenchRoundTrip().expiry(LocalDate.of(2025, 12, 20)).evaluate();
    assertStatus(PASS, e, VISA_EXEMPTION, DOCUMENT_VALIDITY);
    // The deadline given is then the end of the passport's last day, not the 30-day limit.
    assertEquals(Optional.of(midnight(2025, 12, 21)), e.exitDeadline());
  }

  @Test
  void anExpiredPassportIsNotDirectTransit() {
    Evaluation e = airsideConnection().expiry(LocalDate.of(2020, 1, 1)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertStatus(FAIL, e, DIRECT_TRANSIT_24H, DOCUMENT_VALIDITY);
  }

  @Test
  void aDirectTransitDeadlineStopsAtTheEndOfThePassport() {
    // Arrives 20:00 on the passport's last day: 24 hours would run past it.
    Evaluation e = airsideConnection().expiry(LocalDate.of(2025, 12, 1))
        .times(LocalDateTime.of(2025, 12, 1, 20, 0), LocalDateTime.of(2025, 12, 1, 23, 0)).evaluate();
    assertEquals(Optional.of(DIRECT_TRANSIT_24H), e.regime());
    assertEquals(Optional.of(midnight(2025, 12, 2)), e.exitDeadline());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZZ", "QQX", "Nowhere Port"})
  void aVisaExemptTripThroughAPortTheCatalogueDoesNotKnowIsNotAPass(String port) {
    Evaluation entering = frenchRoundTrip().arrivalPort(port).evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, entering.verdict());
    assertMessage(assertStatus(UNKNOWN, entering, VISA_EXEMPTION, ENTRY_PORT_OPEN), port);
    Evaluation leaving = frenchRoundTrip().departurePort(port).evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, leaving.verdict());
    assertMessage(assertStatus(UNKNOWN, leaving, VISA_EXEMPTION, EXIT_PORT_OPEN), port);
  }

  /** The world airport table knows these are not in the mainland: no regime can enter or leave there. */
  @ParameterizedTest
  @ValueSource(strings = {"LAX", "JFK", "KLAX", "HKG", "MFM", "TPE", "NRT"})
  void aTripThroughAnAirportOutsideTheMainlandFailsThePortRule(String port) {
    Evaluation entering = frenchRoundTrip().arrivalPort(port).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, entering.verdict());
    Finding entry = assertStatus(FAIL, entering, VISA_EXEMPTION, ENTRY_PORT_OPEN);
    assertMessage(entry, port, "not a port of mainland China");
    assertStatus(FAIL, entering, DIRECT_TRANSIT_24H, ENTRY_PORT_OPEN);
    Evaluation leaving = frenchRoundTrip().departurePort(port).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, leaving.verdict());
    assertMessage(assertStatus(FAIL, leaving, VISA_EXEMPTION, EXIT_PORT_OPEN), port);
  }

  /** A mainland airport that is not a catalogue port (AKU, Aksu) may or may not be open: UNKNOWN. */
  @Test
  void aMainlandAirportTheCatalogueDoesNotListAsAPortIsUnknown() {
    Evaluation e = frenchRoundTrip().arrivalPort("AKU").evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
    assertMessage(assertStatus(UNKNOWN, e, VISA_EXEMPTION, ENTRY_PORT_OPEN), "AKU");
  }

  @Test
  void anAirsideConnectionAtAnUnknownPortIsNotAPass() {
    Evaluation e = airsideConnection().ports("ZZZ", "ZZZ").evaluate();
    assertNotEquals(Verdict.VISA_FREE, e.verdict());
    assertStatus(UNKNOWN, e, DIRECT_TRANSIT_24H, ENTRY_PORT_OPEN);
    Evaluation abroad = airsideConnection().ports("LAX", "LAX").evaluate();
    assertEquals(Verdict.VISA_REQUIRED, abroad.verdict());
    assertStatus(FAIL, abroad, DIRECT_TRANSIT_24H, ENTRY_PORT_OPEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"810000", "820000", "710000", "810100"})
  void placesOutsideTheMainlandAreOutsideEveryArea(String place) {
    Evaluation e = frenchRoundTrip().visits("310000", place).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertMessage(assertStatus(FAIL, e, VISA_EXEMPTION, VISITS_WITHIN_AREA), place);
    assertStatus(FAIL, baseline().visits(place).evaluate(), TRANSIT_240H, VISITS_WITHIN_AREA);
  }

  @Test
  void aPlaceTheCatalogueDoesNotKnowIsUnknownForTheExemption() {
    // 320599: Jiangsu's prefix, but no such prefecture.
    Evaluation e = frenchRoundTrip().visits("320599").evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
    assertMessage(assertStatus(UNKNOWN, e, VISA_EXEMPTION, VISITS_WITHIN_AREA), "320599");
  }

  @Test
  void theWholeMainlandIsTheExemptionsArea() {
    // Lhasa and Urumqi lie outside the 240-hour area but inside the exemption's.
    Evaluation e = frenchRoundTrip().visits("540100", "650100", "150000").evaluate();
    assertEquals(Optional.of(VISA_EXEMPTION), e.regime());
    assertStatus(FAIL, e, TRANSIT_240H, VISITS_WITHIN_AREA);
  }

  @Test
  void theExemptionsDeadlineStopsAtTheEndOfThePolicy() {
    // FR enters 2026-12-20; the unilateral exemption is announced to end on 2026-12-31, so the 30 days
    // (to 2027-01-20) cannot be given: 24:00 on 31 December is.
    Trips.Builder late = frenchRoundTrip()
        .times(LocalDateTime.of(2026, 12, 20, 10, 0), LocalDateTime.of(2026, 12, 30, 10, 0));
    Evaluation e = late.evaluate();
    assertEquals(Optional.of(VISA_EXEMPTION), e.regime());
    ZonedDateTime deadline = e.exitDeadline().orElseThrow();
    assertEquals(midnight(2027, 1, 1), deadline);
    Evaluation atDeadline = late.departureTime(deadline.toLocalDateTime()).evaluate();
    assertEquals(Verdict.VISA_FREE, atDeadline.verdict(), atDeadline::toString);
    assertStatus(PASS, atDeadline, VISA_EXEMPTION, POLICY_IN_FORCE);
    // A minute later the announced end has passed.
    Evaluation after = late.departureTime(deadline.toLocalDateTime().plusMinutes(1)).evaluate();
    assertNotEquals(Verdict.VISA_FREE, after.verdict());
    assertNotEquals(PASS, Trips.status(after, VISA_EXEMPTION, POLICY_IN_FORCE));
  }

  /** Trips near the eligible ones: the nationalities, ports and dates where the regimes pass. */
  private static final Gen<Trips.Builder> NEAR_ELIGIBLE = in -> {
    LocalDate entry = LocalDate.of(2023, 11, 1).plusDays(longs().between(0, 1300).generate(in));
    LocalDateTime arrival = entry.atTime(integers().between(0, 23).generate(in), integers().between(0, 59)
        .generate(in));
    long stayMinutes = longs().between(1, 60 * 24 * 45).mix(longs().between(1, 60 * 30)).generate(in);
    String nationality = arbitrary().pick(List.of("US", "FR", "DE", "JP", "GB", "MY", "TH", "SG", "RU", "IN", "KZ",
        "AE", "BN", "ID", "VN", "KG")).generate(in);
    String arrivalPort = arbitrary().pick(List.of("PVG", "PEK", "CAN", "SZX", "HAK", "URC", "ROAD-LUOHU"))
        .generate(in);
    String departurePort = booleans().all().generate(in) ? arrivalPort
        : arbitrary().pick(List.of("PVG", "PEK", "CAN", "XMN", "KMG")).generate(in);
    String from = arbitrary().pick(List.of("KR", "FR", "HK", "JP", "US")).generate(in);
    String to = arbitrary().pick(List.of("JP", "FR", "HK", "KR", "US")).generate(in);
    LocalDate expiry = entry.plusDays(longs().between(-5, 400).generate(in));
    Purpose purpose = arbitrary().pick(List.of(Purpose.TOURISM, Purpose.BUSINESS, Purpose.TRANSIT)).generate(in);
    String[] visits = arbitrary().pick(List.of(new String[0], new String[] {"320500"}, new String[] {"310000"},
        new String[] {"440300", "110000"})).generate(in);
    return baseline().nationality(nationality).ports(arrivalPort, departurePort).route(from, to)
        .times(arrival, arrival.plusMinutes(stayMinutes)).expiry(expiry).purpose(purpose).visits(visits)
        .staysInPort(stayMinutes < 60 * 24 && booleans().all().generate(in));
  };

  @Test
  void everyVisaFreeDeadlineIsOneTheTravellerMayLeaveAt() {
    AtomicInteger visaFree = new AtomicInteger();
    qt().withExamples(4000).forAll(NEAR_ELIGIBLE).checkAssert(trip -> {
      Evaluation e = trip.evaluate();
      if (e.verdict() != Verdict.VISA_FREE || e.exitDeadline().isEmpty()) {
        return;
      }
      visaFree.incrementAndGet();
      ZonedDateTime deadline = e.exitDeadline().get();
      Evaluation atDeadline = trip.departureTime(deadline.toLocalDateTime()).evaluate();
      assertEquals(Verdict.VISA_FREE, atDeadline.verdict(),
          () -> "leaving at the deadline " + deadline + " given under " + e.regime() + ":\n" + atDeadline);
    });
    // The property says something only if many trips pass.
    assertTrue(visaFree.get() > 400, () -> visaFree.get() + " visa-free trips of 4000");
  }

  @Test
  void aVisaFreeAnswerHasEveryRuleOfItsRegimePassing() {
    qt().withExamples(4000).forAll(NEAR_ELIGIBLE).checkAssert(trip -> {
      Evaluation e = trip.evaluate();
      if (e.verdict() == Verdict.VISA_FREE) {
        Regime regime = e.regime().orElseThrow();
        for (Finding f : e.findings(regime)) {
          assertEquals(PASS, f.status(), () -> f + " in\n" + e);
        }
      }
    });
  }
}
