package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaCategory;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Visa exemption, regime terms, purposes, visa suggestions, arrival cards and rule bases (FACTS.md 4-7). */
class VisaExemptionTableTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static VisaExemption only(String iso) {
    List<VisaExemption> rows = CATALOGUE.visaExemptions(CountryCode.of(iso));
    assertEquals(1, rows.size(), iso + ": " + rows);
    return rows.get(0);
  }

  @ParameterizedTest(name = "{0}: unilateral {1}..{2}")
  @CsvSource({
    "FR, 2023-12-01, 2026-12-31, H",
    "DE, 2023-12-01, 2026-12-31, H",
    "CH, 2024-03-14, 2026-12-31, H",
    "PL, 2024-07-01, 2026-12-31, H",
    "SI, 2024-10-15, 2026-12-31, H",
    "KR, 2024-11-08, 2026-12-31, H",
    "JP, 2024-11-30, 2026-12-31, H",
    "UY, 2025-06-01, 2026-12-31, H",
    "BH, 2025-06-09, 2026-12-31, H",
    "RU, 2025-09-15, 2027-12-31, M",
    "SE, 2025-11-10, 2026-12-31, H",
    "GB, 2026-02-17, 2026-12-31, H",
    "CA, 2026-02-17, 2026-12-31, H",
  })
  void unilateral(String iso, String from, String until, Confidence confidence) {
    VisaExemption e = only(iso);
    assertEquals(ExemptionKind.UNILATERAL, e.kind());
    assertEquals(DateRange.of(d(from), d(until)), e.validity());
    assertEquals(confidence, e.confidence());
    assertEquals(OptionalInt.empty(), e.stayDays());
    assertTrue(e.termsVerified());
    assertTrue(e.validity().contains(d(from)));
    assertFalse(e.validity().contains(d(from).minusDays(1)));
    assertFalse(e.validity().contains(d(until).plusDays(1)));
  }

  @Test
  void bruneiIsLongStandingWithoutEndDate() {
    VisaExemption bn = only("BN");
    assertEquals(DateRange.always(), bn.validity());
    assertEquals(Confidence.M, bn.confidence());
  }

  @Test
  void malaysiaUnilateralUntil20250716ThenMutualFrom20250717() {
    List<VisaExemption> my = CATALOGUE.visaExemptions(CountryCode.of("MY"));
    assertEquals(2, my.size());
    assertEquals(ExemptionKind.UNILATERAL, my.get(0).kind());
    assertEquals(DateRange.of(d("2023-12-01"), d("2025-07-16")), my.get(0).validity());
    assertEquals(ExemptionKind.MUTUAL, my.get(1).kind());
    assertEquals(DateRange.from(d("2025-07-17")), my.get(1).validity());
    assertEquals(OptionalInt.of(30), my.get(1).stayDays());
    assertEquals(OptionalInt.of(90), my.get(1).maxDaysIn180());
    assertEquals(Confidence.H, my.get(1).confidence());
  }

  @ParameterizedTest(name = "{0}: mutual from {1}, {2} days, cap {3}")
  @CsvSource({
    "SG, 2024-02-09, 30, , M",
    "SB, 2024-12-28, 30, 90, M",
    "WS, 2025-04-02, 30, 90, M",
    "UZ, 2025-06-01, 30, 90, H",
    "AZ, 2025-07-16, 30, 90, H",
    "KZ, 2023-11-10, 30, 90, M",
    "TH, 2024-03-01, 30, 90, M",
    "GE, 2024-05-28, 30, 90, M",
    "AE, , 30, , M",
    "AG, , 30, , M",
  })
  void mutual(String iso, String from, int stay, Integer cap, Confidence confidence) {
    VisaExemption e = only(iso);
    assertEquals(ExemptionKind.MUTUAL, e.kind());
    assertEquals(DateRange.of(from == null ? null : d(from), null), e.validity());
    assertEquals(OptionalInt.of(stay), e.stayDays());
    assertEquals(cap == null ? OptionalInt.empty() : OptionalInt.of(cap), e.maxDaysIn180());
    assertTrue(e.termsVerified());
    assertEquals(confidence, e.confidence());
  }

  @ParameterizedTest(name = "{0}: terms not verified")
  @CsvSource({"EC", "SM"})
  void termsNotVerified(String iso) {
    VisaExemption e = only(iso);
    assertEquals(ExemptionKind.MUTUAL, e.kind());
    assertFalse(e.termsVerified());
    assertEquals(OptionalInt.empty(), e.stayDays());
  }

  @ParameterizedTest(name = "{0}: no visa exemption")
  @CsvSource({"US", "IN", "CN", "ID", "VN"})
  void noExemption(String iso) {
    assertEquals(List.of(), CATALOGUE.visaExemptions(CountryCode.of(iso)));
  }

  @Test
  void exemptionTableSize() {
    assertEquals(80, CATALOGUE.visaExemptions().size());
    assertEquals(51, CATALOGUE.visaExemptions().stream().filter(e -> e.kind() == ExemptionKind.UNILATERAL).count());
  }

  @Test
  void unilateralTermsChangeOn20241130() {
    UnilateralTerms before = CATALOGUE.unilateralTermsOn(d("2024-11-29")).orElseThrow();
    assertEquals(15, before.stayDays());
    assertFalse(before.purposes().contains(Purpose.EXCHANGE));
    assertEquals(EnumSet.of(Purpose.TOURISM, Purpose.BUSINESS, Purpose.FAMILY_VISIT, Purpose.VISIT, Purpose.TRANSIT),
        before.purposes());
    UnilateralTerms after = CATALOGUE.unilateralTermsOn(d("2024-11-30")).orElseThrow();
    assertEquals(30, after.stayDays());
    assertTrue(after.purposes().contains(Purpose.EXCHANGE));
    assertEquals(6, after.purposes().size());
    assertEquals(Optional.empty(), CATALOGUE.unilateralTermsOn(d("2023-11-30")));
    assertEquals(2, CATALOGUE.unilateralTerms().size());
  }

  @Test
  void transit240hTerms() {
    RegimeTerms t = CATALOGUE.regimeTerms(Regime.TRANSIT_240H, d("2025-12-01")).orElseThrow();
    assertEquals(Regime.TRANSIT_240H, t.regime());
    assertEquals(OptionalInt.of(240), t.maxStayHours());
    assertEquals(StayCounting.NEXT_DAY_MIDNIGHT, t.counting());
    assertEquals(OptionalInt.of(3), t.minDocumentValidityMonths());
    assertEquals(DateRange.from(d("2024-12-17")), t.validity());
    assertEquals(Optional.empty(), CATALOGUE.regimeTerms(Regime.TRANSIT_240H, d("2024-12-16")));
  }

  @Test
  void directTransitAndVisaExemptionTerms() {
    RegimeTerms direct = CATALOGUE.regimeTerms(Regime.DIRECT_TRANSIT_24H, d("2020-01-01")).orElseThrow();
    assertEquals(OptionalInt.of(24), direct.maxStayHours());
    assertEquals(StayCounting.ELAPSED, direct.counting());
    assertEquals(OptionalInt.empty(), direct.minDocumentValidityMonths());
    RegimeTerms exemption = CATALOGUE.regimeTerms(Regime.VISA_EXEMPTION, d("2025-12-01")).orElseThrow();
    assertEquals(OptionalInt.empty(), exemption.maxStayHours());
    assertEquals(StayCounting.NEXT_DAY_MIDNIGHT, exemption.counting());
  }

  @ParameterizedTest(name = "visa for {0}, {1} days: {2} (alternative {3})")
  @CsvSource({
    "TOURISM, 10, L, ",
    "BUSINESS, 10, M, ",
    "TRANSIT, 3, G, ",
    "VISIT, 10, F, ",
    "EXCHANGE, 10, F, ",
    "FAMILY_VISIT, 30, Q2, S2",
    "FAMILY_VISIT, 400, Q2, S2",
    "WORK, 365, Z, ",
    "STUDY, 30, X2, ",
    "STUDY, 180, X2, ",
    "STUDY, 181, X1, ",
    "STUDY, 200, X1, ",
    "JOURNALISM, 180, J2, ",
    "JOURNALISM, 181, J1, ",
    "CREW, 2, C, ",
  })
  void visaSuggestion(Purpose purpose, long days, VisaCategory visa, VisaCategory alternative) {
    VisaSuggestion s = CATALOGUE.visaSuggestion(purpose, days);
    assertEquals(purpose, s.purpose());
    assertEquals(visa, s.visa());
    assertEquals(Optional.ofNullable(alternative), s.alternative());
  }

  @ParameterizedTest(name = "240-hour transit admits {0}: {1}")
  @CsvSource({
    "TOURISM, true", "BUSINESS, true", "VISIT, true", "FAMILY_VISIT, true", "EXCHANGE, true", "TRANSIT, true",
    "WORK, false", "STUDY, false", "JOURNALISM, false", "CREW, false",
  })
  void transitPurposes(Purpose purpose, boolean permitted) {
    PurposeRule rule = CATALOGUE.purposeRule(PurposeScope.TRANSIT_240H, purpose).orElseThrow();
    assertEquals(permitted, rule.permitted());
    assertEquals(PurposeScope.TRANSIT_240H, rule.scope());
    assertEquals(permitted,
        CATALOGUE.purposeRule(PurposeScope.MUTUAL_VISA_EXEMPTION, purpose).orElseThrow().permitted());
  }

  @ParameterizedTest(name = "arrival card {0} on {1}: required {2}")
  @CsvSource({
    "FOREIGNER_ENTERING, 2025-11-20, true, NIA-2025-4#item10, H",
    "FOREIGNER_ENTERING, 2025-11-19, true, NIA-2025-4#annex1, M",
    "DIRECT_TRANSIT_IN_PORT, 2025-11-20, false, NIA-2025-4#item10, H",
    "DIRECT_TRANSIT_IN_PORT, 2025-01-01, false, EXIT-ENTRY-LAW#art22, M",
    "HK_MACAO_PERMIT_HOLDER, 2025-11-20, false, NIA-2025-4#item10, H",
  })
  void arrivalCard(ArrivalCardCase arrivalCase, String day, boolean required, String source, Confidence conf) {
    ArrivalCardRule rule = CATALOGUE.arrivalCardRule(arrivalCase, d(day)).orElseThrow();
    assertEquals(arrivalCase, rule.arrivalCase());
    assertEquals(required, rule.required());
    assertEquals(source, rule.source());
    assertEquals(conf, rule.confidence());
  }

  @Test
  void noHkMacaoPermitRuleBefore20251120() {
    assertEquals(Optional.empty(), CATALOGUE.arrivalCardRule(ArrivalCardCase.HK_MACAO_PERMIT_HOLDER, d("2025-11-19")));
  }

  static Stream<Arguments> ruleBases() {
    List<Arguments> out = new ArrayList<>();
    for (String code : List.of("POLICY_IN_FORCE", "NATIONALITY_ELIGIBLE", "DOCUMENT_ACCEPTED", "DOCUMENT_VALIDITY",
        "ENTRY_PORT_DESIGNATED", "EXIT_PORT_PERMITTED", "ROUTE_TO_THIRD_COUNTRY", "STAY_WITHIN_LIMIT",
        "ONWARD_TICKET_CONFIRMED", "PURPOSE_PERMITTED", "VISITS_WITHIN_AREA", "NO_ADVERSE_RECORD")) {
      out.add(Arguments.of(Regime.TRANSIT_240H, FindingCode.valueOf(code)));
    }
    for (String code : List.of("ROUTE_TO_THIRD_COUNTRY", "ONWARD_TICKET_CONFIRMED", "CONNECTION_WITHIN_24_HOURS",
        "STAYS_IN_PORT")) {
      out.add(Arguments.of(Regime.DIRECT_TRANSIT_24H, FindingCode.valueOf(code)));
    }
    for (String code : List.of("POLICY_IN_FORCE", "NATIONALITY_ELIGIBLE", "DOCUMENT_ACCEPTED", "STAY_WITHIN_LIMIT",
        "PURPOSE_PERMITTED")) {
      out.add(Arguments.of(Regime.VISA_EXEMPTION, FindingCode.valueOf(code)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "rule basis {0} {1}")
  @MethodSource("ruleBases")
  void ruleBasisPresent(Regime regime, FindingCode code) {
    RuleBasis basis = CATALOGUE.ruleBasis(regime, code).orElseThrow();
    assertEquals(regime, basis.regime());
    assertEquals(code, basis.code());
    assertTrue(basis.source().matches("[A-Z0-9-]+(#[^ ]+)?( ; [A-Z0-9-]+(#[^ ]+)?)*"), basis.source());
  }

  @Test
  void ruleBasesTheEngineDoesNotUseAreAbsent() {
    assertEquals(Optional.empty(), CATALOGUE.ruleBasis(Regime.DIRECT_TRANSIT_24H, FindingCode.VISITS_WITHIN_AREA));
    assertEquals(Optional.empty(), CATALOGUE.ruleBasis(Regime.VISA_EXEMPTION, FindingCode.STAYS_IN_PORT));
    assertEquals(Optional.empty(), CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.CONNECTION_WITHIN_24_HOURS));
  }

  @Test
  void spotCheckedRuleBasisSources() {
    assertEquals("NIA-2025-4#annex2-row39 ; FACTS#2",
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.EXIT_PORT_PERMITTED).orElseThrow().source());
    assertEquals(Confidence.M,
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.EXIT_PORT_PERMITTED).orElseThrow().confidence());
    assertEquals("NIA-2025-4#annex1",
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.NATIONALITY_ELIGIBLE).orElseThrow().source());
  }
}
