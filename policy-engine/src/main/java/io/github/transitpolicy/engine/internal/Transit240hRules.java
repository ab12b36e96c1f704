package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules of 240-hour visa-free transit (SPEC 3.1), each a class named for what it checks. */
final class Transit240hRules extends RegimeRules {

  static final Regime REGIME = Regime.TRANSIT_240H;

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final DocumentAccepted documentAccepted;
  private final SharedRules.DocumentValidity documentValidity;
  private final EntryPortDesignated entryPortDesignated;
  private final ExitPortPermitted exitPortPermitted;
  private final SharedRules.RouteToThirdCountry routeToThirdCountry;
  private final StayWithinLimit stayWithinLimit;
  private final SharedRules.OnwardTicketConfirmed onwardTicketConfirmed;
  private final PurposePermitted purposePermitted;
  private final SharedRules.VisitsWithinArea visitsWithinArea;
  private final NoAdverseRecord noAdverseRecord;
  private final List<Rule> rules;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue) {
    return new Transit240hRules(catalogue);
  }

  Transit240hRules(Catalogue catalogue) {
    super(REGIME);
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue),
        nationalityEligible = new NationalityEligible(catalogue),
        documentAccepted = new DocumentAccepted(catalogue),
        documentValidity = new SharedRules.DocumentValidity(catalogue, REGIME, Messages.TRANSIT_240H_BEFORE_POLICY),
        entryPortDesignated = new EntryPortDesignated(catalogue),
        exitPortPermitted = new ExitPortPermitted(catalogue),
        routeToThirdCountry = new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        stayWithinLimit = new StayWithinLimit(catalogue),
        onwardTicketConfirmed = new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        purposePermitted = new PurposePermitted(catalogue),
        visitsWithinArea = new SharedRules.VisitsWithinArea(catalogue, REGIME, null, Messages.TRANSIT_240H_BEFORE_POLICY),
        noAdverseRecord = new NoAdverseRecord(catalogue));
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The trip's own fields first, then the day's terms and the catalogue.
    Answer a = Answer.STATUS;
    return d.add(documentAccepted, documentAccepted.check(t, a))
        && d.add(routeToThirdCountry, routeToThirdCountry.check(t, a))
        && d.add(onwardTicketConfirmed, onwardTicketConfirmed.check(t, a))
        && d.add(purposePermitted, purposePermitted.check(t, a))
        && d.add(noAdverseRecord, noAdverseRecord.check(t, a))
        && d.add(policyInForce, policyInForce.check(t, a))
        && d.add(nationalityEligible, nationalityEligible.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(entryPortDesignated, entryPortDesignated.check(t, a))
        && d.add(exitPortPermitted, exitPortPermitted.check(t, a))
        && d.add(stayWithinLimit, stayWithinLimit.check(t, a))
        && d.add(visitsWithinArea, visitsWithinArea.check(t, a));
  }

  /** The exit deadline under the terms in force on the entry date, no later than the document's end. */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    ZonedDateTime by = trip.transitDeadline;
    return by == null ? null : SharedRules.withinDocument(by, trip);
  }

  @Override
  PermittedArea area(TripFacts trip) {
    return trip.day.transitArea;
  }

  /**
   * Before the first bundled version the 72/144-hour schemes applied, with other countries, ports and
   * areas: the dated rules cannot judge such a trip and say so, rather than fail it.
   */
  static Status beforePolicy(Rule rule, Answer to) {
    return rule.unknown(to, Messages.TRANSIT_240H_BEFORE_POLICY);
  }

  /** The entry date falls within a bundled version of the policy. */
  static final class PolicyInForce extends Rule {
    PolicyInForce(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      PolicyVersion version = trip.day.transitVersion;
      if (version != null && trip.day.transitTerms != null) {
        return cite(to, Status.PASS, version.source(), Messages.TRANSIT_240H_POLICY_IN_FORCE_IN_FORCE,
            version.effective(), trip.entryDate);
      }
      List<PolicyVersion> versions = trip.catalogue.policyVersions();
      if (versions.isEmpty()) {
        return beforePolicy(this, to);
      }
      // Before the first version: the 72/144-hour regimes answer where their tables reach that day.
      return olderSchemeKnown(trip)
          ? fail(to, Messages.TRANSIT_240H_POLICY_IN_FORCE_OLDER_SCHEME, trip.entryDate, versions.get(0).effective())
          : unknown(to, Messages.TRANSIT_240H_POLICY_IN_FORCE_BEFORE, trip.entryDate, versions.get(0).effective());
    }

    /** Whether a 72/144-hour zone of the tables had begun by the entry date (the scheme then covers it). */
    private static boolean olderSchemeKnown(TripFacts trip) {
      for (io.github.transitpolicy.data.TransitZone z : trip.catalogue.transitZones()) {
        if (z.validity().from().isPresent() && !z.validity().from().get().isAfter(trip.entryDate)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The document's nationality is on the list in force on the entry date. */
  static final class NationalityEligible extends Rule {
    NationalityEligible(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (trip.day.transitVersion == null) {
        return beforePolicy(this, to);
      }
      // Comparisons, not an enum switch: a switch compiles to a synthetic class of its own, one more
      // class for the first evaluation in a JVM to load (README, First use).
      CountryCode.Kind kind = nationality.kind();
      if (kind == CountryCode.Kind.BRITISH_NATIONAL) {
        return unknown(to, Messages.TRANSIT_240H_NATIONALITY_BRITISH, nationality.code());
      }
      if (kind == CountryCode.Kind.STATELESS || kind == CountryCode.Kind.REFUGEE
          || kind == CountryCode.Kind.ORGANISATION || kind == CountryCode.Kind.UNSPECIFIED) {
        return fail(to, Messages.TRANSIT_240H_NATIONALITY_NOT_A_NATIONALITY, nationality.code());
      }
      Optional<CountryEligibility> eligible = trip.catalogue.transitEligibility(nationality, entry);
      if (eligible.isPresent()) {
        return cite(to, Status.PASS, eligible.get().source(), Messages.TRANSIT_240H_NATIONALITY_ON_LIST,
            nationality, entry);
      }
      LocalDate later = to.detailed() ? laterListing(trip) : null;
      return later == null
          ? fail(to, Messages.TRANSIT_240H_NATIONALITY_NOT_ON_LIST, nationality, entry)
          : fail(to, Messages.TRANSIT_240H_NATIONALITY_NOT_YET_ON_LIST, nationality, entry, later);
    }

    /** The day the nationality joins the list after the entry date, if it does. */
    private static @Nullable LocalDate laterListing(TripFacts trip) {
      LocalDate later = null;
      for (CountryEligibility e : trip.catalogue.transitEligibility()) {
        if (e.country().equals(trip.nationality) && e.validity().from().isPresent()
            && e.validity().from().get().isAfter(trip.entryDate)) {
          later = e.validity().from().get();
        }
      }
      return later;
    }
  }

  /** The document proves the nationality: a passport of one of the accepted kinds. */
  static final class DocumentAccepted extends Rule {
    DocumentAccepted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.DOCUMENT_ACCEPTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      DocumentType type = trip.trip.traveller().document().type();
      // Comparisons, not an enum switch (see NationalityEligible); the document's name only for a message.
      @Nullable LocalizedText name = to.detailed() ? Texts.aDocumentText(type) : null;
      if (type == DocumentType.ORDINARY_PASSPORT || type == DocumentType.DIPLOMATIC_PASSPORT
          || type == DocumentType.SERVICE_PASSPORT || type == DocumentType.OFFICIAL_PASSPORT) {
        return pass(to, Messages.TRANSIT_240H_DOCUMENT_PROVES, name);
      }
      if (type == DocumentType.EMERGENCY_PASSPORT) {
        return unknown(to, Messages.TRANSIT_240H_DOCUMENT_NO_SOURCE, name);
      }
      return fail(to, Messages.TRANSIT_240H_DOCUMENT_DOES_NOT_PROVE, name);
    }
  }

  /** The entry port is a designated 240-hour entry port on the entry date. The list is complete. */
  static final class EntryPortDesignated extends Rule {
    EntryPortDesignated(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.ENTRY_PORT_DESIGNATED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.arrivalPort;
      LocalDate entry = trip.entryDate;
      if (trip.day.transitVersion == null) {
        return beforePolicy(this, to);
      }
      if (port == null) {
        return fail(to, Messages.TRANSIT_240H_ENTRY_PORT_UNKNOWN, trip.trip.arrival().port());
      }
      if (port.has(Capability.TRANSIT_240H_ENTRY, entry)) {
        PortCapability c = to.detailed() ? SharedRules.capabilityOn(port, Capability.TRANSIT_240H_ENTRY, entry) : null;
        return cite(to, Status.PASS, c == null ? "" : c.source(), Messages.TRANSIT_240H_ENTRY_PORT_DESIGNATED, port,
            entry);
      }
      LocalDate later = to.detailed() ? laterDesignation(port, entry) : null;
      return later == null
          ? fail(to, Messages.TRANSIT_240H_ENTRY_PORT_NOT_DESIGNATED, port, entry)
          : fail(to, Messages.TRANSIT_240H_ENTRY_PORT_NOT_YET_DESIGNATED, port, entry, later);
    }

    /** The day the port becomes a designated entry port after the entry date, if it does. */
    private static @Nullable LocalDate laterDesignation(Port port, LocalDate entry) {
      LocalDate later = null;
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_ENTRY && c.validity().from().isPresent()
            && c.validity().from().get().isAfter(entry)) {
          later = c.validity().from().get();
        }
      }
      return later;
    }
  }

  /** The exit port is a designated port or an open port of Guangdong province. */
  static final class ExitPortPermitted extends Rule {
    ExitPortPermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.EXIT_PORT_PERMITTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.departurePort;
      if (trip.day.transitVersion == null) {
        return beforePolicy(this, to);
      }
      if (port == null) {
        return unknown(to, Messages.TRANSIT_240H_EXIT_PORT_UNKNOWN, trip.trip.departure().port());
      }
      if (!port.has(Capability.TRANSIT_240H_EXIT, trip.entryDate)) {
        return fail(to, Messages.TRANSIT_240H_EXIT_PORT_NOT_PERMITTED, port);
      }
      PortCapability c = to.detailed() ? SharedRules.capabilityOn(port, Capability.TRANSIT_240H_EXIT, trip.entryDate) : null;
      return cite(to, Status.PASS, c == null ? "" : c.source(), Messages.TRANSIT_240H_EXIT_PORT_PERMITTED, port);
    }
  }

  /** Departure is no later than the exit deadline. */
  static final class StayWithinLimit extends Rule {
    StayWithinLimit(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      ZonedDateTime by = trip.transitDeadline;
      if (trip.day.transitVersion == null) {
        return beforePolicy(this, to);
      }
      if (by == null) {
        return unknown(to, Messages.TRANSIT_240H_STAY_NO_LIMIT);
      }
      return trip.leavesAfterTransitDeadline()
          ? fail(to, Messages.TRANSIT_240H_STAY_BEYOND, trip.departure.toLocalDateTime(), by)
          : pass(to, Messages.TRANSIT_240H_STAY_WITHIN, trip.departure.toLocalDateTime(), by);
    }
  }

  /** The purpose is one the policy admits (work, study and journalism need a visa). */
  static final class PurposePermitted extends Rule {
    /** The rule of each purpose, which depends on nothing else: looked up once. */
    private final List<Optional<PurposeRule>> byPurpose;

    PurposePermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED));
      this.byPurpose = SharedRules.purposeRules(catalogue, PurposeScope.TRANSIT_240H);
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Purpose purpose = trip.trip.purpose();
      return SharedRules.purpose(this, to, purpose, byPurpose.get(purpose.ordinal()));
    }
  }

  /** The traveller declares no Chinese visa-refusal stamp and no immigration violation within 5 years. */
  static final class NoAdverseRecord extends Rule {
    NoAdverseRecord(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NO_ADVERSE_RECORD));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return trip.trip.visaRefusalDeclared() || trip.trip.immigrationViolationDeclared()
          ? fail(to, Messages.TRANSIT_240H_NO_ADVERSE_RECORD_DECLARED)
          : pass(to, Messages.TRANSIT_240H_NO_ADVERSE_RECORD_NONE);
    }
  }
}
