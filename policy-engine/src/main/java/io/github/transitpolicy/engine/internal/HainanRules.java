package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hainan's 30-day visa-free entry (SPEC 3.6): nationals of the listed countries, on ordinary passports,
 * in and out through an open port of Hainan province, staying in Hainan only, 30 days from 00:00 on the
 * day after entry. No third-country route is needed. The terms, dated in {@code regime_terms}, carry the
 * suspension of 2020-03-28 to 2023-03-14; the list is dated in {@code regime_countries}, the purposes in
 * {@code regime_purposes}.
 */
final class HainanRules extends RegimeRules {

  static final Regime REGIME = Regime.HAINAN_30D;
  /** Hainan province: the area, and the province whose open ports are the regime's. */
  static final PlaceCode HAINAN = PlaceCode.of("460000");
  private static final PermittedArea HAINAN_AREA = PermittedArea.of(List.of(HAINAN), List.of());

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final SharedRules.OrdinaryPassportOnly documentAccepted;
  private final SharedRules.DocumentValidity documentValidity;
  private final EntryPort entryPort;
  private final ExitPort exitPort;
  private final StayWithinLimit stayWithinLimit;
  private final PurposePermitted purposePermitted;
  private final SharedRules.VisitsWithinArea visitsWithinArea;
  private final List<Rule> rules;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue) {
    return new HainanRules(catalogue);
  }

  HainanRules(Catalogue catalogue) {
    super(REGIME);
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue),
        nationalityEligible = new NationalityEligible(catalogue),
        documentAccepted = new SharedRules.OrdinaryPassportOnly(catalogue, REGIME, Messages.HAINAN_DOCUMENT_ORDINARY,
            Messages.HAINAN_DOCUMENT_OTHER, Messages.HAINAN_DOCUMENT_NOT_COVERED),
        documentValidity = new SharedRules.DocumentValidity(catalogue, REGIME, null),
        entryPort = new EntryPort(catalogue),
        exitPort = new ExitPort(catalogue),
        stayWithinLimit = new StayWithinLimit(catalogue),
        purposePermitted = new PurposePermitted(catalogue),
        visitsWithinArea = new SharedRules.VisitsWithinArea(catalogue, REGIME, HAINAN_AREA, null));
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The port first: most trips that reach this regime do not enter through Hainan.
    Answer a = Answer.STATUS;
    return d.add(entryPort, entryPort.check(t, a))
        && d.add(documentAccepted, documentAccepted.check(t, a))
        && d.add(policyInForce, policyInForce.check(t, a))
        && d.add(nationalityEligible, nationalityEligible.check(t, a))
        && d.add(exitPort, exitPort.check(t, a))
        && d.add(stayWithinLimit, stayWithinLimit.check(t, a))
        && d.add(purposePermitted, purposePermitted.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(visitsWithinArea, visitsWithinArea.check(t, a));
  }

  /** The terms in force on the entry date; null before the scheme and while it was suspended. */
  static @Nullable RegimeTerms terms(TripFacts trip) {
    return trip.day.terms(REGIME);
  }

  /** 30 days from 00:00 on the day after entry, no later than the end of the document's validity. */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    RegimeTerms t = terms(trip);
    if (t == null || t.maxStayHours().isEmpty()) {
      return null;
    }
    ZonedDateTime by = trip.stayDeadline(t.counting(), t.maxStayHours().getAsInt());
    return SharedRules.withinDocument(by, trip);
  }

  @Override
  PermittedArea area(TripFacts trip) {
    return HAINAN_AREA;
  }

  /** Whether a port is an open port of Hainan province on a day, and the row that says so; null if not. */
  static @Nullable PortCapability hainanOpenPort(Port port, LocalDate day) {
    return port.province().equals(HAINAN) ? SharedRules.openOn(port, day) : null;
  }

  /** The scheme is in force on the entry date (from 2018-05-01; suspended 2020-03-28 to 2023-03-14). */
  static final class PolicyInForce extends Rule {
    PolicyInForce(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      RegimeTerms t = terms(trip);
      return t != null
          ? cite(to, Status.PASS, t.source(), Messages.HAINAN_POLICY_IN_FORCE_IN_FORCE, trip.entryDate)
          : fail(to, Messages.HAINAN_POLICY_IN_FORCE_NOT_IN_FORCE, trip.entryDate);
    }
  }

  /** The nationality is on Hainan's list on the entry date. */
  static final class NationalityEligible extends Rule {
    NationalityEligible(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode nationality = trip.nationality;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return unknown(to, Messages.HAINAN_NATIONALITY_BRITISH, nationality.code());
      }
      Optional<CountryEligibility> listed = trip.catalogue.eligibility(REGIME, nationality, trip.entryDate);
      return listed.isPresent()
          ? cite(to, Status.PASS, listed.get().source(), Messages.HAINAN_NATIONALITY_ON_LIST, nationality,
              trip.entryDate)
          : fail(to, Messages.HAINAN_NATIONALITY_NOT_ON_LIST, nationality, trip.entryDate);
    }
  }

  /** Entry through an open port of Hainan. A port the catalogue does not know may be one: UNKNOWN. */
  static final class EntryPort extends Rule {
    EntryPort(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.ENTRY_PORT_DESIGNATED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.arrivalPort;
      if (port == null) {
        return unknown(to, Messages.HAINAN_PORT_UNKNOWN, trip.trip.arrival().port());
      }
      PortCapability open = hainanOpenPort(port, trip.entryDate);
      return open != null
          ? cite(to, Status.PASS, open.source(), Messages.HAINAN_ENTRY_PORT_OPEN, port, trip.entryDate)
          : fail(to, Messages.HAINAN_ENTRY_PORT_OUTSIDE, port);
    }
  }

  /**
   * Exit through an open port of Hainan. No source allows leaving through a port elsewhere, and none
   * forbids it in so many words: UNKNOWN (SPEC 3.6).
   */
  static final class ExitPort extends Rule {
    ExitPort(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.EXIT_PORT_PERMITTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.departurePort;
      LocalDate day = trip.departure.toLocalDate();
      if (port == null) {
        return unknown(to, Messages.HAINAN_PORT_UNKNOWN, trip.trip.departure().port());
      }
      PortCapability open = hainanOpenPort(port, day);
      return open != null
          ? cite(to, Status.PASS, open.source(), Messages.HAINAN_EXIT_PORT_OPEN, port)
          : unknown(to, Messages.HAINAN_EXIT_PORT_OUTSIDE, port);
    }
  }

  /** Departure no later than 30 days from 00:00 on the day after entry. */
  static final class StayWithinLimit extends Rule {
    StayWithinLimit(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      RegimeTerms t = terms(trip);
      if (t == null || t.maxStayHours().isEmpty()) {
        return unknown(to, Messages.HAINAN_STAY_NO_TERMS);
      }
      int hours = t.maxStayHours().getAsInt();
      ZonedDateTime by = trip.stayDeadline(t.counting(), hours);
      return SharedRules.isAfter(trip.departure, by)
          ? fail(to, Messages.HAINAN_STAY_BEYOND, trip.departure.toLocalDateTime(), hours / 24, by)
          : pass(to, Messages.HAINAN_STAY_WITHIN, hours / 24, by);
    }
  }

  /** The purpose is one the scheme admits on the entry date (tourism; more from 2024-02-09). */
  static final class PurposePermitted extends Rule {
    PurposePermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Optional<PurposeRule> rule =
          trip.catalogue.purposeRule(PurposeScope.HAINAN_30D, trip.trip.purpose(), trip.entryDate);
      return SharedRules.purpose(this, to, trip.trip.purpose(), rule);
    }
  }


}
