package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import io.github.transitpolicy.model.VisaCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Edges where a naive reading of the rules gives a wrong answer. */
class PolicyEdgesTest {

  /**
   * Before 2024-12-17 the 72/144-hour schemes applied to this very trip (US, PVG, stay in Shanghai): the
   * dated 240-hour rules cannot judge it, and its POLICY_IN_FORCE fails, the older schemes being regimes
   * of their own (SPEC 3.8).
   */
  @ParameterizedTest
  @EnumSource(value = FindingCode.class, names = {
    "NATIONALITY_ELIGIBLE", "ENTRY_PORT_DESIGNATED", "EXIT_PORT_PERMITTED",
    "VISITS_WITHIN_AREA", "DOCUMENT_VALIDITY", "STAY_WITHIN_LIMIT"})
  void beforeThePolicyTheDatedRulesAreUnknown(FindingCode code) {
    Evaluation e = baseline().enteringOn(LocalDate.of(2024, 12, 16)).evaluate();
    assertStatus(Status.UNKNOWN, e, Regime.TRANSIT_240H, code);
    assertStatus(Status.FAIL, e, Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE);
  }

  @Test
  void beforeThePolicyAnOtherwiseEligibleTripIsJudgedByThe144HourScheme() {
    // the baseline trip leaves from Beijing, another zone, after more than 144 hours
    Evaluation e = baseline().enteringOn(LocalDate.of(2024, 12, 16)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertStatus(Status.FAIL, e, Regime.TRANSIT_144H, FindingCode.EXIT_PORT_PERMITTED);
    // the same stay within Shanghai-Jiangsu-Zhejiang and its 144 hours passes
    Evaluation within = baseline().ports("PVG", "PVG")
        .times(LocalDateTime.of(2024, 12, 16, 10, 0), LocalDateTime.of(2024, 12, 22, 23, 30)).evaluate();
    assertEquals(Verdict.VISA_FREE, within.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_144H), within.regime());
  }

  @Test
  void beforeEveryKnownTransitSchemeAnOtherwiseEligibleTripNeedsReview() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2012, 12, 31)).evaluate();
    assertStatus(Status.UNKNOWN, e, Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE);
    assertStatus(Status.FAIL, e, Regime.TRANSIT_72H, FindingCode.POLICY_IN_FORCE);
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
    assertEquals(Optional.empty(), e.regime());
  }

  @Test
  void beforeThePolicyARuleThatDoesNotDependOnTheDateStillFails() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2024, 12, 16)).route("KR", "KR").evaluate();
    assertStatus(Status.FAIL, e, Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY);
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
  }

  /** Malaysia: unilateral exemption until 2025-07-16, then the mutual agreement from 2025-07-17. */
  @Test
  void aTripSpanningTwoConsecutiveExemptionsIsCovered() {
    Evaluation e = baseline().nationality("MY").route("MY", "MY")
        .times(LocalDateTime.of(2025, 7, 10, 10, 0), LocalDateTime.of(2025, 7, 20, 10, 0)).evaluate();
    assertStatus(Status.PASS, e, Regime.VISA_EXEMPTION, FindingCode.POLICY_IN_FORCE);
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
  }

  @Test
  void aTripPastTheLastExemptionIsUnknownWhileItsEndLiesBeyondTheAsOfDay() {
    Evaluation e = baseline().nationality("FR").route("FR", "FR")
        .times(LocalDateTime.of(2026, 12, 20, 10, 0), LocalDateTime.of(2027, 1, 5, 10, 0)).evaluate();
    assertStatus(Status.UNKNOWN, e, Regime.VISA_EXEMPTION, FindingCode.POLICY_IN_FORCE);
    assertTrue(Trips.finding(e, Regime.VISA_EXEMPTION, FindingCode.POLICY_IN_FORCE)
        .message(Locale.ENGLISH).contains("2026-12-31"));
  }

  /** 181 calendar days counted both ends: a long-term study visa, even if under 181 x 24 hours. */
  @Test
  void theVisaLengthCountsCalendarDays() {
    LocalDateTime arrive = LocalDateTime.of(2026, 1, 1, 23, 0);
    Evaluation within = baseline().nationality("IN").purpose(Purpose.STUDY)
        .times(arrive, LocalDateTime.of(2026, 6, 29, 1, 0)).evaluate();
    assertEquals(Optional.of(VisaCategory.X2), within.suggestedVisa(), "180 calendar days");
    Evaluation beyond = baseline().nationality("IN").purpose(Purpose.STUDY)
        .times(arrive, LocalDateTime.of(2026, 6, 30, 1, 0)).evaluate();
    assertEquals(Optional.of(VisaCategory.X1), beyond.suggestedVisa(), "181 calendar days");
  }

  /** The evaluator remembers the visa of stays up to a year; a longer stay is asked of the catalogue. */
  @Test
  void aStayOfMoreThanAYearStillGetsTheCataloguesVisa() {
    LocalDateTime arrive = LocalDateTime.of(2026, 1, 1, 10, 0);
    for (int days : new int[] {366, 367, 500}) {
      Evaluation e = baseline().nationality("IN").purpose(Purpose.STUDY).expiry(LocalDate.of(2030, 1, 1))
          .times(arrive, arrive.plusDays(days - 1)).evaluate();
      assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
      assertEquals(Optional.of(TransitPolicy.bundled().catalogue().visaSuggestion(Purpose.STUDY, days).visa()),
          e.suggestedVisa(), days + " calendar days");
      assertEquals(Optional.of(VisaCategory.X1), e.suggestedVisa(), days + " calendar days");
    }
  }

  @Test
  void stayingInThePortForMoreThan24HoursIsFlaggedNotIgnored() {
    Evaluation e = baseline().staysInPort(true).evaluate();
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(1, e.notes().size());
    LocalizedText note = e.notes().get(0);
    assertTrue(note.render(Locale.ENGLISH).contains("stays in the port"), note.render(Locale.ENGLISH));
  }

  @Test
  void withoutAnyExemptionThePurposeIsJudgedByTheUnilateralTerms() {
    Evaluation e = baseline().nationality("IN").purpose(Purpose.WORK).evaluate();
    assertStatus(Status.FAIL, e, Regime.VISA_EXEMPTION, FindingCode.PURPOSE_PERMITTED);
    assertTrue(Trips.finding(e, Regime.VISA_EXEMPTION, FindingCode.PURPOSE_PERMITTED)
        .message(Locale.ENGLISH).contains("unilateral"));
  }
}
