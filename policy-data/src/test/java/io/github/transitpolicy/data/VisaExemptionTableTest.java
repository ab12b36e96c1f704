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
import org.junit.jupiter.params.provider.EnumSource;
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
    assertFalse(e.longStanding());
    assertTrue(e.validity().contains(d(from)));
    assertFalse(e.validity().contains(d(from).minusDays(1)));
    assertFalse(e.validity().contains(d(until).plusDays(1)));
  }

  @Test
  void bruneiFromTheResumptionOn20230726WithoutEndDate() {
    VisaExemption bn = only("BN");
    assertEquals(DateRange.from(d("2023-07-26")), bn.validity());
    assertFalse(bn.longStanding());
    assertEquals(Confidence.M, bn.confidence());
    assertEquals("CNS-2023-07-24", bn.source());
  }

  @Test
  void russiaFirstAnnouncedTo20260914ThenExtendedTo20271231() {
    List<VisaExemption> ru = CATALOGUE.visaExemptions(CountryCode.of("RU"));
    assertEquals(2, ru.size(), ru::toString);
    assertEquals(DateRange.of(d("2025-09-15"), d("2026-09-14")), ru.get(0).validity());
    assertEquals(Confidence.H, ru.get(0).confidence());
    assertEquals("PEOPLE-2025-09-02", ru.get(0).source());
    assertEquals(DateRange.of(d("2026-09-15"), d("2027-12-31")), ru.get(1).validity());
    assertEquals(Confidence.M, ru.get(1).confidence());
    for (VisaExemption e : ru) {
      assertEquals(ExemptionKind.UNILATERAL, e.kind());
      assertFalse(e.longStanding());
    }
  }

  @Test
  void everyExemptionHasAStartDate() {
    for (VisaExemption e : CATALOGUE.visaExemptions()) {
      assertTrue(e.validity().from().isPresent(), e::toString);
    }
  }

  @Test
  void onlyTheRowsWithoutASourcedStartAreLongStanding() {
    List<String> longStanding = new ArrayList<>();
    for (VisaExemption e : CATALOGUE.visaExemptions()) {
      if (e.longStanding()) {
        longStanding.add(e.country().code());
      }
    }
    assertEquals(List.of("MV", "DM", "SR", "SM"), longStanding);
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

  @ParameterizedTest(name = "{0}: mutual from {1} (long-standing {5}), {2} days, cap {3}")
  @CsvSource({
    "SG, 2024-02-09, 30, , M, false",
    "SB, 2024-12-28, 30, 90, H, false",
    "WS, 2025-04-02, 30, 90, M, false",
    "UZ, 2025-06-01, 30, 90, H, false",
    "AZ, 2025-07-16, 30, 90, H, false",
    "KZ, 2023-11-10, 30, 90, M, false",
    "TH, 2024-03-01, 30, 90, M, false",
    "GE, 2024-05-28, 30, 90, M, false",
    "AE, 2018-01-16, 30, , H, false",
    "QA, 2018-12-21, 30, , H, false",
    "RS, 2017-01-15, 30, , M, false",
    "BA, 2018-05-29, 30, , M, false",
    "BY, 2018-08-10, 30, , M, false",
    "BB, 2017-06-01, 30, , M, false",
    "BS, 2014-02-12, 30, , H, false",
    "GD, 2015-06-10, 30, , M, false",
    "FJ, 2015-03-14, 30, , M, false",
    "TO, 2016-08-19, 30, , M, false",
    "SC, 2013-06-26, 30, , H, false",
    "MU, 2013-10-31, 30, , H, false",
    "MV, 2023-02-17, 30, , M, true",
    "DM, 2024-01-30, 30, , M, true",
    "SR, 2024-01-30, 30, , M, true",
    "AG, 2024-05-11, 30, , M, false",
    "AM, 2020-01-19, 90, 90, M, false",
    "AL, 2023-03-18, 90, 90, M, false",
    "EC, 2016-08-19, 30, , M, false",
    "SM, 2014-01-28, 30, , M, true",
  })
  void mutual(String iso, String from, int stay, Integer cap, Confidence confidence, boolean longStanding) {
    VisaExemption e = only(iso);
    assertEquals(ExemptionKind.MUTUAL, e.kind());
    assertEquals(DateRange.from(d(from)), e.validity());
    assertEquals(longStanding, e.longStanding());
    assertEquals(OptionalInt.of(stay), e.stayDays());
    assertEquals(cap == null ? OptionalInt.empty() : OptionalInt.of(cap), e.maxDaysIn180());
    assertTrue(e.termsVerified());
    assertEquals(confidence, e.confidence());
  }

  @Test
  void everyExemptionsTermsAreVerifiedNow() {
    // FACTS.md section 10 gives EC and SM 30 days a stay: no row is left unverified.
    for (VisaExemption e : CATALOGUE.visaExemptions()) {
      assertTrue(e.termsVerified(), e::toString);
    }
  }

  @ParameterizedTest(name = "{0}: no visa exemption")
  @CsvSource({"US", "IN", "CN", "ID", "VN"})
  void noExemption(String iso) {
    assertEquals(List.of(), CATALOGUE.visaExemptions(CountryCode.of(iso)));
  }

  @Test
  void exemptionTableSize() {
    assertEquals(81, CATALOGUE.visaExemptions().size());
    assertEquals(52, CATALOGUE.visaExemptions().stream().filter(e -> e.kind() == ExemptionKind.UNILATERAL).count());
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
    // the first terms begin when 15-day entry resumed for Brunei (and Singapore)
    assertEquals(Optional.empty(), CATALOGUE.unilateralTermsOn(d("2023-07-25")));
    assertEquals(15, CATALOGUE.unilateralTermsOn(d("2023-07-26")).orElseThrow().stayDays());
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
    "CRUISE_SAME_SHIP, 2025-11-20, false, NIA-2025-4#item10, H",
    "FAST_LANE, 2025-11-20, false, NIA-2025-4#item10, H",
    "FOREIGN_CREW, 2025-11-20, false, NIA-2025-4#item10, H",
  })
  void arrivalCard(ArrivalCardCase arrivalCase, String day, boolean required, String source, Confidence conf) {
    ArrivalCardRule rule = CATALOGUE.arrivalCardRule(arrivalCase, d(day)).orElseThrow();
    assertEquals(arrivalCase, rule.arrivalCase());
    assertEquals(required, rule.required());
    assertEquals(source, rule.source());
    assertEquals(conf, rule.confidence());
  }

  @ParameterizedTest(name = "no {0} rule before 2025-11-20")
  @EnumSource(value = ArrivalCardCase.class, names = {"HK_MACAO_PERMIT_HOLDER", "PERMANENT_RESIDENT", "VISA_FREE_GROUP",
      "CRUISE_SAME_SHIP", "FAST_LANE", "FOREIGN_CREW"})
  void noItem10ExemptionBefore20251120(ArrivalCardCase arrivalCase) {
    assertEquals(Optional.empty(), CATALOGUE.arrivalCardRule(arrivalCase, d("2025-11-19")));
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
    assertEquals("NIA-2025-4#annex2-row39 ; BEIJING-QA-2023",
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.EXIT_PORT_PERMITTED).orElseThrow().source());
    assertEquals(Confidence.M,
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.EXIT_PORT_PERMITTED).orElseThrow().confidence());
    assertEquals("NIA-2025-4#annex1",
        CATALOGUE.ruleBasis(Regime.TRANSIT_240H, FindingCode.NATIONALITY_ELIGIBLE).orElseThrow().source());
  }
}
