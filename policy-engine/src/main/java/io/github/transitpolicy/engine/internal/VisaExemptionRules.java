package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
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

/** The rules of unilateral and mutual visa exemption for ordinary passports (SPEC 3.3). */
final class VisaExemptionRules {

  static final Regime REGIME = Regime.VISA_EXEMPTION;

  private VisaExemptionRules() {}

  /** All the rules, in the order they are reported. */
  static List<Rule> all(Catalogue catalogue) {
    return List.of(
        new PolicyInForce(catalogue),
        new NationalityEligible(catalogue),
        new DocumentAccepted(catalogue),
        new StayWithinLimit(catalogue),
        new PurposePermitted(catalogue));
  }

  /** The exemption that covers the traveller's nationality on the entry date, if any. */
  static @Nullable VisaExemption exemption(TripFacts trip) {
    for (VisaExemption e : trip.catalogue.visaExemptions(trip.nationality)) {
      if (e.validity().contains(trip.entryDate)) {
        return e;
      }
    }
    return null;
  }

  /** Days per stay under an exemption on the entry date: per agreement, or the unilateral terms. */
  static OptionalInt stayDays(TripFacts trip, VisaExemption e) {
    if (e.kind() == ExemptionKind.MUTUAL) {
      return e.termsVerified() ? e.stayDays() : OptionalInt.empty();
    }
    Optional<UnilateralTerms> terms = trip.catalogue.unilateralTermsOn(trip.entryDate);
    return terms.isPresent() ? OptionalInt.of(terms.get().stayDays()) : OptionalInt.empty();
  }

  /** The exit deadline under the exemption covering the trip, if its terms are known. */
  static Optional<ZonedDateTime> deadline(TripFacts trip) {
    VisaExemption e = exemption(trip);
    if (e == null) {
      return Optional.empty();
    }
    OptionalInt days = stayDays(trip, e);
    Optional<RegimeTerms> terms = trip.catalogue.regimeTerms(REGIME, trip.entryDate);
    if (days.isEmpty() || terms.isEmpty()) {
      return Optional.empty();
    }
    StayCounting counting = terms.get().counting();
    return Optional.of(SharedRules.stayDeadline(counting, trip.arrival, trip.entryDate, days.getAsInt() * 24L));
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

  private static LocalizedText kind(VisaExemption e) {
    return e.kind() == ExemptionKind.UNILATERAL
        ? LocalizedText.of("unilateral visa exemption", "单方面免签")
        : LocalizedText.of("mutual visa exemption agreement", "互免签证协定");
  }

  /** The exemption is in force on the entry date and still on the departure date. */
  static final class PolicyInForce implements Rule {
    private final Findings findings;

    PolicyInForce(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.POLICY_IN_FORCE);
    }

    @Override
    public FindingCode code() {
      return FindingCode.POLICY_IN_FORCE;
    }

    @Override
    public Finding check(TripFacts trip) {
      VisaExemption e = exemption(trip);
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (e == null) {
        return findings.fail(l -> Texts.zh(l)
            ? Texts.date(entry, l) + "没有适用于" + Texts.country(nationality, l) + "的免签政策。"
            : "No visa exemption for " + Texts.country(nationality, l) + " is in force on " + entry + ".");
      }
      LocalDate leaves = trip.departure.toLocalDate();
      Optional<LocalDate> until = coveredUntil(trip, e);
      LocalizedText kind = kind(e);
      if (until.isPresent() && leaves.isAfter(until.get())) {
        LocalDate end = until.get();
        return findings.of(Status.FAIL, l -> Texts.zh(l)
            ? kind.render(l) + "于" + Texts.date(end, l) + "到期，早于" + Texts.date(leaves, l) + "出境。"
            : "The " + kind.render(l) + " ends on " + end + ", before departure on " + leaves + ".", e.source());
      }
      return findings.of(Status.PASS, l -> Texts.zh(l)
          ? kind.render(l) + "在整个行程期间有效" + (until.isPresent() ? "（至" + Texts.date(until.get(), l) + "）。" : "。")
          : "The " + kind.render(l) + " is in force for the whole trip"
              + (until.isPresent() ? " (until " + until.get() + ")." : "."), e.source());
    }
  }

  /** The nationality has a unilateral or mutual exemption on the entry date. */
  static final class NationalityEligible implements Rule {
    private final Findings findings;

    NationalityEligible(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.NATIONALITY_ELIGIBLE);
    }

    @Override
    public FindingCode code() {
      return FindingCode.NATIONALITY_ELIGIBLE;
    }

