package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.beijing;
import static io.github.transitpolicy.model.FindingCode.CONNECTION_WITHIN_24_HOURS;
import static io.github.transitpolicy.model.FindingCode.ONWARD_TICKET_CONFIRMED;
import static io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY;
import static io.github.transitpolicy.model.FindingCode.STAYS_IN_PORT;
import static io.github.transitpolicy.model.Regime.DIRECT_TRANSIT_24H;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 24-hour direct transit (SPEC 3.2): any nationality, same port, at most 24 elapsed hours, airside. */
class DirectTransitTest {

  private static final LocalDateTime ARRIVAL = LocalDateTime.of(2025, 12, 1, 10, 0);

  /** PVG to PVG, 5 hours, staying airside, from Korea to the United States. */
  private static Trips.Builder connection() {
    return baseline().ports("PVG", "PVG").times(ARRIVAL, ARRIVAL.plusHours(5)).route("KR", "US")
        .staysInPort(true).visits();
  }

  @Test
  void aFiveHourAirsideConnectionIsVisaFreeDirectTransit() {
    Evaluation e = connection().evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
    assertEquals(Optional.of(beijing(2025, 12, 2, 10, 0)), e.exitDeadline());
    assertTrue(e.inspectionFree(), "PVG exempts airside transfers from inspection since 2024-01-11");
    assertEquals(ArrivalCard.Requirement.EXEMPT, e.arrivalCard().requirement());
    assertTrue(e.arrivalCard().reason().orElseThrow().render(Locale.ENGLISH).contains("24-hour"));
    assertTrue(e.permittedArea().isEmpty(), "a direct transit passenger may go nowhere");
    assertEquals(Optional.empty(), e.suggestedVisa());
    // The regime is the one for staying in the port: no note that the traveller enters after all.
    assertEquals(List.of(), e.notes());
    for (Finding f : e.findings(Regime.DIRECT_TRANSIT_24H)) {
      assertEquals(PASS, f.status(), f::toString);
    }
  }

  @Test
  void theConnectionMessageGivesTheElapsedTime() {
    Finding f = assertStatus(PASS, connection().evaluate(), DIRECT_TRANSIT_24H, CONNECTION_WITHIN_24_HOURS);
    assertMessage(f, "5 h 0 min", "24 hours");
  }

  @ParameterizedTest(name = "{0} on {1}: inspection-free {2}")
  @CsvSource({
    "PVG, 2024-01-10, false",
    "PVG, 2024-01-11, true",
    "PEK, 2025-12-01, true",
    "CAN, 2025-12-01, true",
    "TSN, 2025-11-04, false",
    "TSN, 2025-11-05, true",
    "KMG, 2025-11-04, false",
    "KMG, 2025-11-05, true",
    "SJW, 2025-12-01, false",
    "URC, 2025-12-01, false",
  })
  void inspectionFreeDependsOnThePortAndTheDate(String port, LocalDate day, boolean inspectionFree) {
    LocalDateTime arrival = day.atTime(10, 0);
    Evaluation e = connection().ports(port, port).times(arrival, arrival.plusHours(5)).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
    assertEquals(inspectionFree, e.inspectionFree());
  }

  @ParameterizedTest(name = "connection {0} min: {1}")
  @CsvSource({
    "1,    PASS",
    "1439, PASS",
    "1440, PASS",
    "1441, FAIL",
    "2880, FAIL",
  })
  void theConnectionIsAtMost24ElapsedHours(long minutes, Status expected) {
    Evaluation e = connection().departureTime(ARRIVAL.plusMinutes(minutes)).evaluate();
    Finding f = assertStatus(expected, e, DIRECT_TRANSIT_24H, CONNECTION_WITHIN_24_HOURS);
    assertMessage(f, "24 hours");
    if (expected == PASS) {
      assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
    } else {
      assertMessage(f, "2025-12-02 10:00");
      // 240-hour transit still takes over for an eligible traveller
      assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    }
  }

