package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.finding;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_ACCEPTED;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.PURPOSE_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.Regime.VISA_EXEMPTION;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Unilateral and mutual visa exemption for ordinary passports (SPEC 3.3, FACTS.md section 6). */
class VisaExemptionTest {

  /** A French tourist, Paris - Shanghai Pudong - Paris, 1 to 20 December 2025: no transit at all. */
  private static Trips.Builder parisShanghaiParis() {
    return baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
        .times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 20, 18, 0));
  }

  @Test
  void aFrenchRoundTripIsVisaFreeByExemptionWith30DaysFromTheDayAfterEntry() {
    Evaluation e = parisShanghaiParis().evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(Optional.of(midnight(2026, 1, 1)), e.exitDeadline());
    assertStatus(FAIL, e, Regime.TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    for (Finding f : e.findings(VISA_EXEMPTION)) {
      assertEquals(PASS, f.status(), f::toString);
    }
    assertTrue(e.permittedArea().contains(PlaceCode.of("540100")), "an exempt visitor may go anywhere");
    assertTrue(e.notes().isEmpty(), "a unilateral exemption has no 180-day cap");
  }

  @Test
  void theStayMessageSaysLeaveBy24HoursOnThe31stOfDecember() {
    Finding f = assertStatus(PASS, parisShanghaiParis().evaluate(), VISA_EXEMPTION, STAY_WITHIN_LIMIT);
    assertMessage(f, "30 days", "24:00 on 2025-12-31");
  }

  @ParameterizedTest(name = "leave {0}: {1}")
  @CsvSource({
    "2025-12-31T23:59, PASS",
    "2026-01-01T00:00, PASS",
    "2026-01-01T00:01, FAIL",
  })
  void theDeadlineItselfIsStillWithinTheStay(LocalDateTime departure, Status expected) {
    Evaluation e = parisShanghaiParis().departureTime(departure).evaluate();
    Finding f = assertStatus(expected, e, VISA_EXEMPTION, STAY_WITHIN_LIMIT);
    assertMessage(f, "2025-12-31");
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void exemptionComesBefore240HourTransitWhoseFindingsAreStillReported() {
    Evaluation e = baseline().nationality("FR").evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(Optional.of(midnight(2026, 1, 1)), e.exitDeadline());
    List<Finding> transit = e.findings(Regime.TRANSIT_240H);
    assertEquals(12, transit.size());
    for (Finding f : transit) {
      assertEquals(PASS, f.status(), f::toString);
    }
  }

  static Stream<Arguments> datedExemptions() {
    return TransitPolicy.bundled().catalogue().visaExemptions().stream()
        .filter(x -> x.validity().from().isPresent())
        .map(x -> Arguments.of(x.country().code(), x.kind(), x.validity().from().get(), x.longStanding()));
  }

  @ParameterizedTest(name = "{0} {1} from {2}, long-standing {3}")
  @MethodSource("datedExemptions")
  void everyExemptionStartsOnItsFirstDay(String country, ExemptionKind kind, LocalDate from, boolean longStanding) {
    Evaluation first = exemptionTrip(country, from).evaluate();
    Finding f = assertStatus(PASS, first, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertMessage(f, country, from.toString());
    assertStatus(PASS, first, VISA_EXEMPTION, POLICY_IN_FORCE);

    LocalDate before = from.minusDays(1);
    // A country whose unilateral exemption was followed by a mutual one is covered the day before.
    boolean coveredBefore = TransitPolicy.bundled().catalogue()
        .visaExemptions(io.github.transitpolicy.model.CountryCode.of(country)).stream()
        .anyMatch(x -> x.validity().contains(before));
    Evaluation dayBefore = exemptionTrip(country, before).evaluate();
    // Before the earliest sourced date of a long-standing exemption the tables cannot say: UNKNOWN.
    Status expected = coveredBefore ? PASS : longStanding ? UNKNOWN : FAIL;
    Finding b = assertStatus(expected, dayBefore, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    if (!coveredBefore) {
      assertMessage(b, country, before.toString(), from.toString());
      Finding policy = assertStatus(longStanding ? UNKNOWN : FAIL, dayBefore, VISA_EXEMPTION, POLICY_IN_FORCE);
      assertMessage(policy, longStanding ? from.toString() : before.toString());
      assertEquals(longStanding ? Verdict.NEEDS_REVIEW : Verdict.VISA_REQUIRED, dayBefore.verdict());
    }
  }

  @Test
  void theDatedExemptionsCoverTheTableOfFacts() {
    // Every row is dated now (issue 12 item 2): 47 unilateral rows, RU's two periods, BN and MY's unilateral row.
    long unilateral = TransitPolicy.bundled().catalogue().visaExemptions().stream()
        .filter(x -> x.kind() == ExemptionKind.UNILATERAL && x.validity().from().isPresent()).count();
    assertEquals(52, unilateral);
    assertTrue(TransitPolicy.bundled().catalogue().visaExemptions().stream()
        .allMatch(x -> x.validity().from().isPresent()));
  }

  /** Round trip from and to the traveller's own country, one week, entering on {@code day}. */
  private static Trips.Builder exemptionTrip(String country, LocalDate day) {
    String home = "CN".equals(country) ? "US" : country;
    return baseline().nationality(country).ports("PVG", "PVG").route(home, home)
        .times(day.atTime(10, 0), day.plusDays(7).atTime(10, 0));
  }

  @ParameterizedTest(name = "entry {0}: leave by {1}")
  @CsvSource({
    "2024-11-29, 2024-12-15",
    "2024-11-30, 2024-12-31",
    "2023-12-01, 2023-12-17",
  })
  void fifteenDaysBefore30November2024And30From(LocalDate entry, LocalDate deadline) {
    Evaluation e = baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
        .times(entry.atTime(10, 0), entry.plusDays(7).atTime(10, 0)).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(Optional.of(deadline.atStartOfDay(Trips.BEIJING)), e.exitDeadline());
  }

  @Test
  void leavingAfterThe15thDayFailsUnderTheOldTerms() {
    Evaluation e = baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
        .times(LocalDateTime.of(2024, 11, 29, 10, 0), LocalDateTime.of(2024, 12, 15, 0, 1)).evaluate();
    Finding f = assertStatus(FAIL, e, VISA_EXEMPTION, STAY_WITHIN_LIMIT);
    assertMessage(f, "15-day", "24:00 on 2024-12-14");
  }

  @ParameterizedTest(name = "entry {0}: exchange {1}")
  @CsvSource({
    "2024-11-29, FAIL",
    "2024-11-30, PASS",
  })
  void exchangeIsAdmittedFrom30November2024(LocalDate entry, Status expected) {
    Evaluation e = baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR").purpose(Purpose.EXCHANGE)
        .times(entry.atTime(10, 0), entry.plusDays(7).atTime(10, 0)).evaluate();
    Finding f = assertStatus(expected, e, VISA_EXEMPTION, PURPOSE_PERMITTED);
    assertMessage(f, "exchange");
    assertEquals(expected == PASS ? Verdict.VISA_FREE : Verdict.VISA_REQUIRED, e.verdict());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"WORK", "STUDY", "JOURNALISM", "CREW"})
  void theUnilateralExemptionDoesNotAdmitWork(Purpose purpose) {
    Evaluation e = parisShanghaiParis().purpose(purpose).evaluate();
    assertStatus(FAIL, e, VISA_EXEMPTION, PURPOSE_PERMITTED);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void aTripOutlastingAnEndKnownOnTheAsOfDayFailsPolicyInForce() {
    // Seen from 2027-03-01, the end of 2026-12-31 is a known end.
    Evaluation e = TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2027, 3, 1))).evaluate(
        baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
            .times(LocalDateTime.of(2026, 12, 20, 10, 0), LocalDateTime.of(2027, 1, 5, 10, 0)).build());
    Finding f = assertStatus(FAIL, e, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertMessage(f, "2026-12-31", "2027-01-05");
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void aTripEndingOnTheLastDayOfTheExemptionPasses() {
    Evaluation e = baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
        .times(LocalDateTime.of(2026, 12, 20, 10, 0), LocalDateTime.of(2026, 12, 31, 23, 0)).evaluate();
    Finding f = assertStatus(PASS, e, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertMessage(f, "2026-12-31");
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
  }

  @Test
  void anExemptionThatEndedNamesItsEnd() {
    // Malaysia's unilateral exemption ended on 2025-07-16 and the mutual agreement began on 2025-07-17.
    Evaluation e = exemptionTrip("MY", LocalDate.of(2025, 7, 16)).evaluate();
    assertStatus(PASS, e, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    Evaluation mutual = exemptionTrip("MY", LocalDate.of(2025, 7, 17)).evaluate();
    Finding f = assertStatus(PASS, mutual, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertMessage(f, "mutual");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"TH", "KZ", "MY", "GE", "UZ"})
  void aMutualAgreementWithA180DayCapGivesANoteNotAFailure(String country) {
    Evaluation e = exemptionTrip(country, LocalDate.of(2025, 12, 1)).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(Optional.of(midnight(2026, 1, 1)), e.exitDeadline());
    assertFalse(e.notes().isEmpty());
    LocalizedText note = e.notes().get(0);
    assertTrue(note.render(Locale.ENGLISH).contains("180"), () -> note.render(Locale.ENGLISH));
    assertTrue(note.render(Locale.ENGLISH).contains("90"), () -> note.render(Locale.ENGLISH));
    assertTrue(note.render(Locale.CHINESE).contains("180"));
    assertFalse(note.render(Locale.CHINESE).equals(note.render(Locale.ENGLISH)));
    assertTrue(e.failures().stream().noneMatch(f -> f.regime() == VISA_EXEMPTION));
  }

  @Test
  void aMutualAgreementWithoutACapGivesNoNote() {
    Evaluation e = exemptionTrip("SG", LocalDate.of(2025, 12, 1)).evaluate();
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertTrue(e.notes().isEmpty());
  }

  @Test
  void armeniaMay90DaysPerStay() {
    Evaluation e = exemptionTrip("AM", LocalDate.of(2025, 12, 1)).evaluate();
    assertEquals(Optional.of(midnight(2026, 3, 2)), e.exitDeadline());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EC", "SM"})
  void ecuadorAndSanMarinoHave30DaysAStay(String country) {
    // FACTS.md section 10: the terms are known now (30 days a stay, M); they used to be UNKNOWN.
    Evaluation e = exemptionTrip(country, LocalDate.of(2025, 12, 1)).evaluate();
    assertStatus(PASS, e, VISA_EXEMPTION, STAY_WITHIN_LIMIT);
    assertStatus(PASS, e, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    assertEquals(Optional.of(midnight(2026, 1, 1)), e.exitDeadline());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ORDINARY_PASSPORT,         PASS",
    "DIPLOMATIC_PASSPORT,       UNKNOWN",
    "SERVICE_PASSPORT,          UNKNOWN",
    "OFFICIAL_PASSPORT,         UNKNOWN",
    "EMERGENCY_PASSPORT,        UNKNOWN",
    "REFUGEE_TRAVEL_DOCUMENT,   FAIL",
    "STATELESS_TRAVEL_DOCUMENT, FAIL",
  })
  void theExemptionIsForOrdinaryPassports(DocumentType type, Status expected) {
    Evaluation e = parisShanghaiParis().document(type).evaluate();
    Finding f = assertStatus(expected, e, VISA_EXEMPTION, DOCUMENT_ACCEPTED);
    assertMessage(f, "ordinary passport");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "DIPLOMATIC_PASSPORT,       a diplomatic passport",
    "OFFICIAL_PASSPORT,         an official passport",
    "EMERGENCY_PASSPORT,        an emergency or temporary passport",
    "REFUGEE_TRAVEL_DOCUMENT,   a refugee travel document",
  })
  void theDocumentMessageUsesTheRightArticle(DocumentType type, String phrase) {
    Finding f = finding(parisShanghaiParis().document(type).evaluate(), VISA_EXEMPTION, DOCUMENT_ACCEPTED);
    assertMessage(f, phrase);
  }

  @Test
  void aDiplomaticPassportOnARoundTripNeedsReview() {
    Evaluation e = parisShanghaiParis().document(DocumentType.DIPLOMATIC_PASSPORT).evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
  }

  @Test
  void britishCitizensAreExemptFrom17February2026() {
    assertStatus(FAIL, exemptionTrip("GB", LocalDate.of(2026, 2, 16)).evaluate(), VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE);
    assertStatus(PASS, exemptionTrip("GB", LocalDate.of(2026, 2, 17)).evaluate(), VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE);
  }

  /** A nationality without an exemption that day is told when its exemptions start or ended. */
  @Test
  void aNationalityWithoutAnExemptionThatDayIsToldTheNearestDates() {
    String gb = finding(exemptionTrip("GB", LocalDate.of(2026, 2, 16)).evaluate(), VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE).message(Locale.ENGLISH);
    assertTrue(gb.endsWith("has no visa exemption on 2026-02-16; one starts on 2026-02-17."), gb);
    // Russia's two periods: the nearer start, and, seen after both, the later end.
    String ru = finding(exemptionTrip("RU", LocalDate.of(2025, 9, 1)).evaluate(), VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE).message(Locale.ENGLISH);
    assertTrue(ru.endsWith("has no visa exemption on 2025-09-01; one starts on 2025-09-15."), ru);
    TransitPolicy in2028 = TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2028, 6, 1)));
    Evaluation later = in2028.evaluate(exemptionTrip("RU", LocalDate.of(2028, 3, 1)).build());
    Finding ended = assertStatus(FAIL, later, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertTrue(ended.message(Locale.ENGLISH).endsWith("has no visa exemption on 2028-03-01; the last one ended on"
        + " 2027-12-31."), ended::toString);
    assertEquals(Verdict.VISA_REQUIRED, later.verdict(), later::toString);
    // A nationality that never had one is told no dates.
    String us = finding(exemptionTrip("US", LocalDate.of(2025, 12, 1)).evaluate(), VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE).message(Locale.ENGLISH);
    assertTrue(us.endsWith("has no visa exemption on 2025-12-01."), us);
  }

  /** Without the unilateral terms of the day, neither the stay limit nor the purposes are known: never a pass. */
  @Test
  void aUnilateralExemptionWithoutTheDaysTermsIsUnknownNotAPass() {
    TransitPolicy noTerms = TransitPolicy.using(
        Catalogues.bundledAnswering("unilateralTermsOn", args -> Optional.empty()));
    Evaluation e = noTerms.evaluate(exemptionTrip("FR", LocalDate.of(2025, 12, 1)).build());
    assertEquals("The tables give no stay limit for the unilateral exemption on the entry date.",
        assertStatus(UNKNOWN, e, VISA_EXEMPTION, STAY_WITHIN_LIMIT).message(Locale.ENGLISH));
    assertStatus(UNKNOWN, e, VISA_EXEMPTION, PURPOSE_PERMITTED);
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
    assertEquals(Optional.empty(), e.exitDeadline());
    // A mutual agreement has its own stay and purposes, whatever the unilateral terms.
    Evaluation thai = noTerms.evaluate(exemptionTrip("TH", LocalDate.of(2025, 12, 1)).build());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), thai.regime(), thai::toString);
  }

  @Test
  void otherBritishNationalsAreUnknown() {
    Evaluation e = exemptionTrip("GBN", LocalDate.of(2026, 3, 1)).route("GB", "GB").evaluate();
    Finding f = assertStatus(UNKNOWN, e, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertMessage(f, "GBN");
  }

  @Test
  void bruneiHasALongStandingExemptionWithoutDates() {
    Evaluation e = exemptionTrip("BN", LocalDate.of(2025, 12, 1)).evaluate();
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
    Finding f = assertStatus(PASS, e, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertMessage(f, "unilateral");
  }

  @Test
  void aCountryWithoutAnyExemptionFailsEveryNationalityDependentRule() {
    Evaluation e = exemptionTrip("US", LocalDate.of(2025, 12, 1)).evaluate();
    assertStatus(FAIL, e, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertStatus(FAIL, e, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertStatus(FAIL, e, VISA_EXEMPTION, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  @Test
  void everyExemptionRowNamesACountryTheModelKnows() {
    for (VisaExemption x : TransitPolicy.bundled().catalogue().visaExemptions()) {
      assertEquals(io.github.transitpolicy.model.CountryCode.Kind.COUNTRY, x.country().kind(), x::toString);
    }
  }
}
