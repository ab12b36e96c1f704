package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.baseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.VisaCategory;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three exemptions of announcement item 10 that the trip states (SPEC 3.5): a cruise passenger
 * returning on the same ship, a fast-lane entrant, foreign crew of the transport; each from 2025-11-20,
 * none admitting the traveller to any regime, and their order with the other four.
 */
class ArrivalCardTest {

  private static final LocalDate ITEM_10 = LocalDate.of(2025, 11, 20);

  /** An Indian (on no visa-free list) on a cruise, Shanghai to Xiamen, from and to Japan, no group. */
  private static Trips.Builder cruisePassenger(LocalDate day) {
    return baseline().nationality("IN").expiry(LocalDate.of(2030, 1, 1)).staysWithShip(true)
        .ports("SEA-SHANGHAI", "SEA-XIAMEN").route("JP", "JP")
        .times(day.atTime(8, 0), day.plusDays(3).atTime(18, 0)).visits("310100", "350200");
  }

  /** An Indian flying in and out of Shanghai: no regime admits them. */
  private static Trips.Builder indian(LocalDate day) {
    return baseline().nationality("IN").ports("PVG", "PVG").route("JP", "JP").enteringOn(day).visits("310100");
  }

  private static String reason(Evaluation e) {
    ArrivalCard card = e.arrivalCard();
    assertEquals(ArrivalCard.Requirement.EXEMPT, card.requirement(), e::toString);
    String en = card.reason().orElseThrow().render(Locale.ENGLISH);
    String zh = card.reason().orElseThrow().render(Locale.CHINESE);
    assertTrue(en.contains("NIA-2025-4#item10"), en);
    assertFalse(zh.isBlank());
    assertNotEquals(en, zh);
    return en;
  }

