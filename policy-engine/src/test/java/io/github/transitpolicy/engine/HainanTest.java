package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_ACCEPTED;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_VALIDITY;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_DESIGNATED;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.PURPOSE_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.HAINAN_30D;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hainan's 30-day visa-free entry (SPEC 3.6, FACTS 8): each rule and its boundary dates. */
class HainanTest {

  /** A US tourist, Hong Kong - Sanya - Hong Kong, 20 days from 2025-12-01, visiting Sanya. */
  private static Trips.Builder hongKongSanya() {
    return baseline().nationality("US").ports("SYX", "SYX").route("HK", "HK").visits("460200")
        .expiry(LocalDate.of(2030, 1, 1))
        .times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 21, 10, 0));
  }

  private static Trips.Builder enteringOn(LocalDate day) {
    return hongKongSanya().times(day.atTime(10, 0), day.plusDays(5).atTime(10, 0));
  }

  @Test
  void anAmericanInSanyaForTwentyDaysIsVisaFreeUnderHainansEntry() {
    Evaluation e = hongKongSanya().evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(HAINAN_30D), e.regime());
    assertEquals(List.of(HAINAN_30D), e.passingRegimes());
    // 30 days from 00:00 on 2 December.
    assertEquals(Optional.of(midnight(2026, 1, 1)), e.exitDeadline());
    // The 240-hour route rule fails (Hong Kong both ways): the wrong "no" this regime fixes.
    assertStatus(FAIL, e, Regime.TRANSIT_240H, io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY);
    for (Finding f : e.findings(HAINAN_30D)) {
      assertEquals(PASS, f.status(), f::toString);
    }
    assertEquals(List.of(io.github.transitpolicy.model.PlaceCode.of("460000")),
        List.copyOf(e.permittedArea().wholeProvinces()));
  }

  @Test
  void aTravellerEligibleForBoth240HourTransitAndHainanIsToldBoth() {
    Evaluation e = hongKongSanya().ports("HAK", "HAK").route("KR", "JP").visits("460100")
        .times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 6, 10, 0)).evaluate();
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(List.of(Regime.TRANSIT_240H, HAINAN_30D), e.passingRegimes());
  }

  @ParameterizedTest(name = "entering {0}: {1}")
  @CsvSource({
      "2018-04-30, FAIL", "2018-05-01, PASS", "2020-03-27, PASS", "2020-03-28, FAIL",
      "2023-03-14, FAIL", "2023-03-15, PASS"})
  void theSchemeIsInForceFrom2018AndSuspendedDuringThePandemic(LocalDate day, Status expected) {
    Evaluation e = enteringOn(day).evaluate();
    Finding f = assertStatus(expected, e, HAINAN_30D, POLICY_IN_FORCE);
    assertMessage(f, day.toString());
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "US, 2025-12-01, PASS", "GB, 2019-06-01, PASS", "ID, 2019-06-01, PASS", "PH, 2025-12-01, PASS",
      "IN, 2025-12-01, FAIL", "KG, 2026-08-19, FAIL", "KG, 2026-08-20, PASS", "VN, 2026-08-20, PASS",
      "GBN, 2025-12-01, UNKNOWN"})
  void theListIsDated(String nationality, LocalDate day, Status expected) {
    assertStatus(expected, enteringOn(day).nationality(nationality).evaluate(), HAINAN_30D, NATIONALITY_ELIGIBLE);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "TOURISM, 2019-06-01, PASS", "BUSINESS, 2024-02-08, FAIL", "BUSINESS, 2024-02-09, PASS",
      "FAMILY_VISIT, 2024-02-09, PASS", "VISIT, 2025-12-01, PASS", "WORK, 2025-12-01, FAIL",
      "STUDY, 2025-12-01, FAIL", "JOURNALISM, 2025-12-01, FAIL"})
  void thePurposesWidenedOn9February2024(Purpose purpose, LocalDate day, Status expected) {
    assertStatus(expected, enteringOn(day).purpose(purpose).evaluate(), HAINAN_30D, PURPOSE_PERMITTED);
  }

  @Test
  void entryMustBeThroughAnOpenPortOfHainan() {
    Evaluation shanghai = hongKongSanya().ports("PVG", "SYX").evaluate();
    assertMessage(assertStatus(FAIL, shanghai, HAINAN_30D, ENTRY_PORT_DESIGNATED), "PVG");
    assertStatus(PASS, hongKongSanya().ports("SEA-HAIKOU", "HAK").evaluate(), HAINAN_30D, ENTRY_PORT_DESIGNATED);
    assertStatus(UNKNOWN, hongKongSanya().ports("ZZZ", "SYX").evaluate(), HAINAN_30D, ENTRY_PORT_DESIGNATED);
  }

  @Test
  void exitThroughAPortOutsideHainanIsUnknown() {
    Evaluation e = hongKongSanya().ports("SYX", "PVG").evaluate();
    assertMessage(assertStatus(UNKNOWN, e, HAINAN_30D, EXIT_PORT_PERMITTED), "PVG");
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
  }

  @Test
  void theStayIsInHainanOnly() {
    Evaluation e = hongKongSanya().visits("460200", "310000").evaluate();
    assertMessage(assertStatus(FAIL, e, HAINAN_30D, VISITS_WITHIN_AREA), "310000");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void thirtyDaysCountFromTheNextMidnight() {
    assertStatus(PASS, hongKongSanya().departureTime(LocalDateTime.of(2026, 1, 1, 0, 0)).evaluate(), HAINAN_30D,
        STAY_WITHIN_LIMIT);
    Finding late = assertStatus(FAIL, hongKongSanya().departureTime(LocalDateTime.of(2026, 1, 1, 0, 1)).evaluate(),
        HAINAN_30D, STAY_WITHIN_LIMIT);
    assertMessage(late, "30");
  }

  @Test
  void ordinaryPassportsValidThroughDepartureOnly() {
    assertStatus(UNKNOWN, hongKongSanya().document(DocumentType.DIPLOMATIC_PASSPORT).evaluate(), HAINAN_30D,
        DOCUMENT_ACCEPTED);
    assertStatus(FAIL, hongKongSanya().document(DocumentType.REFUGEE_TRAVEL_DOCUMENT).evaluate(), HAINAN_30D,
        DOCUMENT_ACCEPTED);
    assertStatus(FAIL, hongKongSanya().expiry(LocalDate.of(2025, 12, 10)).evaluate(), HAINAN_30D,
        DOCUMENT_VALIDITY);
  }

  @Test
  void aMutualExemptionComesFirst() {
    // Thailand has a mutual agreement (30 days) and is on Hainan's list: the agreement "从其规定".
    Evaluation e = hongKongSanya().nationality("TH").evaluate();
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(List.of(Regime.VISA_EXEMPTION, HAINAN_30D), e.passingRegimes());
  }
}
