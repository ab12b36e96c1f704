package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The rules of unilateral and mutual visa exemption for ordinary passports (SPEC 3.3), with what every
 * regime that admits a traveller checks (SPEC 3.4) and the horizon of the tables' knowledge (SPEC 9).
 */
final class VisaExemptionRules extends RegimeRules {

  static final Regime REGIME = Regime.VISA_EXEMPTION;

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final SharedRules.OrdinaryPassportOnly documentAccepted;
  private final StayWithinLimit stayWithinLimit;
  private final PurposePermitted purposePermitted;
  private final SharedRules.DocumentValidity documentValidity;
  private final SharedRules.EntryPortOpen entryPortOpen;
  private final SharedRules.ExitPortOpen exitPortOpen;
  private final SharedRules.VisitsWithinArea visitsWithinArea;
  private final List<Rule> rules;
  /** Every province of the mainland: the area of a visa-exempt stay. */
  private final PermittedArea mainland;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue) {
    return new VisaExemptionRules(catalogue);
  }

  VisaExemptionRules(Catalogue catalogue) {
    super(REGIME);
    this.mainland = SharedRules.mainland(catalogue);
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue),
        nationalityEligible = new NationalityEligible(catalogue),
        documentAccepted = new SharedRules.OrdinaryPassportOnly(catalogue, REGIME, Messages.EXEMPTION_DOCUMENT_ORDINARY,
            Messages.EXEMPTION_DOCUMENT_OTHER_AGREEMENTS, Messages.EXEMPTION_DOCUMENT_NOT_COVERED),
        documentValidity = new SharedRules.DocumentValidity(catalogue, REGIME, null),
        entryPortOpen = new SharedRules.EntryPortOpen(catalogue, REGIME),
        exitPortOpen = new SharedRules.ExitPortOpen(catalogue, REGIME),
        stayWithinLimit = new StayWithinLimit(catalogue),
        purposePermitted = new PurposePermitted(catalogue),
        visitsWithinArea = new SharedRules.VisitsWithinArea(catalogue, REGIME, mainland, null));
  }

  /** Only a nationality with an exemption on the entry date can use it; {@link PolicyInForce} fails the others. */
  @Override
  Gate gate() {
    return Gate.needing(Gate.VISA_EXEMPTION, policyInForce.index);
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // Whether the nationality has an exemption at all first: looked up with the trip's facts, it fails
    // most nationalities at once. Then the trip's own fields, then the day's terms and the catalogue.
    Answer a = Answer.STATUS;
    return d.add(policyInForce, policyInForce.check(t, a))
        && d.add(documentAccepted, documentAccepted.check(t, a))
        && d.add(nationalityEligible, nationalityEligible.check(t, a))
        && d.add(stayWithinLimit, stayWithinLimit.check(t, a))
        && d.add(purposePermitted, purposePermitted.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(entryPortOpen, entryPortOpen.check(t, a))
        && d.add(exitPortOpen, exitPortOpen.check(t, a))
        && d.add(visitsWithinArea, visitsWithinArea.check(t, a));
  }

  /**
   * The exit deadline: the earliest of the stay limit, the end of the exemption (24:00 of its last day)
   * and the end of the document's validity, so that it is always a moment the traveller may leave at.
   */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    ZonedDateTime by = trip.exemptionDeadline();
    VisaExemption e = trip.exemption;
    if (by == null || e == null) {
      return null;
    }
    Optional<LocalDate> until = coveredUntil(trip, e);
    if (until.isPresent()) {
      by = SharedRules.earliest(by, SharedRules.endOfDay(until.get()));
    }
    return SharedRules.withinDocument(by, trip);
  }

  @Override
  PermittedArea area(TripFacts trip) {
    return mainland;
  }

  @Override
  @Nullable LocalizedText note(TripFacts trip) {
    VisaExemption e = trip.exemption;
    return e != null && e.maxDaysIn180().isPresent()
        ? Message.of(Messages.EXEMPTION_NOTE_DAYS_IN_180, e.maxDaysIn180().getAsInt()) : null;
  }

  /** Whether the trip's exemption is only presumed: it does not cover the entry date. */
  static boolean presumed(TripFacts trip, VisaExemption e) {
    return !e.validity().contains(trip.entryDate);
  }

  /**
   * The last day the nationality stays covered from the entry date on: the exemption's own end, carried
   * over any exemption that takes over the next day (Malaysia: unilateral until 2025-07-16, mutual from
   * 2025-07-17; Russia: two announced periods). Empty when coverage has no end.
   */
  static Optional<LocalDate> coveredUntil(TripFacts trip, VisaExemption first) {
    Optional<LocalDate> until = first.validity().until();
    boolean extended = true;
    while (until.isPresent() && extended) {
      extended = false;
      LocalDate next = until.get().plusDays(1);
      for (VisaExemption e : trip.catalogue.visaExemptions(trip.nationality)) {
        if (e.validity().contains(next)) {
          until = e.validity().until();
          extended = true;
          break;
        }
      }
    }
    return until;
  }

  private static LocalizedText kind(VisaExemption e) {
    return Message.of(e.kind() == ExemptionKind.UNILATERAL
        ? Messages.EXEMPTION_KIND_UNILATERAL : Messages.EXEMPTION_KIND_MUTUAL);
  }

  /**
   * The exemption is in force on the entry date and still at departure. An announced end after the
   * tables' as-of day is not a known end: a trip beyond it is UNKNOWN.
   */
  static final class PolicyInForce extends Rule {
    PolicyInForce(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      VisaExemption e = trip.exemption;
      if (e == null) {
        return fail(to, Messages.EXEMPTION_POLICY_IN_FORCE_NONE, trip.nationality, trip.entryDate);
      }
      LocalDate asOf = trip.catalogue.asOf();
      if (presumed(trip, e)) {
        return e.longStanding()
            ? cite(to, Status.UNKNOWN, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_LONG_STANDING,
                trip.nationality, e.validity().from().orElseThrow(), trip.entryDate)
            : cite(to, Status.UNKNOWN, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_BEYOND_HORIZON,
                to.detailed() ? kind(e) : null, e.validity().until().orElseThrow(), asOf);
      }
      Optional<LocalDate> until = coveredUntil(trip, e);
      // In force through 24:00 of its last day: a departure at that moment is still covered.
      if (until.isPresent() && !SharedRules.within(trip.departure, until.get())) {
        return until.get().isAfter(asOf)
            ? cite(to, Status.UNKNOWN, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_BEYOND_HORIZON,
                to.detailed() ? kind(e) : null, until.get(), asOf)
            : cite(to, Status.FAIL, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_ENDS,
                to.detailed() ? kind(e) : null, until.get(), trip.departure.toLocalDate());
      }
      return until.isPresent()
          ? cite(to, Status.PASS, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_UNTIL,
              to.detailed() ? kind(e) : null, until.get())
          : cite(to, Status.PASS, e.source(), Messages.EXEMPTION_POLICY_IN_FORCE_OPEN_ENDED,
              to.detailed() ? kind(e) : null);
    }
  }

  /** The nationality has a unilateral or mutual exemption on the entry date. */
  static final class NationalityEligible extends Rule {
    NationalityEligible(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return unknown(to, Messages.EXEMPTION_NATIONALITY_BRITISH, nationality.code());
      }
      VisaExemption e = trip.exemption;
      if (e != null && presumed(trip, e)) {
        return e.longStanding()
            ? cite(to, Status.UNKNOWN, e.source(), Messages.EXEMPTION_NATIONALITY_LONG_STANDING, nationality,
                e.validity().from().orElseThrow(), entry)
            : cite(to, Status.UNKNOWN, e.source(), Messages.EXEMPTION_NATIONALITY_BEYOND_HORIZON, nationality,
                to.detailed() ? kind(e) : null, e.validity().until().orElseThrow(), trip.catalogue.asOf());
      }
      if (e != null) {
        return cite(to, Status.PASS, e.source(), Messages.EXEMPTION_NATIONALITY_HAS, nationality,
            to.detailed() ? kind(e) : null, entry);
      }
      LocalizedText other = to.detailed() ? otherDates(trip) : null;
      return other == null
          ? fail(to, Messages.EXEMPTION_NATIONALITY_HAS_NONE, nationality, entry)
          : fail(to, Messages.EXEMPTION_NATIONALITY_HAS_NONE_DATED, nationality, entry, other);
    }

    /** When exemptions of the nationality start after, or ended before, the entry date; null if never. */
    private static @Nullable LocalizedText otherDates(TripFacts trip) {
      LocalDate later = null;
      LocalDate ended = null;
      for (VisaExemption x : trip.catalogue.visaExemptions(trip.nationality)) {
        Optional<LocalDate> from = x.validity().from();
        Optional<LocalDate> until = x.validity().until();
        if (from.isPresent() && from.get().isAfter(trip.entryDate) && (later == null || from.get().isBefore(later))) {
          later = from.get();
        }
        if (until.isPresent() && until.get().isBefore(trip.entryDate) && (ended == null || until.get().isAfter(ended))) {
          ended = until.get();
        }
      }
      if (later != null && ended != null) {
        return Message.of(Messages.EXEMPTION_NATIONALITY_STARTS_AND_ENDED, later, ended);
      }
      if (later != null) {
        return Message.of(Messages.EXEMPTION_NATIONALITY_STARTS, later);
      }
      if (ended != null) {
        return Message.of(Messages.EXEMPTION_NATIONALITY_ENDED, ended);
      }
      return null;
    }
  }

  /** The stay, counted from 00:00 on the day after entry, is within the exemption's limit. */
  static final class StayWithinLimit extends Rule {
    StayWithinLimit(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      VisaExemption e = trip.exemption;
      if (e == null) {
        return fail(to, Messages.EXEMPTION_STAY_NO_EXEMPTION);
      }
      OptionalInt days = trip.exemptionDays;
      if (days.isEmpty() || trip.exemptionTerms == null) {
        MessageTemplate why = e.kind() == ExemptionKind.MUTUAL
            ? Messages.EXEMPTION_STAY_UNVERIFIED : Messages.EXEMPTION_STAY_NO_TERMS;
        return cite(to, Status.UNKNOWN, e.source(), why);
      }
      return trip.leavesAfterExemptionDeadline()
          ? fail(to, Messages.EXEMPTION_STAY_BEYOND, trip.departure.toLocalDateTime(), days.getAsInt(),
              trip.exemptionDeadline())
          : pass(to, Messages.EXEMPTION_STAY_WITHIN, days.getAsInt(), to.detailed() ? trip.exemptionDeadline() : null);
    }
  }

  /** The purpose is one the exemption admits. */
  static final class PurposePermitted extends Rule {
    /** The mutual agreements' rule of each purpose: looked up once. */
    private final List<Optional<PurposeRule>> mutual;

    PurposePermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED));
      this.mutual = SharedRules.purposeRules(catalogue, PurposeScope.MUTUAL_VISA_EXEMPTION);
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Purpose purpose = trip.trip.purpose();
      VisaExemption e = trip.exemption;
      if (e != null && e.kind() == ExemptionKind.MUTUAL) {
        return SharedRules.purpose(this, to, purpose, mutual.get(purpose.ordinal()));
      }
      UnilateralTerms terms = trip.day.unilateralTerms;
      if (terms == null) {
        return unknown(to, Messages.EXEMPTION_PURPOSE_NO_TERMS);
      }
      @Nullable LocalizedText name = to.detailed() ? Texts.purposeText(purpose) : null;
      return terms.purposes().contains(purpose)
          ? cite(to, Status.PASS, terms.source(), Messages.EXEMPTION_PURPOSE_ADMITS, name)
          : cite(to, Status.FAIL, terms.source(), Messages.EXEMPTION_PURPOSE_DOES_NOT_ADMIT, name);
    }
  }


}