  @Test
  void overTwentyFourHoursNotEligibleFor240HoursNeedsAVisa() {
    Evaluation e = connection().nationality("IN").departureTime(ARRIVAL.plusHours(24).plusMinutes(1)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void theDeadlineIsElapsedTimeNotMidnight() {
    LocalDateTime late = LocalDateTime.of(2025, 12, 1, 23, 50);
    Evaluation e = connection().times(late, late.plusHours(3)).evaluate();
    assertEquals(Optional.of(beijing(2025, 12, 2, 23, 50)), e.exitDeadline());
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "PVG, PVG,   PASS",
    "PVG, 浦东机场, PASS",
    "PVG, ZSPD,  PASS",
    "PVG, SHA,   FAIL",
    "PEK, PKX,   FAIL",
    "PVG, ZZZ,   UNKNOWN",
    "ZZZ, PVG,   UNKNOWN",
  })
  void theConnectionIsAtOnePort(String arrival, String departure, Status expected) {
    Evaluation e = connection().ports(arrival, departure).evaluate();
    Finding f = assertStatus(expected, e, DIRECT_TRANSIT_24H, CONNECTION_WITHIN_24_HOURS);
    if (expected == FAIL) {
      assertMessage(f, arrival, departure);
    }
  }

  /** An unknown port may not be an open port at all: even spelled alike twice, never a silent pass. */
  @Test
  void anUnknownPortIsUnknownEvenSpelledAlikeTwice() {
    Evaluation e = connection().ports("ZZZ", "zzz").evaluate();
    Finding f = assertStatus(Status.UNKNOWN, e, DIRECT_TRANSIT_24H, CONNECTION_WITHIN_24_HOURS);
    assertMessage(f, "ZZZ");
    assertFalse(e.inspectionFree());
    assertEquals(Optional.empty(), e.regime());
  }

  @Test
  void twoDifferentUnknownPortsAreUnknown() {
    Evaluation e = connection().ports("ZZZ", "YYY").evaluate();
    Finding f = assertStatus(Status.UNKNOWN, e, DIRECT_TRANSIT_24H, CONNECTION_WITHIN_24_HOURS);
    assertMessage(f, "ZZZ");
  }

  @Test
  void leavingThroughImmigrationFailsStaysInPort() {
    Evaluation e = connection().staysInPort(false).evaluate();
    Finding f = assertStatus(FAIL, e, DIRECT_TRANSIT_24H, STAYS_IN_PORT);
    assertMessage(f, "immigration");
    // the same traveller passes 240-hour transit instead, with an arrival card
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement());
    assertFalse(e.inspectionFree());
  }

  @Test
  void anIndianNationalStayingInPortIsVisaFreeByDirectTransit() {
    Evaluation e = connection().nationality("IN").evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
    assertEquals(Status.FAIL, Trips.status(e, Regime.TRANSIT_240H,
        io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE));
  }

  @Test
  void anIndianNationalLeavingThePortNeedsAVisa() {
    Evaluation e = connection().nationality("IN").staysInPort(false).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(Optional.empty(), e.regime());
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "KR, US, PASS",
    "KR, JP, PASS",
    "KR, KR, FAIL",
    "HK, HK, FAIL",
    "US, HK, PASS",
    "CN, US, FAIL",
    "US, CN, FAIL",
  })
  void theRouteRuleIsTheSameAsFor240Hours(String from, String to, Status expected) {
    Evaluation e = connection().route(from, to).evaluate();
    assertStatus(expected, e, DIRECT_TRANSIT_24H, ROUTE_TO_THIRD_COUNTRY);
    assertStatus(expected, e, Regime.TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertEquals(expected == PASS ? Optional.of(Regime.DIRECT_TRANSIT_24H) : Optional.empty(), e.regime());
  }

  @Test
  void anUnconfirmedOnwardTicketFails() {
    Evaluation e = connection().onwardTicketConfirmed(false).evaluate();
    assertStatus(FAIL, e, DIRECT_TRANSIT_24H, ONWARD_TICKET_CONFIRMED);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void theArrivalCardExemptionHoldsBeforeTheNewRuleToo() {
    LocalDateTime arrival = LocalDateTime.of(2025, 11, 19, 10, 0);
    Evaluation e = connection().times(arrival, arrival.plusHours(5)).evaluate();
    assertEquals(ArrivalCard.Requirement.EXEMPT, e.arrivalCard().requirement());
    assertFalse(e.permittedArea().contains(PlaceCode.of("310000")));
  }
}
