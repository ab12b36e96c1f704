package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.PURPOSE_PERMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A message says what its status says: a FAIL never reads as an admission, and the extra clause of a
 * failing nationality ("it is from", "one starts on", "the last one ended on") appears only when the
 * tables give that date for this nationality.
 */
class FailMessagesTest {

  private static String en(Finding f) {
    return f.message(Locale.ENGLISH);
  }

  @Test
  void aCountryNotOnThe240HourListIsToldSoWithoutADate() {
    Finding f = assertStatus(Status.FAIL, baseline().nationality("IN").evaluate(), Regime.TRANSIT_240H,
        NATIONALITY_ELIGIBLE);
    assertEquals("India (IN) is not on the 240-hour list on 2025-12-01.", en(f));
  }

  @Test
  void aCountryListedLaterIsToldFromWhen() {
    Finding f = assertStatus(Status.FAIL, baseline().nationality("ID").enteringOn(LocalDate.of(2025, 6, 1)).evaluate(),
        Regime.TRANSIT_240H, NATIONALITY_ELIGIBLE);
    assertEquals("Indonesia (ID) is not on the 240-hour list on 2025-06-01 (it is from 2025-06-12).", en(f));
    assertStatus(Status.PASS, baseline().nationality("ID").enteringOn(LocalDate.of(2025, 6, 12)).evaluate(),
        Regime.TRANSIT_240H, NATIONALITY_ELIGIBLE);
  }

  @Test
  void aNationalityWithoutAnyExemptionGetsNoDateClause() {
    Finding f = assertStatus(Status.FAIL, baseline().nationality("IN").evaluate(), Regime.VISA_EXEMPTION,
        NATIONALITY_ELIGIBLE);
    assertFalse(en(f).contains(";"), en(f));
    assertTrue(en(f).startsWith("India (IN) has no visa exemption on 2025-12-01"), en(f));
  }

  @Test
  void anExemptionNotYetInForceSaysWhenItStarts() {
    Finding f = assertStatus(Status.FAIL,
        baseline().nationality("FR").enteringOn(LocalDate.of(2023, 11, 20)).evaluate(),
        Regime.VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertTrue(en(f).contains("; one starts on 2023-12-01"), en(f));
    assertFalse(en(f).contains("ended"), en(f));
  }

  @Test
  void anExemptionThatEndedSaysWhen() {
    // Seen from after the end (as of 2027-03-01), the end of 2026-12-31 is a known one.
    Finding f = assertStatus(Status.FAIL,
        TransitPolicy.using(Catalogues.bundledAsOf(LocalDate.of(2027, 3, 1)))
            .evaluate(baseline().nationality("FR").enteringOn(LocalDate.of(2027, 2, 1)).build()),
        Regime.VISA_EXEMPTION, NATIONALITY_ELIGIBLE);
    assertTrue(en(f).contains("; the last one ended on 2026-12-31"), en(f));
    assertFalse(en(f).contains("starts"), en(f));
  }

  @Test
  void thePurposeMessageAgreesWithItsStatus() {
    Finding tourism = assertStatus(Status.PASS, baseline().nationality("FR").evaluate(), Regime.VISA_EXEMPTION,
        PURPOSE_PERMITTED);
    assertEquals("The unilateral exemption admits tourism.", en(tourism));
    Finding work = assertStatus(Status.FAIL, baseline().nationality("FR").purpose(Purpose.WORK).evaluate(),
        Regime.VISA_EXEMPTION, PURPOSE_PERMITTED);
    assertEquals("The unilateral exemption does not admit work.", en(work));
  }
}