  private static void assertRequired(Evaluation e) {
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement(), e::toString);
  }

  /** The regimes' answers without the arrival card: what an exemption must leave as it was. */
  private static List<String> answers(Evaluation e) {
    List<String> out = e.findings().stream().map(f -> f.regime() + " " + f.code() + " " + f.status())
        .collect(Collectors.toList());
    out.add(e.verdict() + " " + e.regime() + " " + e.passingRegimes() + " " + e.suggestedVisa() + " "
        + e.exitDeadline());
    return out;
  }

  // ------------------------------------------------------------------ cruise passengers on the same ship

  @Test
  void aCruisePassengerStayingWithTheShipIsExemptWithoutAnyRegime() {
    Evaluation e = cruisePassenger(LocalDate.of(2025, 12, 1)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), "no group: the cruise regime does not admit them");
    assertTrue(reason(e).contains("same ship"), e.arrivalCard()::toString);
  }

  @Test
  void aCruisePassengerWhoLeavesTheShipFilesTheCard() {
    assertRequired(cruisePassenger(LocalDate.of(2025, 12, 1)).staysWithShip(false).evaluate());
  }

  @Test
  void stayingWithTheShipMeansNoCruiseWhenEitherEndIsNotASeaport() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    assertRequired(cruisePassenger(day).arrivalPort("PVG").evaluate());
    assertRequired(cruisePassenger(day).departurePort("XMN").evaluate());
    assertRequired(cruisePassenger(day).arrivalPort("ROAD-LUOHU").evaluate());
    assertRequired(cruisePassenger(day).arrivalPort("Atlantis harbour").evaluate());
  }

  @Test
  void aCruisePassengerFiledTheCardBefore20November2025() {
    assertRequired(cruisePassenger(ITEM_10.minusDays(1)).evaluate());
    assertTrue(reason(cruisePassenger(ITEM_10).evaluate()).contains("same ship"));
  }

  @Test
  void aCruiseGroupMemberIsExemptAsAGroupMemberFirst() {
    Evaluation e = cruisePassenger(LocalDate.of(2025, 12, 1))
        .tourGroup(TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 5)).evaluate();
    assertEquals(Optional.of(Regime.CRUISE_GROUP_15D), e.regime(), e::toString);
    assertTrue(reason(e).contains("tour group"), e.arrivalCard()::toString);
  }

  // ------------------------------------------------------------------ fast lanes

  @Test
  void aFastLaneExemptsFromTheCardAndChangesNothingElse() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    Evaluation slow = baseline().enteringOn(day).evaluate();
    Evaluation fast = baseline().enteringOn(day).fastLane(true).evaluate();
    assertRequired(slow);
    assertTrue(reason(fast).contains("fast lane"), fast.arrivalCard()::toString);
    assertEquals(answers(slow), answers(fast));
    // No regime admits a traveller because of it.
    Evaluation indian = indian(day).fastLane(true).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, indian.verdict(), indian::toString);
    assertEquals(answers(indian(day).evaluate()), answers(indian));
    assertTrue(reason(indian).contains("fast lane"));
  }

  @Test
  void aFastLaneExemptsNothingBefore20November2025() {
    assertRequired(baseline().enteringOn(ITEM_10.minusDays(1)).fastLane(true).evaluate());
    assertTrue(reason(baseline().enteringOn(ITEM_10).fastLane(true).evaluate()).contains("fast lane"));
  }

  // ------------------------------------------------------------------ foreign crew

  @ParameterizedTest(name = "{0} crew")
  @ValueSource(strings = {"IN", "US", "FR", "MY", "TH"})
  void crewAreExemptFromTheCardButNeedAVisaC(String nationality) {
    Evaluation e = baseline().nationality(nationality).enteringOn(LocalDate.of(2025, 12, 1)).purpose(Purpose.CREW)
        .evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    assertEquals(List.of(), e.passingRegimes());
    assertEquals(Optional.of(VisaCategory.C), e.suggestedVisa());
    assertTrue(reason(e).contains("crew"), e.arrivalCard()::toString);
  }

  @Test
  void everyPurposeRuleRefusesCrewDuties() {
    Evaluation e = baseline().enteringOn(LocalDate.of(2025, 12, 1)).purpose(Purpose.CREW).evaluate();
    List<Finding> purposes = e.findings().stream().filter(f -> f.code() == FindingCode.PURPOSE_PERMITTED)
        .collect(Collectors.toList());
    assertFalse(purposes.isEmpty());
    for (Finding f : purposes) {
      if (f.regime() == Regime.TRANSIT_240H || f.regime() == Regime.VISA_EXEMPTION
          || f.regime() == Regime.HAINAN_30D || f.regime() == Regime.CRUISE_GROUP_15D) {
        assertEquals(Status.FAIL, f.status(), f::toString);
      }
      assertNotEquals(Status.PASS, f.status(), f::toString);
    }
  }

  @Test
  void crewFiledTheCardBefore20November2025() {
    assertRequired(indian(ITEM_10.minusDays(1)).purpose(Purpose.CREW).evaluate());
    assertTrue(reason(indian(ITEM_10).purpose(Purpose.CREW).evaluate()).contains("crew"));
  }

  // ------------------------------------------------------------------ precedence

  @Test
  void thePassingRegimesOwnExemptionComesFirst() {
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    Evaluation e = baseline().ports("PVG", "PVG").times(arrival, arrival.plusHours(5)).route("KR", "US")
        .staysInPort(true).visits().fastLane(true).purpose(Purpose.TRANSIT).evaluate();
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime(), e::toString);
    assertTrue(reason(e).contains("24-hour"), e.arrivalCard()::toString);
  }

  @Test
  void theTravellersDocumentsComeBeforeWhatTheTripSays() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    Evaluation resident = indian(day).permanentResidentCard(true).fastLane(true).evaluate();
    assertTrue(reason(resident).contains("permanent residence"), resident.arrivalCard()::toString);
    Evaluation permit = baseline().enteringOn(day).document(DocumentType.HK_MACAO_RESIDENT_PERMIT).fastLane(true)
        .evaluate();
    assertTrue(reason(permit).contains("Hong Kong and Macao"), permit.arrivalCard()::toString);
  }

  @Test
  void whatTheTripSaysFollowsTheAnnouncementsOrder() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    assertTrue(reason(cruisePassenger(day).fastLane(true).purpose(Purpose.CREW).evaluate()).contains("same ship"));
    assertTrue(reason(indian(day).fastLane(true).purpose(Purpose.CREW).evaluate()).contains("fast lane"));
    assertTrue(reason(indian(day).purpose(Purpose.CREW).evaluate()).contains("crew"));
  }

  @Test
  void nonForeignersFileNoCardWhateverTheTripSays() {
    Evaluation e = baseline().nationality("CN").enteringOn(LocalDate.of(2025, 12, 1)).fastLane(true)
        .purpose(Purpose.CREW).evaluate();
    assertEquals(Verdict.NOT_APPLICABLE, e.verdict());
    assertEquals(ArrivalCard.Requirement.NOT_REQUIRED, e.arrivalCard().requirement());
  }
}