    @Override
    public Finding check(TripFacts trip) {
      CountryCode nationality = trip.nationality;
      LocalDate entry = trip.entryDate;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return findings.unknown(l -> Texts.zh(l)
            ? nationality.code() + "为英国公民以外的英国国民类别；对英国的免签是否包括此类别，未见明文。"
            : nationality.code() + " is a British nationality other than British citizen; no source says whether "
                + "the exemption for the United Kingdom covers it.");
      }
      VisaExemption e = exemption(trip);
      if (e != null) {
        LocalizedText kind = kind(e);
        return findings.of(Status.PASS, l -> Texts.zh(l)
            ? Texts.country(nationality, l) + "在" + Texts.date(entry, l) + "适用" + kind.render(l) + "。"
            : Texts.country(nationality, l) + " has a " + kind.render(l) + " on " + entry + ".", e.source());
      }
      @Nullable LocalDate later = null;
      @Nullable LocalDate ended = null;
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
      LocalDate from = later;
      LocalDate until = ended;
      return findings.fail(l -> Texts.zh(l)
          ? Texts.country(nationality, l) + "在" + Texts.date(entry, l) + "不适用免签政策"
              + (from != null ? "（自" + Texts.date(from, l) + "起适用）" : "")
              + (until != null ? "（已于" + Texts.date(until, l) + "结束）" : "") + "。"
          : Texts.country(nationality, l) + " has no visa exemption on " + entry
              + (from != null ? "; one starts on " + from : "")
              + (until != null ? "; the last one ended on " + until : "") + ".");
    }
  }

  /** The exemption covers ordinary passports only. */
  static final class DocumentAccepted implements Rule {
    private final Findings findings;

    DocumentAccepted(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.DOCUMENT_ACCEPTED);
    }

    @Override
    public FindingCode code() {
      return FindingCode.DOCUMENT_ACCEPTED;
    }

    @Override
    public Finding check(TripFacts trip) {
      DocumentType type = trip.trip.traveller().document().type();
      switch (type) {
        case ORDINARY_PASSPORT:
          return findings.pass(LocalizedText.of(
              "An ordinary passport: the exemption covers it.", "普通护照，适用免签政策。"));
        case DIPLOMATIC_PASSPORT:
        case SERVICE_PASSPORT:
        case OFFICIAL_PASSPORT:
        case EMERGENCY_PASSPORT:
          return findings.unknown(l -> Texts.zh(l)
              ? "本免签政策只适用于普通护照；" + Texts.document(type, l) + "可能另有协定，本库未纳入。"
              : "This exemption covers ordinary passports; " + Texts.aDocument(type, l)
                  + " may fall under other agreements, which are not modelled.");
        default:
          return findings.fail(l -> Texts.zh(l)
              ? "免签政策只适用于普通护照，" + Texts.document(type, l) + "不适用。"
              : "The exemption covers ordinary passports only, not " + Texts.aDocument(type, l) + ".");
      }
    }
  }

  /** The stay, counted from 00:00 on the day after entry, is within the exemption's limit. */
  static final class StayWithinLimit implements Rule {
    private final Findings findings;

    StayWithinLimit(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.STAY_WITHIN_LIMIT);
    }

    @Override
    public FindingCode code() {
      return FindingCode.STAY_WITHIN_LIMIT;
    }

    @Override
    public Finding check(TripFacts trip) {
      VisaExemption e = exemption(trip);
      if (e == null) {
        return findings.fail(LocalizedText.of(
            "No visa exemption, so no visa-free stay.", "无免签政策，不能免签停留。"));
      }
      OptionalInt days = stayDays(trip, e);
      Optional<ZonedDateTime> deadline = deadline(trip);
      if (days.isEmpty() || deadline.isEmpty()) {
        if (e.kind() == ExemptionKind.MUTUAL) {
          return findings.of(Status.UNKNOWN, LocalizedText.of(
              "The terms of this agreement (its stay limit) are not verified.",
              "该免签协定的停留期限未经核实。"), e.source());
        }
        return findings.of(Status.UNKNOWN, LocalizedText.of(
            "The tables give no stay limit for the unilateral exemption on the entry date.",
            "入境日期无单方面免签停留期限的资料。"), e.source());
      }
      int n = days.getAsInt();
      ZonedDateTime by = deadline.get();
      ZonedDateTime departs = trip.departure;
      if (!departs.isAfter(by)) {
        return findings.pass(l -> Texts.zh(l)
            ? "每次停留不超过" + n + "日，自入境次日起算：须于" + Texts.deadline(by, l) + "前出境。"
            : "Stays of up to " + n + " days, counted from the day after entry: leave by " + Texts.deadline(by, l)
                + ".");
      }
      return findings.fail(l -> Texts.zh(l)
          ? "于" + Texts.time(departs.toLocalDateTime(), l) + "出境，超过" + n + "日的停留期限：须于" + Texts.deadline(by, l)
              + "前出境。"
          : "Leaves at " + Texts.time(departs.toLocalDateTime(), l) + ", beyond the " + n + "-day limit: leave by "
              + Texts.deadline(by, l) + ".");
    }
  }

  /** The purpose is one the exemption admits. */
  static final class PurposePermitted implements Rule {
    private final Findings findings;

    PurposePermitted(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.PURPOSE_PERMITTED);
    }

    @Override
    public FindingCode code() {
      return FindingCode.PURPOSE_PERMITTED;
    }

    @Override
    public Finding check(TripFacts trip) {
      Purpose purpose = trip.trip.purpose();
      VisaExemption e = exemption(trip);
      if (e != null && e.kind() == ExemptionKind.MUTUAL) {
        return Transit240hRules.purposeFinding(
            findings, purpose, trip.catalogue.purposeRule(PurposeScope.MUTUAL_VISA_EXEMPTION, purpose));
      }
      Optional<UnilateralTerms> terms = trip.catalogue.unilateralTermsOn(trip.entryDate);
      if (terms.isEmpty()) {
        return findings.unknown(l -> Texts.zh(l)
            ? "入境日期无适用的单方面免签条件。"
            : "No unilateral exemption terms apply on the entry date.");
      }
      boolean permitted = terms.get().purposes().contains(purpose);
      return findings.of(permitted ? Status.PASS : Status.FAIL, l -> Texts.zh(l)
          ? (permitted ? "单方面免签允许" : "单方面免签不包括") + Texts.purpose(purpose, l) + "。"
          : "The unilateral exemption " + (permitted ? "admits " : "does not admit ") + Texts.purpose(purpose, l)
              + ".", terms.get().source());
    }
  }
}
