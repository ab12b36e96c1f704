package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.Regime.VISA_EXEMPTION;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 9: an announced end date after the day the tables were last checked (2026-12-01) is not a known
 * end. A trip beyond it is UNKNOWN, with a note naming the end and the as-of day; a trip inside the known
 * period is unchanged; seen from a later as-of day the same end is a known one.
 */
class DataHorizonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private static Trips.Builder roundTrip(String nationality, LocalDateTime arrive, LocalDateTime leave) {
    return baseline().nationality(nationality).ports("PVG", "PVG").route(nationality, nationality)
        .times(arrive, leave).expiry(LocalDate.of(2035, 1, 1));
  }

  @Test
  void theBundledTablesWereCheckedOnTheAsOfDay() {
    assertEquals(AS_OF, TransitPolicy.bundled().catalogue().asOf());
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR", "DE", "GB", "JP"})
  void aRoundTripEnteringAfterTheAnnouncedEndNeedsReviewNotAVisa(String nationality) {
    Evaluation e = roundTrip(nationality, LocalDateTime.of(2027, 1, 15, 10, 0), LocalDateTime.of(2027, 1, 25, 10, 0))
        .evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
    for (var code : new io.github.transitpolicy.model.FindingCode[] {POLICY_IN_FORCE, NATIONALITY_ELIGIBLE}) {
      Finding f = assertStatus(UNKNOWN, e, VISA_EXEMPTION, code);
      String en = f.message(Locale.ENGLISH);
      String zh = f.message(Locale.CHINESE);
      assertTrue(en.contains("2026-12-31") && en.contains("2026-12-01"), en);
      assertTrue(zh.contains("2026年12月31日") && zh.contains("2026年12月1日"), zh);
    }
    assertEquals(Optional.empty(), e.exitDeadline());
  }

  @Test
  void aTripInsideTheKnownPeriodIsUnchanged() {
    Evaluation e = roundTrip("FR", LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 20, 10, 0))
        .evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict());
    assertStatus(PASS, e, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertEquals(Optional.of(midnight(2027, 1, 1)), e.exitDeadline());
  }

  @Test
  void leavingAtTheEndOfTheLastAnnouncedDayPassesAndAMinuteLaterIsUnknown() {
    LocalDateTime arrive = LocalDateTime.of(2026, 12, 20, 10, 0);
    assertEquals(Verdict.VISA_FREE, roundTrip("FR", arrive, LocalDateTime.of(2027, 1, 1, 0, 0)).evaluate().verdict());
    Evaluation late = roundTrip("FR", arrive, LocalDateTime.of(2027, 1, 1, 0, 1)).evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, late.verdict());
    assertStatus(UNKNOWN, late, VISA_EXEMPTION, POLICY_IN_FORCE);
    assertStatus(PASS, late, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
  }

  @Test
  void enteringOnTheLastAnnouncedDayIsCoveredAndTheNextDayIsUnknown() {
    Evaluation last = roundTrip("FR", LocalDateTime.of(2026, 12, 31, 8, 0), LocalDateTime.of(2026, 12, 31, 20, 0))
        .evaluate();
    assertEquals(Verdict.VISA_FREE, last.verdict());
    Evaluation next = roundTrip("FR", LocalDateTime.of(2027, 1, 1, 8, 0), LocalDateTime.of(2027, 1, 1, 20, 0))
        .evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, next.verdict());
    assertStatus(UNKNOWN, next, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
  }

  @Test
  void seenFromALaterAsOfDayTheSameEndIsAKnownOne() {
    TransitPolicy later = TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2027, 3, 1)));
    Evaluation e = later.evaluate(
        roundTrip("FR", LocalDateTime.of(2027, 1, 15, 10, 0), LocalDateTime.of(2027, 1, 25, 10, 0)).build());
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    assertStatus(FAIL, e, VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertStatus(FAIL, e, VISA_EXEMPTION, POLICY_IN_FORCE);
  }

  @Test
  void anEndOnTheAsOfDayItselfIsAKnownEnd() {
    // An exemption announced to end on the as-of day: the check was made that day, nothing later is open.
    TransitPolicy onTheDay = TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2026, 12, 31)));
    Evaluation e = onTheDay.evaluate(
        roundTrip("FR", LocalDateTime.of(2027, 1, 15, 10, 0), LocalDateTime.of(2027, 1, 25, 10, 0)).build());
    assertEquals(Verdict.VISA_REQUIRED, e.verdict());
    TransitPolicy dayBefore = TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2026, 12, 30)));
    assertEquals(Verdict.NEEDS_REVIEW, dayBefore.evaluate(
        roundTrip("FR", LocalDateTime.of(2027, 1, 15, 10, 0), LocalDateTime.of(2027, 1, 25, 10, 0)).build())
        .verdict());
  }

  @Test
  void russiasTwoAnnouncedPeriodsAreOneStayAndItsLaterEndIsBeyondTheAsOfDay() {
    // 2025-09-15 to 2026-09-14, then to 2027-12-31: a stay across the seam is covered.
    Evaluation seam = roundTrip("RU", LocalDateTime.of(2026, 9, 10, 10, 0), LocalDateTime.of(2026, 9, 20, 10, 0))
        .evaluate();
    assertEquals(Verdict.VISA_FREE, seam.verdict(), seam::toString);
    assertEquals(Optional.of(midnight(2026, 10, 11)), seam.exitDeadline());
    Evaluation after = roundTrip("RU", LocalDateTime.of(2028, 1, 5, 10, 0), LocalDateTime.of(2028, 1, 9, 10, 0))
        .evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, after.verdict());
    assertTrue(Trips.finding(after, VISA_EXEMPTION, POLICY_IN_FORCE).message(Locale.ENGLISH).contains("2027-12-31"));
  }
}
