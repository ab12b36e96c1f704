package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_VALIDITY;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_OPEN;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_OPEN;
import static io.github.transitpolicy.model.FindingCode.RESIDENCE_DOCUMENT_HELD;
import static io.github.transitpolicy.model.Regime.RESIDENCE;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Residence (SPEC 3.7, FACTS 8): a permanent residence ID card, or a residence permit through the departure. */
class ResidenceTest {

  /**
   * An Indian national (on no visa-free list) living in China: PVG 2025-12-01 10:00 from KR, PEK
   * 2025-12-11 23:30 to JP, passport to 2030-01-01.
   */
  private static Trips.Builder indianResident() {
    return baseline().nationality("IN").expiry(LocalDate.of(2030, 1, 1));
  }

  @Test
  void anIndianWithAPermitValidThroughDepartureIsVisaFreeUnderResidence() {
    Evaluation e = indianResident().residencePermitUntil(LocalDate.of(2026, 3, 31)).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(RESIDENCE), e.regime());
    assertEquals(List.of(RESIDENCE), e.passingRegimes());
    // No stay limit beyond the permit: 24:00 of its last day.
    assertEquals(Optional.of(midnight(2026, 4, 1)), e.exitDeadline());
    List<FindingCode> codes = List.of(RESIDENCE_DOCUMENT_HELD, DOCUMENT_VALIDITY, ENTRY_PORT_OPEN, EXIT_PORT_OPEN);
    assertEquals(codes.size(), e.findings(RESIDENCE).size());
    for (Finding f : e.findings(RESIDENCE)) {
      assertEquals(PASS, f.status(), f::toString);
      assertTrue(codes.contains(f.code()), f::toString);
    }
    assertMessage(assertStatus(PASS, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD), "2026-03-31", "2025-12-11");
    assertTrue(e.permittedArea().wholeProvinces().size() > 30, e::toString);
    // A permit holder is not among the arrival card's exemptions.
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement());
  }

  @Test
  void withoutAResidenceDocumentTheIndianNeedsAVisa() {
    Evaluation e = indianResident().evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    assertMessage(assertStatus(FAIL, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD), "neither");
  }

  @Test
  void aPermitExpiringBeforeDepartureFails() {
    Evaluation e = indianResident().residencePermitUntil(LocalDate.of(2025, 12, 10)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    assertMessage(assertStatus(FAIL, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD), "2025-12-10", "2025-12-11");
  }

  @Test
  void aPermitLastsUntil24HoursOfItsLastDay() {
    LocalDate last = LocalDate.of(2025, 12, 11);
    assertStatus(PASS, indianResident().residencePermitUntil(last)
        .departureTime(LocalDateTime.of(2025, 12, 12, 0, 0)).evaluate(), RESIDENCE, RESIDENCE_DOCUMENT_HELD);
    assertStatus(FAIL, indianResident().residencePermitUntil(last)
        .departureTime(LocalDateTime.of(2025, 12, 12, 0, 1)).evaluate(), RESIDENCE, RESIDENCE_DOCUMENT_HELD);
  }

  @Test
  void anExpiredPermitFails() {
    Evaluation e = indianResident().residencePermitUntil(LocalDate.of(2025, 11, 30)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    assertMessage(assertStatus(FAIL, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD), "expired", "2025-11-30", "2025-12-01");
  }

  @Test
  void aPermitEndingOnTheEntryDayIsNotExpiredOnArrival() {
    // Valid on the entry date; it is the departure, eleven days later, that it does not reach.
    Evaluation e = indianResident().residencePermitUntil(LocalDate.of(2025, 12, 1)).evaluate();
    Finding f = assertStatus(FAIL, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD);
    assertFalse(f.message(Locale.ENGLISH).contains("expired"), f::toString);
  }

  @Test
  void aPermanentResidentCardPassesAndIsExemptFromTheArrivalCard() {
    Evaluation e = indianResident().permanentResidentCard(true).evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(RESIDENCE), e.regime());
    assertMessage(assertStatus(PASS, e, RESIDENCE, RESIDENCE_DOCUMENT_HELD), "permanent residence");
    // No limit of stay: the last moment the passport allows.
    assertEquals(Optional.of(midnight(2030, 1, 2)), e.exitDeadline());
    assertEquals(ArrivalCard.Requirement.EXEMPT, e.arrivalCard().requirement());
    String reason = e.arrivalCard().reason().orElseThrow().render(Locale.ENGLISH);
    assertTrue(reason.contains("permanent residence") && reason.contains("NIA-2025-4"), reason);
  }

  @Test
  void aPermanentResidentEnteringBeforeItem10FilesTheCardAsAnyForeigner() {
    Evaluation e = indianResident().permanentResidentCard(true)
        .times(LocalDateTime.of(2025, 11, 1, 10, 0), LocalDateTime.of(2025, 11, 5, 10, 0)).evaluate();
    assertEquals(Optional.of(RESIDENCE), e.regime(), e::toString);
    assertEquals(ArrivalCard.Requirement.REQUIRED, e.arrivalCard().requirement());
  }

  @Test
  void aPermanentResidentOnAVisaFreeNationalityIsStillExemptFromTheCard() {
    // A French card holder: residence comes before visa exemption, both pass.
    Evaluation e = baseline().nationality("FR").permanentResidentCard(true).evaluate();
    assertEquals(Optional.of(RESIDENCE), e.regime(), e::toString);
    assertTrue(e.passingRegimes().contains(Regime.VISA_EXEMPTION), e::toString);
    assertEquals(ArrivalCard.Requirement.EXEMPT, e.arrivalCard().requirement());
  }

  @Test
  void thePassportMustStillBeValidThroughDeparture() {
    Evaluation e = indianResident().permanentResidentCard(true).expiry(LocalDate.of(2025, 12, 5)).evaluate();
    assertEquals(Verdict.VISA_REQUIRED, e.verdict(), e::toString);
    assertStatus(FAIL, e, RESIDENCE, DOCUMENT_VALIDITY);
  }

  @Test
  void thePermitDeadlineIsNoLaterThanThePassport() {
    Evaluation e = indianResident().residencePermitUntil(LocalDate.of(2028, 1, 1)).expiry(LocalDate.of(2026, 1, 31))
        .evaluate();
    assertEquals(Optional.of(midnight(2026, 2, 1)), e.exitDeadline());
  }

  @Test
  void thePortsMustBeOpen() {
    Evaluation unknownPort = indianResident().permanentResidentCard(true).arrivalPort("XXX").evaluate();
    assertEquals(Verdict.NEEDS_REVIEW, unknownPort.verdict(), unknownPort::toString);
    assertStatus(UNKNOWN, unknownPort, RESIDENCE, ENTRY_PORT_OPEN);
    // Hong Kong's airport is outside the mainland: no port to leave the mainland by.
    Evaluation foreign = indianResident().permanentResidentCard(true).departurePort("HKG").evaluate();
    assertEquals(Verdict.VISA_REQUIRED, foreign.verdict(), foreign::toString);
    assertStatus(FAIL, foreign, RESIDENCE, EXIT_PORT_OPEN);
  }

  @Test
  void residenceDocumentsDoNotMakeChineseOrRegionalTravellersApplicable() {
    for (Trips.Builder b : List.of(baseline().nationality("CN"),
        baseline().document(DocumentType.HK_MACAO_RESIDENT_PERMIT).nationality("GB"))) {
      Evaluation e = b.permanentResidentCard(true).residencePermitUntil(LocalDate.of(2027, 1, 1)).evaluate();
      assertEquals(Verdict.NOT_APPLICABLE, e.verdict(), e::toString);
      assertEquals(Optional.empty(), e.regime(), e::toString);
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it rejected
  void thePermitDateIsCheckedAndNamed() {
    Traveller t = Traveller.of(CountryCode.of("IN"), TravelDocument.passport(LocalDate.of(2030, 1, 1)));
    assertFalse(t.permanentResidentCard());
    assertEquals(Optional.empty(), t.residencePermitUntil());
    Traveller held = t.withResidencePermitUntil(LocalDate.of(2026, 1, 1)).withPermanentResidentCard(true);
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), held.residencePermitUntil());
    assertTrue(held.permanentResidentCard());
    assertFalse(t.permanentResidentCard(), "the original is unchanged");
    IllegalArgumentException tooLate = assertThrows(IllegalArgumentException.class,
        () -> t.withResidencePermitUntil(LocalDate.of(10000, 1, 1)));
    assertTrue(String.valueOf(tooLate.getMessage()).startsWith("residencePermitUntil: "), tooLate::getMessage);
    assertThrows(IllegalArgumentException.class, () -> t.withResidencePermitUntil(LocalDate.of(1899, 12, 31)));
    NullPointerException none = assertThrows(NullPointerException.class, () -> t.withResidencePermitUntil(null));
    assertEquals("residencePermitUntil", none.getMessage());
  }
}
