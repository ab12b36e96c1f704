package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import io.github.transitpolicy.model.VisaCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How the findings of the three regimes combine into a verdict (SPEC 3.4). */
class VerdictTest {

  // NOT_APPLICABLE

  @ParameterizedTest(name = "nationality {0}")
  @CsvSource({"CN", "CHN", "HK", "MO", "TW"})
  void chineseCitizensAndRegionsAreNotApplicable(String nationality) {
    Evaluation e = baseline().nationality(nationality).evaluate();
    assertEquals(Verdict.NOT_APPLICABLE, e.verdict());
    assertEquals(Optional.empty(), e.regime());
    assertEquals(Optional.empty(), e.exitDeadline());
    assertEquals(Optional.empty(), e.suggestedVisa());
    assertEquals(ArrivalCard.Requirement.NOT_REQUIRED, e.arrivalCard().requirement());
    assertFalse(e.notes().isEmpty());
    assertEquals(109, e.findings().size(), "the findings are still all reported");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DocumentType.class, names = {"HK_MACAO_RESIDENT_PERMIT", "TAIWAN_RESIDENT_PERMIT"})
  void residentPermitsAreNotApplicable(DocumentType type) {
    Evaluation e = baseline().document(type).evaluate();
    assertEquals(Verdict.NOT_APPLICABLE, e.verdict());
    assertEquals(Optional.empty(), e.regime());
    assertFalse(e.inspectionFree());
    LocalizedText note = e.notes().get(0);
    assertTrue(note.render(Locale.ENGLISH).contains("Hong Kong"));
    assertFalse(note.render(Locale.CHINESE).isBlank());
  }

  @Test
  void aForeignHolderOfTheHongKongMacaoPermitIsExemptFromTheArrivalCard() {
    Evaluation e = baseline().document(DocumentType.HK_MACAO_RESIDENT_PERMIT).evaluate();
    assertEquals(ArrivalCard.Requirement.EXEMPT, e.arrivalCard().requirement());
  }

  @Test
  void aChineseCitizenStayingInPortIsStillNotApplicable() {
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    Evaluation e = baseline().nationality("CN").ports("PVG", "PVG").times(arrival, arrival.plusHours(5))
        .staysInPort(true).evaluate();
    assertEquals(Verdict.NOT_APPLICABLE, e.verdict());
    assertFalse(e.inspectionFree());
  }

  // NEEDS_REVIEW

