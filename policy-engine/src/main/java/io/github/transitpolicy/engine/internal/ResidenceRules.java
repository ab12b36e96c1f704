package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Traveller;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Residence (SPEC 3.7): a foreigner with a Chinese permanent residence ID card, or a residence permit
 * valid from the entry date through the departure, enters and leaves without a visa (Exit-Entry
 * Administration Law, art. 30-31 and 47-49) through any open port, and may stay anywhere on the
 * mainland. The regime sets no stay limit of its own: the permit's last day is the limit.
 */
final class ResidenceRules extends RegimeRules {

  static final Regime REGIME = Regime.RESIDENCE;

  private final ResidenceDocumentHeld residenceDocumentHeld;
  private final SharedRules.DocumentValidity documentValidity;
  private final SharedRules.EntryPortOpen entryPortOpen;
  private final SharedRules.ExitPortOpen exitPortOpen;
  private final PermittedArea mainland;
  private final List<Rule> rules;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue) {
    return new ResidenceRules(catalogue);
  }

  ResidenceRules(Catalogue catalogue) {
    super(REGIME);
    this.mainland = SharedRules.mainland(catalogue);
    this.rules = inReportOrder(
        residenceDocumentHeld = new ResidenceDocumentHeld(catalogue),
        documentValidity = new SharedRules.DocumentValidity(catalogue, REGIME, null),
        entryPortOpen = new SharedRules.EntryPortOpen(catalogue, REGIME),
        exitPortOpen = new SharedRules.ExitPortOpen(catalogue, REGIME));
  }

  /** Only a holder of a residence document can use it; {@link ResidenceDocumentHeld} fails the others. */
  @Override
  Gate gate() {
    return Gate.needing(Gate.RESIDENCE_DOCUMENT, residenceDocumentHeld.index);
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The residence document first: most travellers hold none, and it reads the trip's own fields.
    Answer a = Answer.STATUS;
    return d.add(residenceDocumentHeld, residenceDocumentHeld.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(entryPortOpen, entryPortOpen.check(t, a))
        && d.add(exitPortOpen, exitPortOpen.check(t, a));
  }

  /**
   * The end of the residence permit's last day (24:00), no later than the end of the passport's; for a
   * permanent resident, who has no limit of stay, the end of the passport's validity, the last moment
   * they can leave on it.
   */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    Traveller traveller = trip.trip.traveller();
    if (traveller.permanentResidentCard()) {
      return SharedRules.endOfDay(traveller.document().expiry());
    }
    Optional<LocalDate> permit = traveller.residencePermitUntil();
    return permit.isPresent() ? SharedRules.withinDocument(SharedRules.endOfDay(permit.get()), trip) : null;
  }

  @Override
  PermittedArea area(TripFacts trip) {
    return mainland;
  }

  /**
   * A permanent residence ID card, or a residence permit valid on the entry date and until 24:00 of its
   * last day no earlier than the departure. A card is taken to be valid: the model does not carry its
   * expiry.
   */
  static final class ResidenceDocumentHeld extends Rule {
    ResidenceDocumentHeld(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.RESIDENCE_DOCUMENT_HELD));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Traveller traveller = trip.trip.traveller();
      if (traveller.permanentResidentCard()) {
        return pass(to, Messages.RESIDENCE_DOCUMENT_PERMANENT_CARD);
      }
      Optional<LocalDate> permit = traveller.residencePermitUntil();
      if (permit.isEmpty()) {
        return fail(to, Messages.RESIDENCE_DOCUMENT_NONE);
      }
      LocalDate until = permit.get();
      if (until.isBefore(trip.entryDate)) {
        return fail(to, Messages.RESIDENCE_DOCUMENT_PERMIT_EXPIRED, until, trip.entryDate);
      }
      LocalDate leaves = trip.departure.toLocalDate();
      return SharedRules.within(trip.departure, until)
          ? pass(to, Messages.RESIDENCE_DOCUMENT_PERMIT_VALID, until, leaves)
          : fail(to, Messages.RESIDENCE_DOCUMENT_PERMIT_SHORT, until, leaves);
    }
  }
}
