package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_DESIGNATED;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.ONWARD_TICKET_CONFIRMED;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.TRANSIT_144H;
import static io.github.transitpolicy.model.Regime.TRANSIT_240H;
import static io.github.transitpolicy.model.Regime.TRANSIT_72H;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 72- and 144-hour transit history (SPEC 3.8, FACTS 9, issue 18): the Beijing Q&A examples, a trip
 * per zone, the zones' first and last days, travel between zones, and the suspension of 2020-03-28 to
 * 2023-01-07.
 */
class HistoryTransitTest {

  /** The Beijing Q&A traveller of 2023: a US passport through Beijing Capital, Seoul to Tokyo. */
  private static Trips.Builder beijing2023() {
    return baseline().ports("PEK", "PEK")
        .times(LocalDateTime.of(2023, 12, 1, 10, 0), LocalDateTime.of(2023, 12, 7, 23, 59))
        .visits("110105");
  }

  private static void assertVisaFreeUnder(Regime regime, Evaluation e) {
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(regime), e.regime(), e::toString);
    for (Finding f : e.findings(regime)) {
      assertEquals(Status.PASS, f.status(), f::toString);
    }
  }

  @Test
  void beijingQandAArriveFirstDecemberLeaveBy24HoursOnSeventhDecember() {
    Evaluation e = beijing2023().evaluate();
    assertVisaFreeUnder(TRANSIT_144H, e);
    // 144 hours from 00:00 on 12-02: 24:00 on 12-07, whatever the hour of arrival on 12-01
    assertEquals(Optional.of(midnight(2023, 12, 8)), e.exitDeadline());
    assertStatus(Status.FAIL, e, TRANSIT_240H, POLICY_IN_FORCE);
  }

  @Test
  void beijingQandAAMinuteAfterTheSeventhIsTooLate() {
    Evaluation e = beijing2023().departureTime(LocalDateTime.of(2023, 12, 8, 0, 1)).evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @Test
  void beijingQandAWithoutAnOnwardBookingIsNotEligible() {
    Evaluation e = beijing2023().onwardTicketConfirmed(false).evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, ONWARD_TICKET_CONFIRMED);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @Test
  void beijingQandAEnteringAtBeijingAndLeavingFromHainanIsNotAllowed() {
    Evaluation e = beijing2023().departurePort("HAK").visits().evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, EXIT_PORT_PERMITTED);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @CsvSource({
    // regime, entry port, arrival, exit port, departure, a place of the zone
    "TRANSIT_144H, PVG, 2019-06-01T10:00, HGH, 2019-06-07T23:00, 320500",
    "TRANSIT_144H, TSN, 2018-06-01T10:00, PEK, 2018-06-07T23:00, 110105",
    "TRANSIT_144H, CAN, 2019-06-01T10:00, SZX, 2019-06-07T23:00, 440300",
    "TRANSIT_144H, CKG, 2023-06-01T10:00, CKG, 2023-06-07T23:00, 500103",
    "TRANSIT_144H, CGO, 2024-08-01T10:00, CGO, 2024-08-07T23:00, 410100",
    // Changsha: no source says how its hours were counted; leaving within 72 elapsed hours is safe
    "TRANSIT_72H, CSX, 2023-06-01T10:00, CSX, 2023-06-04T09:00, 430100",
    "TRANSIT_72H, PEK, 2013-06-01T10:00, PEK, 2013-06-04T09:00, 110105",
  })
  void aTripThroughEachZone(Regime regime, String in, LocalDateTime arrival, String out, LocalDateTime departure,
      String place) {
    Evaluation e = baseline().ports(in, out).times(arrival, departure).visits(place).evaluate();
    assertVisaFreeUnder(regime, e);
  }

  @Test
  void beijingSeventyTwoHoursIn2013RanFromTheMomentOfEntry() {
    Evaluation e = baseline().ports("PEK", "PEK")
        .times(LocalDateTime.of(2013, 6, 1, 10, 0), LocalDateTime.of(2013, 6, 4, 11, 0)).visits("110105").evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_72H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @Test
  void shanghaiWasSeventyTwoHoursOnTheTwentyNinthOfJanuary2016() {
    Trips.Builder shanghai = baseline().ports("PVG", "PVG").visits("310115");
    Evaluation e = shanghai.times(LocalDateTime.of(2016, 1, 29, 10, 0), LocalDateTime.of(2016, 2, 3, 10, 0))
        .evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, POLICY_IN_FORCE);
    assertStatus(Status.FAIL, e, TRANSIT_72H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    // a place in Jiangsu lay outside the Shanghai-only 72-hour area
    Evaluation suzhou = shanghai.times(LocalDateTime.of(2016, 1, 29, 10, 0), LocalDateTime.of(2016, 1, 31, 10, 0))
        .visits("320500").evaluate();
    assertStatus(Status.FAIL, suzhou, TRANSIT_72H, VISITS_WITHIN_AREA);
  }

  @Test
  void shanghaiJiangsuZhejiangWas144HoursFromTheThirtiethOfJanuary2016() {
    Evaluation e = baseline().ports("PVG", "NKG").visits("320500")
        .times(LocalDateTime.of(2016, 1, 30, 10, 0), LocalDateTime.of(2016, 2, 5, 23, 0)).evaluate();
    assertVisaFreeUnder(TRANSIT_144H, e);
    assertEquals(Optional.of(midnight(2016, 2, 6)), e.exitDeadline());
  }

  @Test
  void theLastDayOf144HoursWasTheSixteenthOfDecember2024() {
    Evaluation last = baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2024, 12, 16, 10, 0), LocalDateTime.of(2024, 12, 20, 10, 0)).evaluate();
    assertVisaFreeUnder(TRANSIT_144H, last);
    assertStatus(Status.FAIL, last, TRANSIT_240H, POLICY_IN_FORCE);
    Evaluation first240 = baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2024, 12, 17, 10, 0), LocalDateTime.of(2024, 12, 20, 10, 0)).evaluate();
    assertStatus(Status.FAIL, first240, TRANSIT_144H, POLICY_IN_FORCE);
    assertStatus(Status.FAIL, first240, TRANSIT_72H, POLICY_IN_FORCE);
    assertVisaFreeUnder(TRANSIT_240H, first240);
  }

  @Test
  void enteringOneZoneAndLeavingFromAnotherFails() {
    Evaluation e = baseline().ports("PVG", "PEK").visits("320500")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, EXIT_PORT_PERMITTED);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @Test
  void visitingAnotherZoneFails() {
    Evaluation e = baseline().ports("PVG", "PVG").visits("110105")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.FAIL, e, TRANSIT_144H, VISITS_WITHIN_AREA);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
  }

  @ParameterizedTest(name = "entering {0}: in force {1}")
  @CsvSource({"2020-03-27, true", "2020-03-28, false", "2021-07-01, false", "2023-01-07, false",
      "2023-01-08, true"})
  void theSuspensionRanFrom28March2020To7January2023(LocalDate entry, boolean inForce) {
    Evaluation e = baseline().ports("PEK", "PEK").visits("110105")
        .times(entry.atTime(10, 0), entry.plusDays(3).atTime(10, 0)).evaluate();
    assertStatus(inForce ? Status.PASS : Status.FAIL, e, TRANSIT_144H, POLICY_IN_FORCE);
    assertStatus(inForce ? Status.PASS : Status.FAIL, e, TRANSIT_72H, POLICY_IN_FORCE);
    if (inForce) {
      assertVisaFreeUnder(TRANSIT_144H, e);
    } else {
      assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    }
  }

  @Test
  void aStayBeyondEveryZonesHoursFailsWhereTheZoneIsNotKnown() {
    // Beijing Daxing: only a weak source puts it in a zone, yet a month is beyond 144 hours anywhere
    Evaluation e = baseline().ports("PKX", "PEK").visits()
        .times(LocalDateTime.of(2023, 1, 8, 0, 56), LocalDateTime.of(2023, 2, 8, 0, 1)).evaluate();
    assertStatus(Status.UNKNOWN, e, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    assertStatus(Status.FAIL, e, TRANSIT_144H, STAY_WITHIN_LIMIT);
    Evaluation within = baseline().ports("PKX", "PEK").visits()
        .times(LocalDateTime.of(2023, 1, 8, 0, 56), LocalDateTime.of(2023, 1, 10, 0, 1)).evaluate();
    assertStatus(Status.UNKNOWN, within, TRANSIT_144H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.NEEDS_REVIEW, within.verdict(), within::toString);
  }
}
