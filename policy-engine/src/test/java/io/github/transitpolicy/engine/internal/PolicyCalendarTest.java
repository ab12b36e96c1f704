package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.Regime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A day's facts are the catalogue's answers for that day, made once per day and shared. */
class PolicyCalendarTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  @Test
  void everyDayHoldsTheCataloguesAnswersForThatDay() {
    PolicyCalendar calendar = new PolicyCalendar(CATALOGUE);
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
      PolicyDay day = calendar.on(d);
      assertEquals(d, day.date);
      assertEquals(CATALOGUE.policyVersionOn(d).orElse(null), day.transitVersion, d::toString);
      assertEquals(CATALOGUE.regimeTerms(Regime.TRANSIT_240H, d).orElse(null), day.transitTerms, d::toString);
      assertEquals(CATALOGUE.regimeTerms(Regime.DIRECT_TRANSIT_24H, d).orElse(null), day.directTerms, d::toString);
      assertEquals(CATALOGUE.regimeTerms(Regime.VISA_EXEMPTION, d).orElse(null), day.exemptionTerms, d::toString);
      assertEquals(CATALOGUE.unilateralTermsOn(d).orElse(null), day.unilateralTerms, d::toString);
      assertEquals(CATALOGUE.permittedArea(d), day.transitArea, d::toString);
      for (ArrivalCardCase c : ArrivalCardCase.values()) {
        assertEquals(CATALOGUE.arrivalCardRule(c, d).orElse(null), day.arrivalCardRule(c), d::toString);
      }
      for (Regime r : Regime.values()) {
        RegimeTerms terms = CATALOGUE.regimeTerms(r, d).orElse(null);
        assertEquals(terms, day.terms(r), d::toString);
        assertEquals(terms == null || terms.minDocumentValidityMonths().isEmpty() ? null
            : d.plusMonths(terms.minDocumentValidityMonths().getAsInt()), day.documentNeededUntil(r), d::toString);
      }
      if (day.transitTerms == null) {
        assertNull(day.transitDeadline, d::toString);
      } else {
        // the 240-hour stay counts from the next midnight: the deadline is the day's, whatever the hour
        assertEquals(d.plusDays(1).atStartOfDay(BeijingTime.ZONE).plusHours(day.transitTerms.maxStayHours().getAsInt()),
            day.transitDeadline, d::toString);
      }
    }
  }

  @Test
  void aDayIsMadeOnceWithinTheKeptYearsAndAfreshOutsideThem() {
    PolicyCalendar calendar = new PolicyCalendar(CATALOGUE);
    LocalDate kept = LocalDate.of(2025, 12, 1);
    assertSame(calendar.on(kept), calendar.on(LocalDate.of(2025, 12, 1)));
    LocalDate first = LocalDate.of(2010, 1, 1);
    LocalDate last = LocalDate.of(2039, 12, 31);
    assertSame(calendar.on(first), calendar.on(first));
    assertSame(calendar.on(last), calendar.on(last));
    for (LocalDate outside : new LocalDate[] {first.minusDays(1), last.plusDays(1), LocalDate.of(1990, 5, 1)}) {
      PolicyDay a = calendar.on(outside);
      assertNotSame(a, calendar.on(outside));
      assertEquals(outside, a.date);
      assertEquals(CATALOGUE.policyVersionOn(outside).orElse(null), a.transitVersion);
    }
  }
}
