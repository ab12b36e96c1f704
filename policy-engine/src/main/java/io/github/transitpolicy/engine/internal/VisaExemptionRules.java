package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Province;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The rules of unilateral and mutual visa exemption for ordinary passports (SPEC 3.3). */
final class VisaExemptionRules extends RegimeRules {

  static final Regime REGIME = Regime.VISA_EXEMPTION;

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final DocumentAccepted documentAccepted;
  private final StayWithinLimit stayWithinLimit;
  private final PurposePermitted purposePermitted;
  private final DocumentValidity documentValidity;
  private final SharedRules.EntryPortOpen entryPortOpen;
  private final SharedRules.ExitPortOpen exitPortOpen;
  private final VisitsWithinArea visitsWithinArea;
  private final List<Rule> rules;
  /** Every province of the mainland: the area of a visa-exempt stay. */
  final PermittedArea mainland;

  VisaExemptionRules(Catalogue catalogue) {
    super(REGIME);
    List<PlaceCode> provinces = new ArrayList<>();
    for (Province p : catalogue.provinces()) {
      provinces.add(p.code());
    }
    this.mainland = PermittedArea.of(provinces, List.of());
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue),
        nationalityEligible = new NationalityEligible(catalogue),
        documentAccepted = new DocumentAccepted(catalogue),
        documentValidity = new DocumentValidity(catalogue),
        entryPortOpen = new SharedRules.EntryPortOpen(catalogue, REGIME),
        exitPortOpen = new SharedRules.ExitPortOpen(catalogue, REGIME),
        stayWithinLimit = new StayWithinLimit(catalogue),
        purposePermitted = new PurposePermitted(catalogue),
        visitsWithinArea = new VisitsWithinArea(catalogue, mainland));
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The trip's own fields first, then the day's terms and the catalogue.
    return d.add(documentAccepted, documentAccepted.status(t))
        && d.add(policyInForce, policyInForce.status(t))
        && d.add(nationalityEligible, nationalityEligible.status(t))
        && d.add(stayWithinLimit, stayWithinLimit.status(t))
        && d.add(purposePermitted, purposePermitted.status(t))
        && d.add(documentValidity, documentValidity.status(t))
        && d.add(entryPortOpen, entryPortOpen.status(t))
        && d.add(exitPortOpen, exitPortOpen.status(t))
        && d.add(visitsWithinArea, visitsWithinArea.status(t));
  }

  /** The exemption that covers the traveller's nationality on the entry date, if any. */
  static @Nullable VisaExemption exemption(Catalogue catalogue, CountryCode nationality, LocalDate entryDate) {
    for (VisaExemption e : catalogue.visaExemptions(nationality)) {
      if (e.validity().contains(entryDate)) {
        return e;
      }
    }
    return null;
  }

  /** Days per stay under an exemption on the entry date: per agreement, or the unilateral terms. */
  static OptionalInt stayDays(PolicyDay day, VisaExemption e) {
    if (e.kind() == ExemptionKind.MUTUAL) {
      return e.termsVerified() ? e.stayDays() : OptionalInt.empty();
    }
    UnilateralTerms terms = day.unilateralTerms;
    return terms != null ? OptionalInt.of(terms.stayDays()) : OptionalInt.empty();
  }

  /**
   * The exit deadline under the exemption covering the trip, if its terms are known: the earliest of
   * the stay limit, the end of the exemption (24:00 of its last day) and the end of the document's
   * validity, so that it is always a moment the traveller may leave at.
   */
  static Optional<ZonedDateTime> deadline(TripFacts trip) {
    ZonedDateTime by = trip.exemptionDeadline();
    VisaExemption e = trip.exemption;
    if (by == null || e == null) {
      return Optional.empty();
    }
    Optional<LocalDate> until = coveredUntil(trip, e);
    if (until.isPresent()) {
      by = SharedRules.earliest(by, SharedRules.endOfDay(until.get()));
    }
    return Optional.of(SharedRules.earliest(by, trip.documentEnd()));
  }

  /**
   * The last day the nationality stays covered from the entry date on: the exemption's own end, carried
   * over any exemption that takes over the next day (Malaysia: unilateral until 2025-07-16, mutual from
   * 2025-07-17). Empty when coverage has no end.
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

  private static final LocalizedText UNILATERAL = LocalizedText.of("unilateral visa exemption", "单方面免签");
  private static final LocalizedText MUTUAL = LocalizedText.of("mutual visa exemption agreement", "互免签证协定");

  private static LocalizedText kind(VisaExemption e) {
    return e.kind() == ExemptionKind.UNILATERAL ? UNILATERAL : MUTUAL;
  }

  /** The exemption is in force on the entry date and still on the departure date. */
  static final class PolicyInForce extends Rule {
    private static final Message.Template NONE = Message.template(
        "No visa exemption for {0} is in force on {1}.", "{1}没有适用于{0}的免签政策。");
    private static final Message.Template ENDS = Message.template(
        "The {0} ends on {1}, before departure on {2}.", "{0}于{1}到期，早于{2}出境。");
    private static final Message.Template UNTIL = Message.template(
        "The {0} is in force for the whole trip (until {1}).", "{0}在整个行程期间有效（至{1}）。");
    private static final Message.Template OPEN_ENDED = Message.template(
        "The {0} is in force for the whole trip.", "{0}在整个行程期间有效。");

    PolicyInForce(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE));
    }

    @Override
    Status status(TripFacts trip) {
      VisaExemption e = trip.exemption;
      if (e == null) {
        return Status.FAIL;
      }
      // In force through 24:00 of its last day: a departure at that moment is still covered.
      Optional<LocalDate> until = coveredUntil(trip, e);
      return until.isPresent() && !SharedRules.within(trip.departure, until.get()) ? Status.FAIL : Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      VisaExemption e = trip.exemption;
      if (e == null) {
        return findings.fail(NONE.with(trip.nationality, trip.entryDate));
      }
      LocalDate leaves = trip.departure.toLocalDate();
      Optional<LocalDate> until = coveredUntil(trip, e);
      if (until.isPresent() && !SharedRules.within(trip.departure, until.get())) {
        return findings.of(Status.FAIL, ENDS.with(kind(e), until.get(), leaves), e.source());
      }
      return findings.of(Status.PASS,
          until.isPresent() ? UNTIL.with(kind(e), until.get()) : OPEN_ENDED.with(kind(e)), e.source());
    }
  }

  /** The nationality has a unilateral or mutual exemption on the entry date. */
  static final class NationalityEligible extends Rule {
    private static final Message.Template BRITISH = Message.template(
        "{0} is a British nationality other than British citizen; no source says whether the exemption for the "
            + "United Kingdom covers it.",
        "{0}为英国公民以外的英国国民类别；对英国的免签是否包括此类别，未见明文。");
    private static final Message.Template HAS = Message.template(
        "{0} has a {1} on {2}.", "{0}在{2}适用{1}。");
    private static final Message.Template HAS_NONE = Message.template(
        "{0} has no visa exemption on {1}{2}{3}.", "{0}在{1}不适用免签政策{2}{3}。");
    private static final Message.Template STARTS = Message.template("; one starts on {0}", "（自{0}起适用）");
    private static final Message.Template ENDED = Message.template("; the last one ended on {0}", "（已于{0}结束）");

    NationalityEligible(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE));
    }

    @Override
    Status status(TripFacts trip) {
      if (trip.nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return Status.UNKNOWN;
      }
      return trip.exemption != null ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return findings.unknown(BRITISH.with(nationality.code()));
      }
      VisaExemption e = trip.exemption;
      if (e != null) {
        return findings.of(Status.PASS, HAS.with(nationality, kind(e), entry), e.source());
      }
      LocalDate later = null;
      LocalDate ended = null;
      for (VisaExemption x : trip.catalogue.visaExemptions(nationality)) {
        Optional<LocalDate> from = x.validity().from();
        Optional<LocalDate> until = x.validity().until();
        if (from.isPresent() && from.get().isAfter(entry) && (later == null || from.get().isBefore(later))) {
          later = from.get();
        }
        if (until.isPresent() && until.get().isBefore(entry) && (ended == null || until.get().isAfter(ended))) {
          ended = until.get();
        }
      }
      return findings.fail(HAS_NONE.with(nationality, entry,
          later == null ? "" : STARTS.with(later), ended == null ? "" : ENDED.with(ended)));
    }
  }

  /** The exemption covers ordinary passports only. */
  static final class DocumentAccepted extends Rule {
    private static final Message.Template OTHER_AGREEMENTS = Message.template(
        "This exemption covers ordinary passports; {0} may fall under other agreements, which are not modelled.",
        "本免签政策只适用于普通护照；{0}可能另有协定，本库未纳入。");
    private static final Message.Template NOT_COVERED = Message.template(
        "The exemption covers ordinary passports only, not {0}.", "免签政策只适用于普通护照，{0}不适用。");

    private final Finding[] byType = new Finding[DocumentType.values().length];

    DocumentAccepted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.DOCUMENT_ACCEPTED));
      // The answer depends on the document type alone: one finding per type, shared.
      for (DocumentType type : DocumentType.values()) {
        switch (type) {
          case ORDINARY_PASSPORT:
            byType[type.ordinal()] = findings.pass(LocalizedText.of(
                "An ordinary passport: the exemption covers it.", "普通护照，适用免签政策。"));
            break;
          case DIPLOMATIC_PASSPORT:
          case SERVICE_PASSPORT:
          case OFFICIAL_PASSPORT:
          case EMERGENCY_PASSPORT:
            byType[type.ordinal()] = findings.unknown(OTHER_AGREEMENTS.with(Texts.aDocumentText(type)));
            break;
          default:
            byType[type.ordinal()] = findings.fail(NOT_COVERED.with(Texts.aDocumentText(type)));
        }
      }
    }

    @Override
    Finding check(TripFacts trip) {
      return byType[trip.trip.traveller().document().type().ordinal()];
    }
  }

  /** The stay, counted from 00:00 on the day after entry, is within the exemption's limit. */
  static final class StayWithinLimit extends Rule {
    private static final Message.Template WITHIN = Message.template(
        "Stays of up to {0} days, counted from the day after entry: leave by {1}.",
        "每次停留不超过{0}日，自入境次日起算：须于{1}前出境。");
    private static final Message.Template BEYOND = Message.template(
        "Leaves at {0}, beyond the {1}-day limit: leave by {2}.", "于{0}出境，超过{1}日的停留期限：须于{2}前出境。");

    private final Finding noExemption;
    private final LocalizedText unverified = LocalizedText.of(
        "The terms of this agreement (its stay limit) are not verified.", "该免签协定的停留期限未经核实。");
    private final LocalizedText noTerms = LocalizedText.of(
        "The tables give no stay limit for the unilateral exemption on the entry date.", "入境日期无单方面免签停留期限的资料。");

    StayWithinLimit(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT));
      this.noExemption = findings.fail(LocalizedText.of(
          "No visa exemption, so no visa-free stay.", "无免签政策，不能免签停留。"));
    }

    @Override
    Status status(TripFacts trip) {
      if (trip.exemption == null) {
        return Status.FAIL;
      }
      if (trip.exemptionDays.isEmpty() || trip.exemptionTerms == null) {
        return Status.UNKNOWN;
      }
      return trip.leavesAfterExemptionDeadline() ? Status.FAIL : Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      VisaExemption e = trip.exemption;
      if (e == null) {
        return noExemption;
      }
      OptionalInt days = trip.exemptionDays;
      ZonedDateTime by = trip.exemptionDeadline();
      if (days.isEmpty() || by == null) {
        return findings.of(Status.UNKNOWN, e.kind() == ExemptionKind.MUTUAL ? unverified : noTerms, e.source());
      }
      ZonedDateTime departs = trip.departure;
      return departs.isAfter(by)
          ? findings.fail(BEYOND.with(departs.toLocalDateTime(), days.getAsInt(), by))
          : findings.pass(WITHIN.with(days.getAsInt(), by));
    }
  }

  /** The document is valid through departure; no agreement in the tables sets a longer minimum yet. */
  static final class DocumentValidity extends SharedRules.DocumentValidity {
    DocumentValidity(Catalogue catalogue) {
      super(catalogue, REGIME);
    }

    @Override
    @Nullable LocalDate minimumUntil(TripFacts trip) {
      return null;
    }

    @Override
    int minimumMonths(TripFacts trip) {
      return 0;
    }
  }

  /** Every planned place lies on the mainland, and is known to the catalogue. */
  static final class VisitsWithinArea extends SharedRules.VisitsWithinArea {
    private final PermittedArea mainland;

    VisitsWithinArea(Catalogue catalogue, PermittedArea mainland) {
      super(catalogue, REGIME);
      this.mainland = mainland;
    }

    @Override
    PermittedArea area(TripFacts trip) {
      return mainland;
    }

    @Override
    Finding noArea(TripFacts trip) {
      throw new AssertionError("the mainland is always known");
    }
  }

  /** The purpose is one the exemption admits. */
  static final class PurposePermitted extends Rule {
    private static final Message.Template ADMITS = Message.template(
        "The unilateral exemption admits {0}.", "单方面免签允许{0}。");
    private static final Message.Template DOES_NOT_ADMIT = Message.template(
        "The unilateral exemption does not admit {0}.", "单方面免签不包括{0}。");

    private final Finding[] mutual = new Finding[Purpose.values().length];
    private final Finding noTerms;

    PurposePermitted(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED));
      for (Purpose p : Purpose.values()) {
        mutual[p.ordinal()] = Transit240hRules.purposeFinding(
            findings, p, catalogue.purposeRule(PurposeScope.MUTUAL_VISA_EXEMPTION, p));
      }
      this.noTerms = findings.unknown(LocalizedText.of(
          "No unilateral exemption terms apply on the entry date.", "入境日期无适用的单方面免签条件。"));
    }

    @Override
    Status status(TripFacts trip) {
      Purpose purpose = trip.trip.purpose();
      VisaExemption e = trip.exemption;
      if (e != null && e.kind() == ExemptionKind.MUTUAL) {
        return mutual[purpose.ordinal()].status();
      }
      UnilateralTerms terms = trip.day.unilateralTerms;
      if (terms == null) {
        return Status.UNKNOWN;
      }
      return terms.purposes().contains(purpose) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      Purpose purpose = trip.trip.purpose();
      VisaExemption e = trip.exemption;
      if (e != null && e.kind() == ExemptionKind.MUTUAL) {
        return mutual[purpose.ordinal()];
      }
      UnilateralTerms terms = trip.day.unilateralTerms;
      if (terms == null) {
        return noTerms;
      }
      boolean permitted = terms.purposes().contains(purpose);
      LocalizedText name = Texts.purposeText(purpose);
      return findings.of(permitted ? Status.PASS : Status.FAIL,
          permitted ? ADMITS.with(name) : DOES_NOT_ADMIT.with(name), terms.source());
    }
  }
}
