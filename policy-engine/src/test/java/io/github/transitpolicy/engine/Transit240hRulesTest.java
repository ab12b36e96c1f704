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
import static io.github.transitpolicy.model.FindingCode.NO_ADVERSE_RECORD;
import static io.github.transitpolicy.model.FindingCode.ONWARD_TICKET_CONFIRMED;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.PURPOSE_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.TRANSIT_240H;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per rule of 240-hour transit (SPEC 3.1) and per outcome. */
class Transit240hRulesTest {

  // POLICY_IN_FORCE

  @Test
  void policyInForceFailsTheDayBeforeThe240HourPolicyWhereThe144HourSchemeAnswers() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2024, 12, 16)).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, POLICY_IN_FORCE);
    assertMessage(f, "2024-12-16", "2024-12-17", "72/144-hour");
    assertEquals(Optional.empty(), e.regime());
  }

  @Test
  void policyInForceIsUnknownBeforeEveryKnownTransitScheme() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2012, 12, 31)).evaluate();
    Finding f = assertStatus(UNKNOWN, e, TRANSIT_240H, POLICY_IN_FORCE);
    assertMessage(f, "2012-12-31", "2024-12-17");
    assertEquals(Optional.empty(), e.regime());
  }

  @Test
  void policyInForcePassesOnItsFirstDay() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2024, 12, 17)).evaluate();
    Finding f = assertStatus(PASS, e, TRANSIT_240H, POLICY_IN_FORCE);
    assertMessage(f, "2024-12-17");
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(LocalDate.of(2024, 12, 17), e.policyVersion().orElseThrow().effective());
  }

  @ParameterizedTest(name = "entry {0}: version {1}")
  @CsvSource({
    "2024-12-17, 2024-12-17",
    "2025-06-11, 2024-12-17",
    "2025-06-12, 2025-06-12",
    "2025-11-04, 2025-06-12",
    "2025-11-05, 2025-11-05",
    "2026-08-19, 2025-11-05",
    "2026-08-20, 2026-08-20",
  })
  void thePolicyVersionIsTheOneInForceOnTheEntryDate(LocalDate entry, LocalDate version) {
    Evaluation e = baseline().enteringOn(entry).evaluate();
    assertEquals(version, e.policyVersion().orElseThrow().effective());
  }

  // NATIONALITY_ELIGIBLE

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "US,  2025-12-01, PASS",
    "USA, 2025-12-01, PASS",
    "D,   2025-12-01, PASS",
    "GB,  2025-12-01, PASS",
    "IN,  2025-12-01, FAIL",
    "GBN, 2025-12-01, UNKNOWN",
    "GBD, 2025-12-01, UNKNOWN",
    "XXA, 2025-12-01, FAIL",
    "UNO, 2025-12-01, FAIL",
    "ID,  2025-06-11, FAIL",
    "ID,  2025-06-12, PASS",
    "VN,  2026-08-19, FAIL",
    "VN,  2026-08-20, PASS",
    "KG,  2026-08-19, FAIL",
    "KG,  2026-08-20, PASS",
  })
  void nationalityEligibleFollowsTheListInForceOnTheEntryDate(String nationality, LocalDate entry, Status expected) {
    Evaluation e = baseline().nationality(nationality).enteringOn(entry).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, NATIONALITY_ELIGIBLE);
    CountryCode code = CountryCode.of(nationality);
    assertMessage(f, code.code());
    if (code.kind() == CountryCode.Kind.COUNTRY) {
      assertMessage(f, entry.toString());
    }
  }

  @Test
  void nationalityNotYetEligibleSaysWhenItWillBe() {
    Evaluation e = baseline().nationality("VN").enteringOn(LocalDate.of(2026, 8, 19)).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, NATIONALITY_ELIGIBLE);
    assertMessage(f, "VN", "2026-08-19", "2026-08-20");
  }

  @Test
  void britishNationalOverseasIsUnknownAndNamed() {
    Evaluation e = baseline().nationality("GBN").evaluate();
    Finding f = assertStatus(UNKNOWN, e, TRANSIT_240H, NATIONALITY_ELIGIBLE);
    assertMessage(f, "GBN");
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
  }

  // DOCUMENT_ACCEPTED

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ORDINARY_PASSPORT,         PASS",
    "DIPLOMATIC_PASSPORT,       PASS",
    "SERVICE_PASSPORT,          PASS",
    "OFFICIAL_PASSPORT,         PASS",
    "EMERGENCY_PASSPORT,        UNKNOWN",
    "REFUGEE_TRAVEL_DOCUMENT,   FAIL",
    "STATELESS_TRAVEL_DOCUMENT, FAIL",
  })
  void documentAcceptedByKindOfDocument(DocumentType type, Status expected) {
    Evaluation e = baseline().document(type).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, DOCUMENT_ACCEPTED);
    assertMessage(f, type.isPassport() ? "passport" : "document");
  }

  @Test
  void anEmergencyPassportLeavesOnlyTheDocumentUnknown() {
    Evaluation e = baseline().document(DocumentType.EMERGENCY_PASSPORT).evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
    assertEquals(Optional.empty(), e.regime());
  }

  // DOCUMENT_VALIDITY

  @ParameterizedTest(name = "entry {0}, expiry {1}: {2}")
  @CsvSource({
    "2025-12-01, 2026-03-01, PASS",
    "2025-12-01, 2026-02-28, FAIL",
    "2025-12-01, 2027-06-30, PASS",
    "2025-11-30, 2026-02-28, PASS",
    "2025-11-30, 2026-02-27, FAIL",
    "2025-12-01, 2025-12-20, FAIL",
  })
  void documentValidityNeedsThreeCalendarMonthsFromEntry(LocalDate entry, LocalDate expiry, Status expected) {
    Evaluation e = baseline().enteringOn(entry).expiry(expiry).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, DOCUMENT_VALIDITY);
    assertMessage(f, expiry.toString(), entry.plusMonths(3).toString());
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
  }

  // ENTRY_PORT_DESIGNATED

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "PVG,               2025-12-01, PASS",
    "浦东机场,           2025-12-01, PASS",
    "ZSPD,              2025-12-01, PASS",
    "pvg,               2025-12-01, PASS",
    "ZZZ,               2025-12-01, FAIL",
    "口岸X,             2025-12-01, FAIL",
    "URC,               2025-12-01, FAIL",
    "ROAD-MANZHOULI,    2025-12-01, FAIL",
    "ROAD-LUOHU,        2025-12-01, FAIL",
    "RAIL-WEST-KOWLOON, 2025-11-04, FAIL",
    "RAIL-WEST-KOWLOON, 2025-11-05, PASS",
    "ROAD-HENGQIN,      2025-11-04, FAIL",
    "ROAD-HENGQIN,      2025-11-05, PASS",
    "SEA-ZHONGSHAN,     2025-11-04, FAIL",
    "SEA-ZHONGSHAN,     2025-11-05, PASS",
  })
  void entryPortDesignated(String port, LocalDate entry, Status expected) {
    Evaluation e = baseline().arrivalPort(port).enteringOn(entry).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, ENTRY_PORT_DESIGNATED);
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
    if (expected == PASS) {
      assertMessage(f, entry.toString());
    }
  }

  @Test
  void anUnknownEntryPortFailsAndIsNamed() {
    Evaluation e = baseline().arrivalPort("ZZZ").evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, ENTRY_PORT_DESIGNATED);
    assertMessage(f, "\"ZZZ\"");
  }

  @Test
  void aPortDesignatedLaterSaysFromWhen() {
    Evaluation e = baseline().arrivalPort("RAIL-WEST-KOWLOON").enteringOn(LocalDate.of(2025, 11, 4)).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, ENTRY_PORT_DESIGNATED);
    assertMessage(f, "RAIL-WEST-KOWLOON", "2025-11-04", "2025-11-05");
  }

  @Test
  void aKnownNonDesignatedPortIsNamed() {
    Evaluation e = baseline().arrivalPort("URC").evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, ENTRY_PORT_DESIGNATED);
    assertMessage(f, "URC", "2025-12-01");
  }

  // EXIT_PORT_PERMITTED

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "PEK,               PASS",
    "PVG,               PASS",
    "CTU,               PASS",
    "ROAD-LUOHU,        PASS",
    "罗湖,               PASS",
    "ROAD-HUANGGANG,    PASS",
    "ROAD-GONGBEI,      PASS",
    "SEA-ZHUHAI,        PASS",
    "RAIL-WEST-KOWLOON, PASS",
    "URC,               FAIL",
    "ROAD-MANZHOULI,    FAIL",
    "ROAD-DONGXING,     FAIL",
    "ZZZ,               UNKNOWN",
  })
  void exitPortPermitted(String port, Status expected) {
    Evaluation e = baseline().departurePort(port).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, EXIT_PORT_PERMITTED);
    assertMessage(f, expected == UNKNOWN ? "\"" + port + "\"" : "");
    Verdict verdict = expected == PASS ? Verdict.VISA_FREE
        : expected == UNKNOWN ? Verdict.NEEDS_REVIEW : Verdict.VISA_REQUIRED;
    assertEquals(verdict, e.verdict());
  }

  @Test
  void aGuangdongOpenPortNotInAnnex2IsAPermittedExitNamedInTheMessage() {
    Finding f = assertStatus(PASS, baseline().departurePort("ROAD-LUOHU").evaluate(), TRANSIT_240H,
        EXIT_PORT_PERMITTED);
    assertMessage(f, "ROAD-LUOHU");
  }

  @Test
  void aNonGuangdongNonDesignatedExitIsNamedInTheMessage() {
    Finding f = assertStatus(FAIL, baseline().departurePort("ROAD-MANZHOULI").evaluate(), TRANSIT_240H,
        EXIT_PORT_PERMITTED);
    assertMessage(f, "ROAD-MANZHOULI");
  }

  // ROUTE_TO_THIRD_COUNTRY

  @ParameterizedTest(name = "{0} -> mainland -> {1}: {2}")
  @CsvSource({
    "KR, JP, PASS",
    "KR, KR, FAIL",
    "HK, HK, FAIL",
    "US, HK, PASS",
    "HK, US, PASS",
    "HK, MO, PASS",
    "MO, TW, PASS",
    "TW, TW, FAIL",
    "CN, JP, FAIL",
    "JP, CN, FAIL",
    "CN, CN, FAIL",
    "US, US, FAIL",
  })
  void routeToThirdCountry(String from, String to, Status expected) {
    Evaluation e = baseline().route(from, to).evaluate();
    assertStatus(expected, e, TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void routeMessageNamesBothEnds() {
    Finding f = assertStatus(PASS, baseline().route("US", "HK").evaluate(), TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertMessage(f, "US", "HK");
    Finding back = assertStatus(FAIL, baseline().route("KR", "KR").evaluate(), TRANSIT_240H,
        ROUTE_TO_THIRD_COUNTRY);
    assertMessage(back, "KR");
  }

  @Test
  void routeIgnoresNationality() {
    // A Korean returning to Korea fails like anyone else; a Japanese going home passes like anyone else.
    assertStatus(FAIL, baseline().nationality("KR").route("KR", "KR").evaluate(), TRANSIT_240H,
        ROUTE_TO_THIRD_COUNTRY);
    assertStatus(PASS, baseline().nationality("JP").route("KR", "JP").evaluate(), TRANSIT_240H,
        ROUTE_TO_THIRD_COUNTRY);
  }

  // STAY_WITHIN_LIMIT

  @ParameterizedTest(name = "leave {0}: {1}")
  @CsvSource({
    "2025-12-01T10:01, PASS",
    "2025-12-11T23:59, PASS",
    "2025-12-12T00:00, PASS",
    "2025-12-12T00:01, FAIL",
    "2025-12-20T10:00, FAIL",
  })
  void stayWithinLimitIncludesTheDeadlineItself(LocalDateTime departure, Status expected) {
    Evaluation e = baseline().departureTime(departure).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, STAY_WITHIN_LIMIT);
    assertMessage(f, "24:00 on 2025-12-11");
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
  }

  @ParameterizedTest(name = "enter {0}")
  @CsvSource({"2025-12-01T00:00", "2025-12-01T00:01", "2025-12-01T10:00", "2025-12-01T23:59"})
  void anyEntryTimeOnTheFirstGivesTheSameDeadline(LocalDateTime arrival) {
    Evaluation e = baseline().arrivalTime(arrival).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(midnight(2025, 12, 12)), e.exitDeadline());
  }

  @Test
  void enteringJustAfterMidnightMovesTheDeadlineByADay() {
    Evaluation e = baseline().times(LocalDateTime.of(2025, 12, 2, 0, 0), LocalDateTime.of(2025, 12, 12, 20, 0))
        .evaluate();
    assertEquals(Optional.of(midnight(2025, 12, 13)), e.exitDeadline());
  }

  // ONWARD_TICKET_CONFIRMED

  @Test
  void onwardTicketConfirmedPasses() {
    assertStatus(PASS, baseline().evaluate(), TRANSIT_240H, ONWARD_TICKET_CONFIRMED);
  }

  @Test
  void onwardTicketWithoutAConfirmedDateFails() {
    Evaluation e = baseline().onwardTicketConfirmed(false).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, ONWARD_TICKET_CONFIRMED);
    assertMessage(f, "ticket");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  // PURPOSE_PERMITTED

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Purpose.class, names = {"TOURISM", "BUSINESS", "VISIT", "FAMILY_VISIT", "EXCHANGE", "TRANSIT"})
  void permittedPurposesPass(Purpose purpose) {
    Evaluation e = baseline().purpose(purpose).evaluate();
    assertStatus(PASS, e, TRANSIT_240H, PURPOSE_PERMITTED);
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Purpose.class, names = {"WORK", "STUDY", "JOURNALISM", "CREW"})
  void purposesThatNeedAVisaFail(Purpose purpose) {
    Evaluation e = baseline().purpose(purpose).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, PURPOSE_PERMITTED);
    assertMessage(f, "needs a visa");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  // VISITS_WITHIN_AREA

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "320500, PASS",
    "320506, PASS",
    "320000, PASS",
    "110000, PASS",
    "510100, PASS",
    "510104, PASS",
    "140200, PASS",
    "511300, FAIL",
    "540100, FAIL",
    "540000, FAIL",
    "650100, FAIL",
    "140300, FAIL",
    "510000, UNKNOWN",
    "530000, UNKNOWN",
    "329999, UNKNOWN",
    "519999, UNKNOWN",
  })
  void visitsWithinArea(String place, Status expected) {
    Evaluation e = baseline().visits(place).evaluate();
    Finding f = assertStatus(expected, e, TRANSIT_240H, VISITS_WITHIN_AREA);
    if (expected != PASS) {
      assertMessage(f, place);
    }
  }

  @Test
  void noPlannedVisitsPass() {
    Evaluation e = baseline().visits().evaluate();
    assertStatus(PASS, e, TRANSIT_240H, VISITS_WITHIN_AREA);
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }

  @Test
  void crossProvinceTravelWithinTheAreaPasses() {
    Evaluation e = baseline().visits("310000", "440300", "510100").evaluate();
    assertStatus(PASS, e, TRANSIT_240H, VISITS_WITHIN_AREA);
    assertEquals(Verdict.VISA_FREE, e.verdict());
  }

  @Test
  void onePlaceOutsideFailsTheWholeItineraryAndIsNamed() {
    Evaluation e = baseline().visits("310000", "511300", "510100").evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, VISITS_WITHIN_AREA);
    assertMessage(f, "511300", "Nanchong");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void aPlaceOutsideWinsOverAnUnresolvedOne() {
    Evaluation e = baseline().visits("510000", "540100").evaluate();
    assertStatus(FAIL, e, TRANSIT_240H, VISITS_WITHIN_AREA);
  }

  @Test
  void aPartlyCoveredProvinceLeavesTheVerdictToReview() {
    Evaluation e = baseline().visits("510000").evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
  }

  // NO_ADVERSE_RECORD

  @Test
  void noAdverseRecordPassesWithoutDeclarations() {
    assertStatus(PASS, baseline().evaluate(), TRANSIT_240H, NO_ADVERSE_RECORD);
  }

  @Test
  void aDeclaredVisaRefusalFails() {
    Evaluation e = baseline().visaRefusalDeclared(true).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, NO_ADVERSE_RECORD);
    assertMessage(f, "refusal");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void aDeclaredImmigrationViolationFails() {
    Evaluation e = baseline().immigrationViolationDeclared(true).evaluate();
    Finding f = assertStatus(FAIL, e, TRANSIT_240H, NO_ADVERSE_RECORD);
    assertMessage(f, "5 years");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }
}
