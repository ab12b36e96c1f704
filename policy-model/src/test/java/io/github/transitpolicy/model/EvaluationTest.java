package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final String BASIS = "NIA Announcement No. 4 of 2025";

  private static Finding finding(Regime r, FindingCode c, Status s) {
    return Finding.of(r, c, s, LocalizedText.of(c.name() + " " + s, "中文 " + s), BASIS);
  }

  private static final Finding F1 = finding(Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT, Status.FAIL);
  private static final Finding F2 = finding(Regime.VISA_EXEMPTION, FindingCode.NATIONALITY_ELIGIBLE, Status.FAIL);
  private static final Finding F3 = finding(Regime.TRANSIT_240H, FindingCode.NATIONALITY_ELIGIBLE, Status.PASS);
  private static final Finding F4 = finding(Regime.TRANSIT_240H, FindingCode.VISITS_WITHIN_AREA, Status.UNKNOWN);
  private static final Finding F5 = finding(Regime.TRANSIT_240H, FindingCode.STAY_WITHIN_LIMIT, Status.FAIL);

  private static final ZonedDateTime DEADLINE = ZonedDateTime.of(2025, 12, 12, 0, 0, 0, 0, BeijingTime.ZONE);

  private static Evaluation evaluation() {
    return Evaluation.builder()
        .verdict(Verdict.VISA_FREE)
        .regime(Regime.TRANSIT_240H)
        .exitDeadline(DEADLINE)
        .addFindings(F1, F2, F3, F4, F5)
        .arrivalCard(ArrivalCard.required())
        .build();
  }

  @Test
  void failuresAreTheFailFindingsInOrder() {
    assertEquals(List.of(F1, F2, F5), evaluation().failures());
  }

  @Test
  void noFailuresIsEmpty() {
    Evaluation e =
        Evaluation.builder()
            .verdict(Verdict.VISA_FREE)
            .regime(Regime.TRANSIT_240H)
            .addFindings(F3, F4)
            .arrivalCard(ArrivalCard.required())
            .build();
    assertTrue(e.failures().isEmpty());
  }

  @Test
  void findingsOfARegime() {
    Evaluation e = evaluation();
    assertEquals(List.of(F3, F4, F5), e.findings(Regime.TRANSIT_240H));
    assertEquals(List.of(F2), e.findings(Regime.VISA_EXEMPTION));
    assertEquals(List.of(F1, F2, F3, F4, F5), e.findings());
  }

  @Test
  void defaultsAndOptionals() {
    Evaluation e = evaluation();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), e.regime());
    assertEquals(Optional.of(DEADLINE), e.exitDeadline());
    assertEquals(Optional.empty(), e.suggestedVisa());
    assertEquals(PermittedArea.empty(), e.permittedArea());
    assertFalse(e.inspectionFree());
    assertEquals(Optional.empty(), e.policyVersion());
    assertTrue(e.notes().isEmpty());
  }

  @Test
  void visaFreeWithoutRegimeThrows() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.builder().verdict(Verdict.VISA_FREE).arrivalCard(ArrivalCard.required()).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("regime: "), e.getMessage());
  }

  @Test
  void missingVerdictThrowsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.builder().arrivalCard(ArrivalCard.required()).build());
    assertTrue(String.valueOf(e.getMessage()).contains("verdict"), e.getMessage());
  }

  @Test
  void visaRequiredWithSuggestion() {
    Evaluation e =
        Evaluation.builder()
            .verdict(Verdict.VISA_REQUIRED)
            .addFindings(F1, F2, F5)
            .suggestedVisa(VisaCategory.L)
            .arrivalCard(ArrivalCard.required())
            .policyVersion(version())
            .addNotes(LocalizedText.of("Apply at a consulate.", "请向领事馆申请。"))
            .build();
    assertEquals(Optional.of(VisaCategory.L), e.suggestedVisa());
    String en = e.toString();
    assertTrue(en.contains("Verdict: VISA_REQUIRED"), en);
    assertTrue(en.contains("Suggested visa: L (Tourism)"), en);
    assertTrue(en.contains("Policy version: 2025-11-05"), en);
    assertTrue(en.contains("Apply at a consulate."), en);
    String zh = e.describe(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("结论: VISA_REQUIRED"), zh);
    assertTrue(zh.contains("请向领事馆申请。"), zh);
  }

  @Test
  void toStringListsEveryFinding() {
    String s = evaluation().toString();
    assertTrue(s.startsWith("Verdict: VISA_FREE\n"), s);
    assertTrue(s.contains("Regime: TRANSIT_240H (240-hour visa-free transit)"), s);
    assertTrue(s.contains("Exit deadline: 2025-12-12T00:00+08:00[Asia/Shanghai]"), s);
    assertTrue(
        s.contains("  TRANSIT_240H STAY_WITHIN_LIMIT FAIL: STAY_WITHIN_LIMIT FAIL [" + BASIS + "]"), s);
    assertEquals(5, s.lines().filter(l -> l.startsWith("  ")).count(), s);
  }

  @Test
  void describeInChinese() {
    String s = evaluation().describe(Locale.CHINA);
    assertTrue(s.contains("适用政策: TRANSIT_240H (240小时过境免签)"), s);
    assertTrue(s.contains("TRANSIT_240H STAY_WITHIN_LIMIT FAIL: 中文 FAIL [" + BASIS + "]"), s);
  }

  @Test
  void findingMessageToStringAndEquality() {
    assertEquals("STAYS_IN_PORT FAIL", F1.message(Locale.ENGLISH));
    assertEquals("中文 FAIL", F1.message(Locale.CHINESE));
    assertEquals(
        "DIRECT_TRANSIT_24H STAYS_IN_PORT FAIL: STAYS_IN_PORT FAIL [" + BASIS + "]", F1.toString());
    assertEquals(F1, finding(Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT, Status.FAIL));
    assertNotEquals(F1, finding(Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT, Status.PASS));
    assertTrue(F3.passed());
    assertFalse(F4.passed());
    Finding noBasis = Finding.of(Regime.TRANSIT_240H, FindingCode.POLICY_IN_FORCE, Status.UNKNOWN, LocalizedText.of("a", "b"), "");
    assertEquals("TRANSIT_240H POLICY_IN_FORCE UNKNOWN: a", noBasis.toString());
  }

  @Test
  void arrivalCards() {
    LocalizedText reason = LocalizedText.of("Direct transit in the port", "不出口岸的直接过境");
    assertEquals(ArrivalCard.Requirement.REQUIRED, ArrivalCard.required().requirement());
    assertEquals(Optional.empty(), ArrivalCard.required().reason());
    assertEquals(ArrivalCard.Requirement.EXEMPT, ArrivalCard.exempt(reason).requirement());
    assertEquals(Optional.of(reason), ArrivalCard.exempt(reason).reason());
    assertEquals(ArrivalCard.Requirement.NOT_REQUIRED, ArrivalCard.notRequired(reason).requirement());
    assertEquals(ArrivalCard.exempt(reason), ArrivalCard.exempt(LocalizedText.of("Direct transit in the port", "不出口岸的直接过境")));
  }

  @Test
  void findingsOnDemandAreMadeOnFirstUseOnly() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    Evaluation e =
        Evaluation.builder()
            .verdict(Verdict.VISA_FREE)
            .regime(Regime.TRANSIT_240H)
            .findingsOnDemand(() -> {
              calls.incrementAndGet();
              return List.of(F3, F4);
            })
            .arrivalCard(ArrivalCard.required())
            .build();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertEquals(0, calls.get(), "the verdict alone makes no findings");
    assertEquals(List.of(F3, F4), e.findings());
    assertEquals(List.of(F3, F4), e.findings());
    assertEquals(List.of(), e.failures());
    assertEquals(1, calls.get());
    assertThrows(UnsupportedOperationException.class, () -> e.findings().add(F1));
  }

  @Test
  void findingsOnDemandEqualTheSameFindingsGiven() {
    Evaluation lazy =
        Evaluation.builder()
            .verdict(Verdict.VISA_FREE)
            .regime(Regime.TRANSIT_240H)
            .exitDeadline(DEADLINE)
            .findingsOnDemand(() -> List.of(F1, F2, F3, F4, F5))
            .arrivalCard(ArrivalCard.required())
            .build();
    assertEquals(evaluation(), lazy);
    assertEquals(evaluation().hashCode(), lazy.hashCode());
    assertEquals(evaluation().toString(), lazy.toString());
    assertEquals(lazy, Evaluation.builder().from(lazy).build());
    assertNotEquals(lazy, Evaluation.builder().from(lazy).findings(List.of(F1)).build());
  }

  @Test
  void aFailingSupplierReachesTheCallerWhoMayTryAgain() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    Evaluation e =
        Evaluation.builder()
            .verdict(Verdict.NEEDS_REVIEW)
            .findingsOnDemand(() -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first call fails");
              }
              return List.of(F4);
            })
            .arrivalCard(ArrivalCard.required())
            .build();
    assertThrows(IllegalStateException.class, e::findings);
    assertEquals(List.of(F4), e.findings());
    Evaluation nulls =
        Evaluation.builder()
            .verdict(Verdict.NEEDS_REVIEW)
            .findingsOnDemand(() -> java.util.Arrays.asList(F4, null))
            .arrivalCard(ArrivalCard.required())
            .build();
    assertThrows(NullPointerException.class, nulls::findings);
  }

  @Test
  void manyThreadsSeeOneListMadeOnce() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    Evaluation e =
        Evaluation.builder()
            .verdict(Verdict.VISA_REQUIRED)
            .findingsOnDemand(() -> {
              calls.incrementAndGet();
              return List.of(F1, F2);
            })
            .arrivalCard(ArrivalCard.required())
            .build();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<Finding>>> seen = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        seen.add(pool.submit(() -> {
          start.await();
          return e.findings();
        }));
      }
      start.countDown();
      List<Finding> first = seen.get(0).get();
      for (java.util.concurrent.Future<List<Finding>> f : seen) {
        assertTrue(first == f.get(), "every thread sees the same list");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, calls.get());
  }

  @Test
  void findingsGivenAfterOnDemandReplaceThemButAddingToThemIsRefused() {
    Evaluation.Builder b =
        Evaluation.builder()
            .verdict(Verdict.VISA_REQUIRED)
            .arrivalCard(ArrivalCard.required())
            .findingsOnDemand(() -> List.of(F1));
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> b.addFindings(F2));
    assertTrue(String.valueOf(refused.getMessage()).startsWith("findings: "), refused.getMessage());
    assertEquals(List.of(F2), b.findings(List.of(F2)).build().findings());
    assertEquals(List.of(F1), b.findingsOnDemand(() -> List.of(F1)).build().findings());
  }

  @Test
  void missingArrivalCardAndNullsAreNamed() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> Evaluation.builder().build());
    assertEquals("verdict, arrivalCard: must be set", missing.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class,
            () -> Nulls.<java.util.function.Supplier<List<Finding>>>pass(s -> Evaluation.builder().findingsOnDemand(s)));
    assertEquals("findings", npe.getMessage());
    npe = assertThrows(NullPointerException.class,
        () -> Nulls.<ZonedDateTime>pass(d -> Evaluation.builder().exitDeadline(d)));
    assertEquals("exitDeadline", npe.getMessage());
  }

  static PolicyVersion version() {
    return PolicyVersion.builder()
        .effective(LocalDate.of(2025, 11, 5))
        .summary("65 ports")
        .countries(55)
        .ports(65)
        .provinces(24)
        .source("NIA Announcement No. 4 of 2025")
        .confidence(Confidence.H)
        .build();
  }
}
