package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Finding;
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
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules of 240-hour visa-free transit (SPEC 3.1), each a class named for what it checks. */
final class Transit240hRules extends RegimeRules {

  static final Regime REGIME = Regime.TRANSIT_240H;

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final DocumentAccepted documentAccepted;
  private final DocumentValidity documentValidity;
  private final EntryPortDesignated entryPortDesignated;
  private final ExitPortPermitted exitPortPermitted;
  private final SharedRules.RouteToThirdCountry routeToThirdCountry;
  private final StayWithinLimit stayWithinLimit;
  private final SharedRules.OnwardTicketConfirmed onwardTicketConfirmed;
  private final PurposePermitted purposePermitted;
  private final VisitsWithinArea visitsWithinArea;
  private final NoAdverseRecord noAdverseRecord;
  private final List<Rule> rules;

  Transit240hRules(Catalogue catalogue) {
    super(REGIME);
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue),
        nationalityEligible = new NationalityEligible(catalogue),
        documentAccepted = new DocumentAccepted(catalogue),
        documentValidity = new DocumentValidity(catalogue),
        entryPortDesignated = new EntryPortDesignated(catalogue),
        exitPortPermitted = new ExitPortPermitted(catalogue),
        routeToThirdCountry = new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        stayWithinLimit = new StayWithinLimit(catalogue),
        onwardTicketConfirmed = new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        purposePermitted = new PurposePermitted(catalogue),
        visitsWithinArea = new VisitsWithinArea(catalogue),
        noAdverseRecord = new NoAdverseRecord(catalogue));
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The trip's own fields first, then the day's terms and the catalogue.
    return d.add(documentAccepted, documentAccepted.status(t))
        && d.add(routeToThirdCountry, routeToThirdCountry.status(t))
        && d.add(onwardTicketConfirmed, onwardTicketConfirmed.status(t))
        && d.add(purposePermitted, purposePermitted.status(t))
        && d.add(noAdverseRecord, noAdverseRecord.status(t))
        && d.add(policyInForce, policyInForce.status(t))
        && d.add(nationalityEligible, nationalityEligible.status(t))
        && d.add(documentValidity, documentValidity.status(t))
        && d.add(entryPortDesignated, entryPortDesignated.status(t))
        && d.add(exitPortPermitted, exitPortPermitted.status(t))
        && d.add(stayWithinLimit, stayWithinLimit.status(t))
        && d.add(visitsWithinArea, visitsWithinArea.status(t));
  }

  /**
   * Before the first bundled version the 72/144-hour schemes applied, with other countries, ports and
   * areas: the dated rules cannot judge such a trip and say so, rather than fail it.
   */
  static final LocalizedText BEFORE_POLICY = LocalizedText.of(
      "The entry date precedes the 240-hour policy; the earlier 72/144-hour schemes, with their own "
          + "countries, ports and areas, are not modelled.",
      "入境日期早于240小时过境免签政策；此前的72/144小时过境免签政策（其适用国家、口岸和区域不同）未纳入本库。");

  /** The exit deadline of a trip under the terms in force on its entry date, if any. */
  static Optional<ZonedDateTime> deadline(TripFacts trip) {
    ZonedDateTime by = trip.transitDeadline;
    return by == null ? Optional.empty() : Optional.of(SharedRules.earliest(by, trip.documentEnd()));
  }

  /** The entry date falls within a bundled version of the policy. */
  static final class PolicyInForce extends Rule {
    private static final Message.Template IN_FORCE = Message.template(
        "The version of the 240-hour policy effective {0} is in force on the entry date, {1}.",
        "入境日期{1}适用{0}起施行的240小时过境免签政策。");
    private static final Message.Template BEFORE = Message.template(
        "The entry date, {0}, precedes the 240-hour policy (in force from {1}); the earlier 72/144-hour schemes "
            + "are not modelled.",
        "入境日期{0}早于240小时过境免签政策（{1}起施行）；此前的72/144小时过境免签政策未纳入本库。");

    PolicyInForce(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status status(TripFacts trip) {
      return trip.day.transitVersion != null && trip.day.transitTerms != null ? Status.PASS : Status.UNKNOWN;
    }

    @Override
    Finding check(TripFacts trip) {
      PolicyVersion version = trip.day.transitVersion;
      if (version != null && trip.day.transitTerms != null) {
        return findings.of(Status.PASS, IN_FORCE.with(version.effective(), trip.entryDate), version.source());
      }
      List<PolicyVersion> versions = trip.catalogue.policyVersions();
      if (versions.isEmpty()) {
        return findings.unknown(BEFORE_POLICY);
      }
      return findings.unknown(BEFORE.with(trip.entryDate, versions.get(0).effective()));
    }
  }

  /** The document's nationality is on the list in force on the entry date. */
  static final class NationalityEligible extends Rule {
    private static final Message.Template BRITISH = Message.template(
        "{0} is a British nationality other than British citizen; no source says whether the list's "
            + "\"United Kingdom\" covers it.",
        "{0}为英国公民以外的英国国民类别；名单中的\u201c英国\u201d是否包括此类别，未见明文。");
    private static final Message.Template NOT_A_NATIONALITY = Message.template(
        "{0} is not the nationality of a listed country.", "{0}不是名单所列国家的国籍。");
    private static final Message.Template ON_LIST = Message.template(
        "{0} is on the 240-hour list on {1}.", "{0}在{1}属于适用240小时过境免签政策的国家。");
    private static final Message.Template NOT_ON_LIST = Message.template(
        "{0} is not on the 240-hour list on {1}.", "{0}在{1}不属于适用240小时过境免签政策的国家。");
    private static final Message.Template NOT_YET_ON_LIST = Message.template(
        "{0} is not on the 240-hour list on {1} (it is from {2}).",
        "{0}在{1}不属于适用240小时过境免签政策的国家（自{2}起适用）。");

    NationalityEligible(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE));
    }

    @Override
    Status status(TripFacts trip) {
      if (trip.day.transitVersion == null) {
        return Status.UNKNOWN;
      }
      switch (trip.nationality.kind()) {
        case BRITISH_NATIONAL:
          return Status.UNKNOWN;
        case STATELESS:
        case REFUGEE:
        case ORGANISATION:
        case UNSPECIFIED:
          return Status.FAIL;
        default:
          return trip.catalogue.transitEligibility(trip.nationality, trip.entryDate).isPresent()
              ? Status.PASS : Status.FAIL;
      }
    }

    @Override
    Finding check(TripFacts trip) {
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (trip.day.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      switch (nationality.kind()) {
        case BRITISH_NATIONAL:
          return findings.unknown(BRITISH.with(nationality.code()));
        case STATELESS:
        case REFUGEE:
        case ORGANISATION:
        case UNSPECIFIED:
          return findings.fail(NOT_A_NATIONALITY.with(nationality.code()));
        default:
          break;
      }
      Optional<CountryEligibility> eligible = trip.catalogue.transitEligibility(nationality, entry);
      if (eligible.isPresent()) {
        return findings.of(Status.PASS, ON_LIST.with(nationality, entry), eligible.get().source());
      }
      LocalDate later = null;
      for (CountryEligibility e : trip.catalogue.transitEligibility()) {
        if (e.country().equals(nationality) && e.validity().from().isPresent()
            && e.validity().from().get().isAfter(entry)) {
          later = e.validity().from().get();
        }
      }
      return findings.fail(later == null
          ? NOT_ON_LIST.with(nationality, entry)
          : NOT_YET_ON_LIST.with(nationality, entry, later));
    }
  }

  /** The document proves the nationality: a passport of one of the accepted kinds. */
  static final class DocumentAccepted extends Rule {
    private static final Message.Template PROVES = Message.template(
        "{0} proves the holder's nationality.", "{0}可证明持有人的国籍。");
    private static final Message.Template NO_SOURCE = Message.template(
        "No source says whether {0} is accepted; the border officer decides.",
        "未见关于{0}能否适用的规定，由边检机关决定。");
    private static final Message.Template DOES_NOT_PROVE = Message.template(
        "{0} does not prove the nationality of a listed country.", "{0}不能证明持有人具有所列国家的国籍。");

    private final Finding[] byType = new Finding[DocumentType.values().length];

    DocumentAccepted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.DOCUMENT_ACCEPTED));
      // The answer depends on the document type alone: one finding per type, shared.
      for (DocumentType type : DocumentType.values()) {
        LocalizedText a = Texts.aDocumentText(type);
        LocalizedText capitalised = LocalizedText.of(
            Texts.capitalise(a.render(Locale.ENGLISH)), a.render(Locale.CHINESE));
        switch (type) {
          case ORDINARY_PASSPORT:
          case DIPLOMATIC_PASSPORT:
          case SERVICE_PASSPORT:
          case OFFICIAL_PASSPORT:
            byType[type.ordinal()] = findings.pass(PROVES.with(capitalised));
            break;
          case EMERGENCY_PASSPORT:
            byType[type.ordinal()] = findings.unknown(NO_SOURCE.with(a));
            break;
          default:
            byType[type.ordinal()] = findings.fail(DOES_NOT_PROVE.with(capitalised));
        }
      }
    }

    @Override
    Finding check(TripFacts trip) {
      return byType[trip.trip.traveller().document().type().ordinal()];
    }
  }

  /** The document stays valid for the required months after the entry date, and through departure. */
  static final class DocumentValidity extends SharedRules.DocumentValidity {
    private final Finding noRule;
    private final Finding beforePolicy;

    DocumentValidity(Catalogue catalogue) {
      super(catalogue, REGIME);
      this.noRule = findings.unknown(LocalizedText.of(
          "No document validity rule applies on the entry date.", "入境日期无适用的证件有效期要求。"));
      this.beforePolicy = findings.unknown(BEFORE_POLICY);
    }

    @Override
    @Nullable LocalDate minimumUntil(TripFacts trip) {
      return trip.day.transitDocumentNeededUntil;
    }

    @Override
    int minimumMonths(TripFacts trip) {
      RegimeTerms terms = java.util.Objects.requireNonNull(trip.day.transitTerms, "terms");
      return terms.minDocumentValidityMonths().orElse(0);
    }

    @Override
    Status status(TripFacts trip) {
      if (trip.day.transitVersion == null || trip.day.transitDocumentNeededUntil == null) {
        return Status.UNKNOWN;
      }
      return super.status(trip);
    }

    @Override
    Finding check(TripFacts trip) {
      if (trip.day.transitVersion == null) {
        return beforePolicy;
      }
      if (trip.day.transitDocumentNeededUntil == null) {
        return noRule;
      }
      return super.check(trip);
    }
  }

  /** The entry port is a designated 240-hour entry port on the entry date. The list is complete. */
  static final class EntryPortDesignated extends Rule {
    private static final Message.Template UNKNOWN_PORT = Message.template(
        "The catalogue knows no port \"{0}\"; only the designated ports admit 240-hour transit, and their list "
            + "is complete.",
        "目录中没有口岸\u201c{0}\u201d；240小时过境免签只适用于指定的入境口岸，而指定口岸名单是完整的。");
    private static final Message.Template DESIGNATED = Message.template(
        "{0} is a designated 240-hour entry port on {1}.", "{0}在{1}为240小时过境免签入境口岸。");
    private static final Message.Template NOT_DESIGNATED = Message.template(
        "{0} is not a designated 240-hour entry port on {1}.", "{0}在{1}不是240小时过境免签入境口岸。");
    private static final Message.Template NOT_YET_DESIGNATED = Message.template(
        "{0} is not a designated 240-hour entry port on {1} (it is from {2}).",
        "{0}在{1}不是240小时过境免签入境口岸（自{2}起适用）。");

    EntryPortDesignated(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.ENTRY_PORT_DESIGNATED));
    }

    @Override
    Status status(TripFacts trip) {
      Port port = trip.arrivalPort;
      if (trip.day.transitVersion == null) {
        return Status.UNKNOWN;
      }
      return port != null && port.has(Capability.TRANSIT_240H_ENTRY, trip.entryDate) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      Port port = trip.arrivalPort;
      LocalDate entry = trip.entryDate;
      if (trip.day.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      if (port == null) {
        return findings.fail(UNKNOWN_PORT.with(trip.trip.arrival().port()));
      }
      LocalDate later = null;
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_ENTRY) {
          if (c.validity().contains(entry)) {
            return findings.of(Status.PASS, DESIGNATED.with(port, entry), c.source());
          }
          if (c.validity().from().isPresent() && c.validity().from().get().isAfter(entry)) {
            later = c.validity().from().get();
          }
        }
      }
      return findings.fail(later == null
          ? NOT_DESIGNATED.with(port, entry)
          : NOT_YET_DESIGNATED.with(port, entry, later));
    }
  }

  /** The exit port is a designated port or an open port of Guangdong province. */
  static final class ExitPortPermitted extends Rule {
    private static final Message.Template UNKNOWN_PORT = Message.template(
        "The catalogue knows no port \"{0}\"; exit is permitted through the designated ports and any open port of "
            + "Guangdong, so this cannot be checked.",
        "目录中没有口岸\u201c{0}\u201d，无法判断能否由此出境（可从指定口岸或广东省任一对外开放口岸出境）。");
    private static final Message.Template PERMITTED = Message.template(
        "{0} is a permitted exit port.", "可从{0}出境。");
    private static final Message.Template NOT_PERMITTED = Message.template(
        "{0} is neither a designated 240-hour port nor an open port of Guangdong.",
        "{0}既不是240小时过境免签口岸，也不是广东省对外开放口岸，不能由此出境。");

    ExitPortPermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.EXIT_PORT_PERMITTED));
    }

    @Override
    Status status(TripFacts trip) {
      Port port = trip.departurePort;
      if (trip.day.transitVersion == null || port == null) {
        return Status.UNKNOWN;
      }
      return port.has(Capability.TRANSIT_240H_EXIT, trip.entryDate) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      Port port = trip.departurePort;
      if (trip.day.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      if (port == null) {
        return findings.unknown(UNKNOWN_PORT.with(trip.trip.departure().port()));
      }
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_EXIT && c.validity().contains(trip.entryDate)) {
          return findings.of(Status.PASS, PERMITTED.with(port), c.source());
        }
      }
      return findings.fail(NOT_PERMITTED.with(port));
    }
  }

  /** Departure is no later than the exit deadline. */
  static final class StayWithinLimit extends Rule {
    private static final Message.Template WITHIN = Message.template(
        "Leaves at {0}, within the limit: leave by {1}.", "于{0}出境，未超过停留期限：须于{1}前出境。");
    private static final Message.Template BEYOND = Message.template(
        "Leaves at {0}, after the limit: leave by {1}.", "于{0}出境，超过停留期限：须于{1}前出境。");

    private final Finding noLimit;

    StayWithinLimit(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT));
      this.noLimit = findings.unknown(LocalizedText.of(
          "No stay limit applies on the entry date.", "入境日期无适用的停留期限。"));
    }

    @Override
    Status status(TripFacts trip) {
      ZonedDateTime by = trip.transitDeadline;
      if (trip.day.transitVersion == null || by == null) {
        return Status.UNKNOWN;
      }
      return trip.leavesAfterTransitDeadline() ? Status.FAIL : Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      ZonedDateTime by = trip.transitDeadline;
      if (trip.day.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      if (by == null) {
        return noLimit;
      }
      ZonedDateTime departs = trip.departure;
      return departs.isAfter(by)
          ? findings.fail(BEYOND.with(departs.toLocalDateTime(), by))
          : findings.pass(WITHIN.with(departs.toLocalDateTime(), by));
    }
  }

  /** The purpose is one the policy admits (work, study and journalism need a visa). */
  static final class PurposePermitted extends Rule {
    private final Finding[] byPurpose = new Finding[Purpose.values().length];

    PurposePermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED));
      // The answer depends on the purpose alone: one finding per purpose, shared.
      for (Purpose p : Purpose.values()) {
        byPurpose[p.ordinal()] = purposeFinding(findings, p, catalogue.purposeRule(PurposeScope.TRANSIT_240H, p));
      }
    }

    @Override
    Finding check(TripFacts trip) {
      return byPurpose[trip.trip.purpose().ordinal()];
    }
  }

  private static final Message.Template PURPOSE_UNKNOWN = Message.template(
      "The tables do not say whether {0} is permitted.", "未见关于{0}是否允许的规定。");
  private static final Message.Template PURPOSE_PERMITTED = Message.template(
      "The purpose, {0}, is permitted.", "允许从事{0}活动。");
  private static final Message.Template PURPOSE_NEEDS_VISA = Message.template(
      "The purpose, {0}, needs a visa.", "{0}属于须事先办妥签证的活动。");

  static Finding purposeFinding(Findings findings, Purpose purpose, Optional<PurposeRule> rule) {
    LocalizedText name = Texts.purposeText(purpose);
    if (rule.isEmpty()) {
      return findings.unknown(PURPOSE_UNKNOWN.with(name));
    }
    return rule.get().permitted()
        ? findings.of(Status.PASS, PURPOSE_PERMITTED.with(name), rule.get().source())
        : findings.of(Status.FAIL, PURPOSE_NEEDS_VISA.with(name), rule.get().source());
  }

  /** Every planned place lies in the permitted area (cross-province travel within it is allowed). */
  static final class VisitsWithinArea extends SharedRules.VisitsWithinArea {
    private final Finding beforePolicy;

    VisitsWithinArea(Catalogue catalogue) {
      super(catalogue, REGIME);
      this.beforePolicy = findings.unknown(BEFORE_POLICY);
    }

    @Override
    @Nullable PermittedArea area(TripFacts trip) {
      return trip.day.transitVersion == null ? null : trip.day.transitArea;
    }

    @Override
    Finding noArea(TripFacts trip) {
      return beforePolicy;
    }
  }

  /** The traveller declares no Chinese visa-refusal stamp and no immigration violation within 5 years. */
  static final class NoAdverseRecord extends Rule {
    private final Finding pass;
    private final Finding fail;

    NoAdverseRecord(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NO_ADVERSE_RECORD));
      this.pass = findings.pass(LocalizedText.of(
          "No Chinese visa-refusal stamp and no illegal entry, stay or work in China within 5 years declared.",
          "未申报中国拒签记录，亦未申报5年内在华非法入境、居留或就业。"));
      this.fail = findings.fail(LocalizedText.of(
          "A Chinese visa-refusal stamp, or illegal entry, stay or work in China within 5 years, was declared.",
          "申报有中国拒签记录，或5年内在华有非法入境、居留或就业记录。"));
    }

    @Override
    Finding check(TripFacts trip) {
      return trip.trip.visaRefusalDeclared() || trip.trip.immigrationViolationDeclared() ? fail : pass;
    }
  }
}
