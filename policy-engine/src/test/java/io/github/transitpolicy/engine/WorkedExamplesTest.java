package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.Regime.TRANSIT_240H;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of FACTS.md section 4 ("Rules in practice"), and SPEC 3.1's deadline example. */
class WorkedExamplesTest {

  @ParameterizedTest(name = "arrive {0}")
  @CsvSource({"2026-01-01T00:00", "2026-01-01T00:01", "2026-01-01T08:30", "2026-01-01T23:59"})
  void arriveAnyTimeOnFirstJanuaryLeaveBy24HoursOn11January(LocalDateTime arrival) {
    Evaluation e = baseline().times(arrival, LocalDateTime.of(2026, 1, 11, 22, 0)).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(Optional.of(midnight(2026, 1, 12)), e.exitDeadline());
    Finding f = assertStatus(Status.PASS, e, TRANSIT_240H, STAY_WITHIN_LIMIT);
    assertMessage(f, "24:00 on 2026-01-11");
  }

  @Test
  void leavingAMinuteAfter24HoursOn11JanuaryIsTooLate() {
    Evaluation e = baseline().times(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 12, 0, 1))
        .evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_240H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void beijingQandAArriveFirstDecemberCountFromSecondDecember() {
    Evaluation e = baseline().arrivalTime(LocalDateTime.of(2025, 12, 1, 22, 0)).evaluate();
    assertEquals(Optional.of(midnight(2025, 12, 2).plusHours(240)), e.exitDeadline());
  }

  @Test
  void genevaParisBeijingParisFailsTheRoute() {
    // the last country before the mainland is France, and so is the first one after it
    Evaluation e = baseline().ports("PEK", "PEK").route("FR", "FR").evaluate();
    Finding f = assertStatus(Status.FAIL, e, TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertMessage(f, "FR");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void genevaBeijingParisPasses() {
    Evaluation e = baseline().ports("PEK", "PEK").route("CH", "FR").evaluate();
    Finding f = assertStatus(Status.PASS, e, TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertMessage(f, "CH", "FR");
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
  }

  @Test
  void britishPassportBusanBeijingHongKongIsEligible() {
    Evaluation e = baseline().nationality("GB").ports("PEK", "PEK").route("KR", "HK").evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(Optional.of(midnight(2025, 12, 12)), e.exitDeadline());
    for (Finding f : e.findings(TRANSIT_240H)) {
      assertEquals(Status.PASS, f.status(), f::toString);
    }
  }

  @Test
  void britishPassportHongKongBeijingHongKongIsNot() {
    Evaluation e = baseline().nationality("GB").ports("PEK", "PEK").route("HK", "HK").evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void theExitPortNeedNotBeTheEntryPortNorInTheSameProvince() {
    Evaluation e = baseline().ports("PVG", "CTU").visits("310000", "510100").evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
  }

  @Test
  void enteringAtWestKowloonAndLeavingByLuohuIsAllowedFromNovember2025() {
    Evaluation e = baseline().ports("RAIL-WEST-KOWLOON", "ROAD-LUOHU").route("HK", "HK").evaluate();
    // the route still fails: Hong Kong to Hong Kong is not a transit
    assertStatus(Status.FAIL, e, TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    Evaluation onward = baseline().ports("RAIL-WEST-KOWLOON", "ROAD-LUOHU").route("JP", "HK").evaluate();
    assertEquals(Verdict.VISA_FREE, onward.verdict());
  }
}
