package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole text {@link Evaluation#describe} prints, line by line, in both languages: each line
 * appears in its language and only when its attribute is set. Also the builder's optional setters,
 * each used through the builder it returns.
 */
class EvaluationDescribeTest {

  private static final ZonedDateTime DEADLINE = ZonedDateTime.of(2025, 12, 12, 0, 0, 0, 0, BeijingTime.ZONE);
  private static final Finding STAYS =
      Finding.of(
          Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT, Status.PASS,
          LocalizedText.of("Stays in the port", "不出口岸"), "Exit-Entry Law art. 22");
  private static final LocalizedText REASON = LocalizedText.of("Direct transit in the port", "不出口岸的直接过境");
  private static final LocalizedText NOTE = LocalizedText.of("Keep the onward ticket.", "请保留联程机票。");

  /** Every optional attribute set. */
  private static Evaluation full() {
    return Evaluation.builder()
        .verdict(Verdict.VISA_FREE)
        .regime(Regime.DIRECT_TRANSIT_24H)
        .exitDeadline(DEADLINE)
        .suggestedVisa(VisaCategory.G)
        .arrivalCard(ArrivalCard.exempt(REASON))
        .inspectionFree(true)
        .policyVersion(EvaluationTest.version())
        .addFindings(STAYS)
        .addNotes(NOTE)
        .build();
  }

  /** Nothing optional set. */
  private static Evaluation bare() {
    return Evaluation.builder().verdict(Verdict.VISA_REQUIRED).arrivalCard(ArrivalCard.required()).build();
  }

  @Test
  void everyLineInEnglish() {
    assertEquals(
        "Verdict: VISA_FREE\n"
            + "Regime: DIRECT_TRANSIT_24H (24-hour direct transit)\n"
            + "Exit deadline: 2025-12-12T00:00+08:00[Asia/Shanghai]\n"
            + "Suggested visa: G (Transit through China)\n"
            + "Arrival card: EXEMPT (Direct transit in the port)\n"
            + "Inspection-free port\n"
            + "Policy version: 2025-11-05\n"
            + "Findings:\n"
            + "  DIRECT_TRANSIT_24H STAYS_IN_PORT PASS: Stays in the port [Exit-Entry Law art. 22]\n"
            + "Notes:\n"
            + "  Keep the onward ticket.\n",
        full().describe(Locale.ENGLISH));
  }

  @Test
  void everyLineInChinese() {
    assertEquals(
        "结论: VISA_FREE\n"
            + "适用政策: DIRECT_TRANSIT_24H (24小时直接过境)\n"
            + "最迟离境时间: 2025-12-12T00:00+08:00[Asia/Shanghai]\n"
            + "建议签证: G (经中国过境的人员)\n"
            + "入境卡: EXEMPT (不出口岸的直接过境)\n"
            + "口岸免办边检手续\n"
            + "政策版本: 2025-11-05\n"
            + "核查项:\n"
            + "  DIRECT_TRANSIT_24H STAYS_IN_PORT PASS: 不出口岸 [Exit-Entry Law art. 22]\n"
            + "备注:\n"
            + "  请保留联程机票。\n",
        full().describe(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void unsetAttributesPrintADashOrNoLine() {
    assertEquals(
        "Verdict: VISA_REQUIRED\n"
            + "Regime: -\n"
            + "Exit deadline: -\n"
            + "Arrival card: REQUIRED\n"
            + "Findings:\n",
        bare().describe(Locale.ENGLISH));
    assertEquals(
        "结论: VISA_REQUIRED\n" + "适用政策: -\n" + "最迟离境时间: -\n" + "入境卡: REQUIRED\n" + "核查项:\n",
        bare().describe(Locale.CHINESE));
  }

  @Test
  void inspectionFreeIsWhatWasSet() {
    assertTrue(full().inspectionFree());
    assertFalse(bare().inspectionFree());
    assertNotEquals(full(), Evaluation.builder().from(full()).inspectionFree(false).build());
  }

  @Test
  void optionalSettersSetAndClearThroughTheBuilderTheyReturn() {
    Evaluation set =
        Evaluation.builder()
            .verdict(Verdict.VISA_FREE)
            .arrivalCard(ArrivalCard.required())
            .regime(Optional.of(Regime.TRANSIT_240H))
            .exitDeadline(Optional.of(DEADLINE))
            .suggestedVisa(Optional.of(VisaCategory.L))
            .policyVersion(Optional.of(EvaluationTest.version()))
            .permittedArea(PermittedArea.of(List.of(PlaceCode.of("310000")), List.of()))
            .inspectionFree(true)
            .addFindings(STAYS)
            .addAllFindings(List.of(STAYS))
            .addNotes(NOTE, NOTE)
            .addAllNotes(List.of(NOTE))
            .notes(List.of(NOTE))
            .addNotes(REASON)
            .build();
    assertEquals(Optional.of(Regime.TRANSIT_240H), set.regime());
    assertEquals(Optional.of(DEADLINE), set.exitDeadline());
    assertEquals(Optional.of(VisaCategory.L), set.suggestedVisa());
    assertEquals(Optional.of(EvaluationTest.version()), set.policyVersion());
    assertTrue(set.permittedArea().contains(PlaceCode.of("310101")));
    assertTrue(set.inspectionFree());
    assertEquals(List.of(STAYS, STAYS), set.findings());
    assertEquals(List.of(NOTE, REASON), set.notes());

    Evaluation cleared =
        Evaluation.builder()
            .from(set)
            .verdict(Verdict.VISA_REQUIRED)
            .regime(Optional.empty())
            .exitDeadline(Optional.empty())
            .suggestedVisa(Optional.empty())
            .policyVersion(Optional.empty())
            .build();
    assertEquals(Optional.empty(), cleared.regime());
    assertEquals(Optional.empty(), cleared.exitDeadline());
    assertEquals(Optional.empty(), cleared.suggestedVisa());
    assertEquals(Optional.empty(), cleared.policyVersion());
  }

  @Test
  void equalsIsReflexiveAndRefusesOtherTypes() {
    Evaluation e = full();
    assertEquals(e, e);
    assertNotEquals(e, (Object) e.toString());
    assertNotEquals(e, bare());
    assertEquals(full(), e);
  }
}