  @Test
  void anUnknownExitPortWhenEverythingElseFailsNeedsReview() {
    Evaluation e = baseline().departurePort("ZZZ").evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict());
    assertEquals(Optional.empty(), e.regime());
    assertEquals(Optional.empty(), e.exitDeadline());
    assertEquals(Optional.empty(), e.suggestedVisa());
    List<Finding> unknown = e.findings(Regime.TRANSIT_240H).stream().filter(f -> f.status() == Status.UNKNOWN)
        .collect(Collectors.toList());
    assertEquals(1, unknown.size());
    assertEquals(FindingCode.EXIT_PORT_PERMITTED, unknown.get(0).code());
    assertTrue(e.findings(Regime.TRANSIT_240H).stream().noneMatch(f -> f.status() == Status.FAIL));
    assertTrue(e.findings(Regime.VISA_EXEMPTION).stream().anyMatch(f -> f.status() == Status.FAIL));
    assertTrue(e.findings(Regime.DIRECT_TRANSIT_24H).stream().anyMatch(f -> f.status() == Status.FAIL));
  }

  @Test
  void anUnknownBeatsNothingButAPassingRegimeWins() {
    // FR visiting Sichuan province, only part of which is in the 240-hour area: unknown there, but the
    // exemption covers the whole mainland and passes, so the unknown does not matter.
    Evaluation e = baseline().nationality("FR").visits("510000").evaluate();
    assertEquals(Status.UNKNOWN, Trips.status(e, Regime.TRANSIT_240H, FindingCode.VISITS_WITHIN_AREA));
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.VISA_EXEMPTION), e.regime());
  }

  @Test
  void anUnknownAndAFailureInTheSameRegimeIsAFailure() {
    Evaluation e = baseline().departurePort("ZZZ").visaRefusalDeclared(true).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(Optional.of(VisaCategory.L), e.suggestedVisa());
  }

  // VISA_REQUIRED

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "TOURISM,      L",
    "BUSINESS,     M",
    "TRANSIT,      G",
    "VISIT,        F",
    "EXCHANGE,     F",
    "FAMILY_VISIT, Q2",
    "WORK,         Z",
    "STUDY,        X2",
    "JOURNALISM,   J2",
    "CREW,         C",
  })
  void aVisaIsSuggestedByPurpose(Purpose purpose, VisaCategory visa) {
    Evaluation e = baseline().nationality("IN").purpose(purpose).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(Optional.of(visa), e.suggestedVisa());
    assertEquals(Optional.empty(), e.regime());
    assertEquals(Optional.empty(), e.exitDeadline());
  }

  @Test
  void familyVisitsSuggestQ2WithANoteAboutS2() {
    Evaluation e = baseline().nationality("IN").purpose(Purpose.FAMILY_VISIT).evaluate();
    assertEquals(Optional.of(VisaCategory.Q2), e.suggestedVisa());
    assertEquals(1, e.notes().size());
    String en = e.notes().get(0).render(Locale.ENGLISH);
    String zh = e.notes().get(0).render(Locale.CHINESE);
    assertTrue(en.contains("S2"), en);
    assertTrue(en.contains("Q2"), en);
    assertTrue(zh.contains("S2"), zh);
    assertFalse(en.equals(zh));
  }

  @Test
  void otherPurposesHaveNoAlternativeNote() {
    Evaluation e = baseline().nationality("IN").purpose(Purpose.TOURISM).evaluate();
    assertTrue(e.notes().isEmpty());
  }

  @ParameterizedTest(name = "study for {0} days: {1}")
  @CsvSource({
    "30,  X2",
    "179, X2",
    "180, X1",
    "400, X1",
  })
  void studySuggestsX2ForShortAndX1ForLongStays(int days, VisaCategory visa) {
    // the stay in days counts the day of arrival: arrival plus 179 days is a 180-day stay
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    Evaluation e = baseline().nationality("IN").purpose(Purpose.STUDY)
        .times(arrival, arrival.plusDays(days)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(Optional.of(visa), e.suggestedVisa());
  }

  @Test
  void longJournalismSuggestsJ1() {
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    Evaluation e = baseline().nationality("IN").purpose(Purpose.JOURNALISM)
        .times(arrival, arrival.plusDays(365)).evaluate();
    assertEquals(Optional.of(VisaCategory.J1), e.suggestedVisa());
  }

  @Test
  void noVisaIsSuggestedWhenVisaFree() {
    Evaluation e = baseline().evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.empty(), e.suggestedVisa());
  }

  @Test
  void anEligibleTravellerWhoWorksNeedsAZVisa() {
    Evaluation e = baseline().purpose(Purpose.WORK).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertEquals(Optional.of(VisaCategory.Z), e.suggestedVisa());
  }

  // arrival card

  @ParameterizedTest(name = "entry {0}")
  @CsvSource({"2025-11-19", "2025-11-20", "2025-12-01"})
  void a240HourTravellerFilesAnArrivalCard(LocalDate entry) {
    Evaluation e = baseline().enteringOn(entry).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement());
  }

  @Test
  void aVisaRequiredTravellerFilesAnArrivalCard() {
    Evaluation e = baseline().nationality("IN").evaluate();
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement());
  }

  // failures()

  @Test
  void failuresAreExactlyTheFailFindingsInOrder() {
    Evaluation e = baseline().nationality("IN").route("KR", "KR").visits("540100").evaluate();
    List<Finding> fails = e.findings().stream().filter(f -> f.status() == Status.FAIL)
        .collect(Collectors.toList());
    assertEquals(fails, e.failures());
    assertTrue(e.failures().stream().anyMatch(f -> f.regime() == Regime.TRANSIT_240H
        && f.code() == FindingCode.VISITS_WITHIN_AREA));
    assertStatus(Status.FAIL, e, Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY);
    assertStatus(Status.FAIL, e, Regime.DIRECT_TRANSIT_24H, FindingCode.ROUTE_TO_THIRD_COUNTRY);
  }

  @Test
  void theRegimeOrderIsDirectTransitThenExemptionThen240Hours() {
    // a French traveller staying airside for 5 hours passes all three regimes of the mainland at Pudong
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    Evaluation e = baseline().nationality("FR").ports("PVG", "PVG").times(arrival, arrival.plusHours(5))
        .staysInPort(true).evaluate();
    for (Finding f : e.findings()) {
      if (List.of(Regime.DIRECT_TRANSIT_24H, Regime.VISA_EXEMPTION, Regime.TRANSIT_240H).contains(f.regime())) {
        assertEquals(Status.PASS, f.status(), f::toString);
      }
    }
    // Residence, between direct transit and the exemption, fails only for want of a residence document.
    assertEquals(Status.FAIL, Trips.status(e, Regime.RESIDENCE, FindingCode.RESIDENCE_DOCUMENT_HELD));
    // The 72/144-hour schemes ended on 2024-12-16.
    assertEquals(Status.FAIL, Trips.status(e, Regime.TRANSIT_144H, FindingCode.POLICY_IN_FORCE));
    assertEquals(Status.FAIL, Trips.status(e, Regime.TRANSIT_72H, FindingCode.POLICY_IN_FORCE));
    assertEquals(List.of(Regime.DIRECT_TRANSIT_24H, Regime.VISA_EXEMPTION, Regime.TRANSIT_240H), e.passingRegimes());
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
    assertEquals(Optional.of(Trips.beijing(2025, 12, 2, 10, 0)), e.exitDeadline());
  }

  @Test
  void describeListsVerdictRegimeDeadlineAndFindings() {
    Evaluation e = baseline().evaluate();
    String en = e.describe(Locale.ENGLISH);
    assertTrue(en.contains("VISA_FREE"));
    assertTrue(en.contains("TRANSIT_240H"));
    assertTrue(en.contains("2025-12-12T00:00+08:00[Asia/Shanghai]"));
    String zh = e.describe(Locale.CHINESE);
    assertTrue(zh.contains("结论"));
    assertFalse(en.equals(zh));
  }
}
