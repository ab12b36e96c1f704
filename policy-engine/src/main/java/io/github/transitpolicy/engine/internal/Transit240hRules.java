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
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules of 240-hour visa-free transit (SPEC 3.1), each a class named for what it checks. */
final class Transit240hRules {

  static final Regime REGIME = Regime.TRANSIT_240H;

  private Transit240hRules() {}

  /** All the rules, in the order they are reported. */
  static List<Rule> all(Catalogue catalogue) {
    return List.of(
        new PolicyInForce(catalogue),
        new NationalityEligible(catalogue),
        new DocumentAccepted(catalogue),
        new DocumentValidity(catalogue),
        new EntryPortDesignated(catalogue),
        new ExitPortPermitted(catalogue),
        new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        new StayWithinLimit(catalogue),
        new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        new PurposePermitted(catalogue),
        new VisitsWithinArea(catalogue),
        new NoAdverseRecord(catalogue));
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
    return trip.catalogue.regimeTerms(REGIME, trip.entryDate).map(t -> SharedRules.stayDeadline(t, trip));
  }

  /** The entry date falls within a bundled version of the policy. */
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
      Optional<PolicyVersion> version = trip.catalogue.policyVersionOn(trip.entryDate);
      Optional<RegimeTerms> terms = trip.catalogue.regimeTerms(REGIME, trip.entryDate);
      LocalDate entry = trip.entryDate;
      if (version.isPresent() && terms.isPresent()) {
        PolicyVersion v = version.get();
        return findings.of(Status.PASS, l -> Texts.zh(l)
            ? "入境日期" + Texts.date(entry, l) + "适用" + Texts.date(v.effective(), l) + "起施行的240小时过境免签政策。"
            : "The version of the 240-hour policy effective " + v.effective() + " is in force on the entry date, "
                + entry + ".", v.source());
      }
      List<PolicyVersion> versions = trip.catalogue.policyVersions();
      @Nullable LocalDate first = versions.isEmpty() ? null : versions.get(0).effective();
      return findings.unknown(l -> Texts.zh(l)
          ? "入境日期" + Texts.date(entry, l) + "早于240小时过境免签政策（"
              + (first == null ? "无" : Texts.date(first, l) + "起") + "）；此前的72/144小时过境免签政策未纳入本库。"
          : "The entry date, " + entry + ", precedes the 240-hour policy"
              + (first == null ? "" : " (in force from " + first + ")")
              + "; the earlier 72/144-hour schemes are not modelled.");
    }
  }

  /** The document's nationality is on the list in force on the entry date. */
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
      if (trip.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      switch (nationality.kind()) {
        case BRITISH_NATIONAL:
          return findings.unknown(l -> Texts.zh(l)
              ? nationality.code() + "为英国公民以外的英国国民类别；名单中的\u201c英国\u201d是否包括此类别，未见明文。"
              : nationality.code() + " is a British nationality other than British citizen; no source says whether "
                  + "the list's \"United Kingdom\" covers it.");
        case STATELESS:
        case REFUGEE:
        case ORGANISATION:
        case UNSPECIFIED:
          return findings.fail(l -> Texts.zh(l)
              ? nationality.code() + "不是名单所列国家的国籍。"
              : nationality.code() + " is not the nationality of a listed country.");
        default:
          break;
      }
      Optional<CountryEligibility> eligible = trip.catalogue.transitEligibility(nationality, entry);
      if (eligible.isPresent()) {
        return findings.of(Status.PASS, l -> Texts.zh(l)
            ? Texts.country(nationality, l) + "在" + Texts.date(entry, l) + "属于适用240小时过境免签政策的国家。"
            : Texts.country(nationality, l) + " is on the 240-hour list on " + entry + ".",
            eligible.get().source());
      }
      @Nullable LocalDate later = null;
      for (CountryEligibility e : trip.catalogue.transitEligibility()) {
        if (e.country().equals(nationality) && e.validity().from().isPresent()
            && e.validity().from().get().isAfter(entry)) {
          later = e.validity().from().get();
        }
      }
      LocalDate from = later;
      return findings.fail(l -> Texts.zh(l)
          ? Texts.country(nationality, l) + "在" + Texts.date(entry, l) + "不属于适用240小时过境免签政策的国家"
              + (from == null ? "。" : "（自" + Texts.date(from, l) + "起适用）。")
          : Texts.country(nationality, l) + " is not on the 240-hour list on " + entry
              + (from == null ? "." : " (it is from " + from + ")."));
    }
  }

  /** The document proves the nationality: a passport of one of the accepted kinds. */
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
        case DIPLOMATIC_PASSPORT:
        case SERVICE_PASSPORT:
        case OFFICIAL_PASSPORT:
          return findings.pass(l -> Texts.zh(l)
              ? Texts.document(type, l) + "可证明持有人的国籍。"
              : Texts.capitalise(Texts.aDocument(type, l)) + " proves the holder's nationality.");
        case EMERGENCY_PASSPORT:
          return findings.unknown(l -> Texts.zh(l)
              ? "未见关于" + Texts.document(type, l) + "能否适用的规定，由边检机关决定。"
              : "No source says whether " + Texts.aDocument(type, l)
                  + " is accepted; the border officer decides.");
        default:
          return findings.fail(l -> Texts.zh(l)
              ? Texts.document(type, l) + "不能证明持有人具有所列国家的国籍。"
              : Texts.capitalise(Texts.aDocument(type, l)) + " does not prove the nationality of a listed country.");
      }
    }
  }

  /** The document stays valid for the required months after the entry date. */
  static final class DocumentValidity implements Rule {
    private final Findings findings;

    DocumentValidity(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.DOCUMENT_VALIDITY);
    }

    @Override
    public FindingCode code() {
      return FindingCode.DOCUMENT_VALIDITY;
    }

    @Override
    public Finding check(TripFacts trip) {
      Optional<RegimeTerms> terms = trip.catalogue.regimeTerms(REGIME, trip.entryDate);
      LocalDate expiry = trip.trip.traveller().document().expiry();
      if (terms.isEmpty() || terms.get().minDocumentValidityMonths().isEmpty()) {
        return findings.unknown(l -> Texts.zh(l)
            ? "入境日期无适用的证件有效期要求。"
            : "No document validity rule applies on the entry date.");
      }
      int months = terms.get().minDocumentValidityMonths().getAsInt();
      LocalDate needed = trip.entryDate.plusMonths(months);
      if (!expiry.isBefore(needed)) {
        return findings.pass(l -> Texts.zh(l)
            ? "证件有效期至" + Texts.date(expiry, l) + "，自入境日起不少于" + months + "个月（须至"
                + Texts.date(needed, l) + "）。"
            : "The document is valid until " + expiry + ", at least " + months + " months after entry (until "
                + needed + " is needed).");
      }
      return findings.fail(l -> Texts.zh(l)
          ? "证件于" + Texts.date(expiry, l) + "到期；自入境日起须有效不少于" + months + "个月，即至少至"
              + Texts.date(needed, l) + "。"
          : "The document expires on " + expiry + "; it must be valid for " + months
              + " months after entry, until at least " + needed + ".");
    }
  }

  /** The entry port is a designated 240-hour entry port on the entry date. The list is complete. */
  static final class EntryPortDesignated implements Rule {
    private final Findings findings;

    EntryPortDesignated(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.ENTRY_PORT_DESIGNATED);
    }

    @Override
    public FindingCode code() {
      return FindingCode.ENTRY_PORT_DESIGNATED;
    }

    @Override
    public Finding check(TripFacts trip) {
      @Nullable Port port = trip.arrivalPort;
      String given = trip.trip.arrival().port();
      LocalDate entry = trip.entryDate;
      if (trip.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      if (port == null) {
        return findings.fail(l -> Texts.zh(l)
            ? "目录中没有口岸\u201c" + given + "\u201d；240小时过境免签只适用于指定的入境口岸，而指定口岸名单是完整的。"
            : "The catalogue knows no port \"" + given + "\"; only the designated ports admit 240-hour transit, "
                + "and their list is complete.");
      }
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_ENTRY && c.validity().contains(entry)) {
          return findings.of(Status.PASS, l -> Texts.zh(l)
              ? Texts.port(port, given, l) + "在" + Texts.date(entry, l) + "为240小时过境免签入境口岸。"
              : Texts.port(port, given, l) + " is a designated 240-hour entry port on " + entry + ".", c.source());
        }
      }
      @Nullable LocalDate later = null;
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_ENTRY && c.validity().from().isPresent()
            && c.validity().from().get().isAfter(entry)) {
          later = c.validity().from().get();
        }
      }
      LocalDate from = later;
      return findings.fail(l -> Texts.zh(l)
          ? Texts.port(port, given, l) + "在" + Texts.date(entry, l) + "不是240小时过境免签入境口岸"
              + (from == null ? "。" : "（自" + Texts.date(from, l) + "起适用）。")
          : Texts.port(port, given, l) + " is not a designated 240-hour entry port on " + entry
              + (from == null ? "." : " (it is from " + from + ")."));
    }
  }

  /** The exit port is a designated port or an open port of Guangdong province. */
  static final class ExitPortPermitted implements Rule {
    private final Findings findings;

    ExitPortPermitted(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.EXIT_PORT_PERMITTED);
    }

    @Override
    public FindingCode code() {
      return FindingCode.EXIT_PORT_PERMITTED;
    }

    @Override
    public Finding check(TripFacts trip) {
      @Nullable Port port = trip.departurePort;
      String given = trip.trip.departure().port();
      LocalDate entry = trip.entryDate;
      if (trip.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      if (port == null) {
        return findings.unknown(l -> Texts.zh(l)
            ? "目录中没有口岸\u201c" + given + "\u201d，无法判断能否由此出境（可从指定口岸或广东省任一对外开放口岸出境）。"
            : "The catalogue knows no port \"" + given + "\"; exit is permitted through the designated ports and any "
                + "open port of Guangdong, so this cannot be checked.");
      }
      for (PortCapability c : port.capabilities()) {
        if (c.capability() == Capability.TRANSIT_240H_EXIT && c.validity().contains(entry)) {
          return findings.of(Status.PASS, l -> Texts.zh(l)
              ? "可从" + Texts.port(port, given, l) + "出境。"
              : Texts.port(port, given, l) + " is a permitted exit port.", c.source());
        }
      }
      return findings.fail(l -> Texts.zh(l)
          ? Texts.port(port, given, l) + "既不是240小时过境免签口岸，也不是广东省对外开放口岸，不能由此出境。"
          : Texts.port(port, given, l) + " is neither a designated 240-hour port nor an open port of Guangdong.");
    }
  }

  /** Departure is no later than the exit deadline. */
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
      Optional<ZonedDateTime> deadline = deadline(trip);
      if (deadline.isEmpty()) {
        return findings.unknown(l -> Texts.zh(l)
            ? "入境日期无适用的停留期限。"
            : "No stay limit applies on the entry date.");
      }
      ZonedDateTime by = deadline.get();
      ZonedDateTime departs = trip.departure;
      if (!departs.isAfter(by)) {
        return findings.pass(l -> Texts.zh(l)
            ? "于" + Texts.time(departs.toLocalDateTime(), l) + "出境，未超过停留期限：须于" + Texts.deadline(by, l) + "前出境。"
            : "Leaves at " + Texts.time(departs.toLocalDateTime(), l) + ", within the limit: leave by "
                + Texts.deadline(by, l) + ".");
      }
      return findings.fail(l -> Texts.zh(l)
          ? "于" + Texts.time(departs.toLocalDateTime(), l) + "出境，超过停留期限：须于" + Texts.deadline(by, l) + "前出境。"
          : "Leaves at " + Texts.time(departs.toLocalDateTime(), l) + ", after the limit: leave by "
              + Texts.deadline(by, l) + ".");
    }
  }

  /** The purpose is one the policy admits (work, study and journalism need a visa). */
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
      Optional<PurposeRule> rule = trip.catalogue.purposeRule(PurposeScope.TRANSIT_240H, purpose);
      return purposeFinding(findings, purpose, rule);
    }
  }

  static Finding purposeFinding(Findings findings, Purpose purpose, Optional<PurposeRule> rule) {
    if (rule.isEmpty()) {
      return findings.unknown(l -> Texts.zh(l)
          ? "未见关于" + Texts.purpose(purpose, l) + "是否允许的规定。"
          : "The tables do not say whether " + Texts.purpose(purpose, l) + " is permitted.");
    }
    if (rule.get().permitted()) {
      return findings.of(Status.PASS, l -> Texts.zh(l)
          ? "允许从事" + Texts.purpose(purpose, l) + "活动。"
          : "The purpose, " + Texts.purpose(purpose, l) + ", is permitted.", rule.get().source());
    }
    return findings.of(Status.FAIL, l -> Texts.zh(l)
        ? Texts.purpose(purpose, l) + "属于须事先办妥签证的活动。"
        : "The purpose, " + Texts.purpose(purpose, l) + ", needs a visa.", rule.get().source());
  }

  /** Every planned place lies in the permitted area (cross-province travel within it is allowed). */
  static final class VisitsWithinArea implements Rule {
    private final Findings findings;
    private final Finding noPlaces;
    private final Finding allInside;

    VisitsWithinArea(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.VISITS_WITHIN_AREA);
      this.noPlaces = findings.pass(LocalizedText.of(
          "No places are planned beyond the ports; stay within the permitted area.",
          "未申报计划前往的地点；停留须在允许停留活动区域内。"));
      this.allInside = findings.pass(LocalizedText.of(
          "Every planned place lies in the permitted area.",
          "计划前往的地点均在允许停留活动区域内。"));
    }

    @Override
    public FindingCode code() {
      return FindingCode.VISITS_WITHIN_AREA;
    }

    @Override
    public Finding check(TripFacts trip) {
      List<PlaceCode> visits = trip.trip.visits();
      if (visits.isEmpty()) {
        return noPlaces;
      }
      if (trip.transitVersion == null) {
        return findings.unknown(BEFORE_POLICY);
      }
      PermittedArea area = trip.catalogue.permittedArea(trip.entryDate);
      List<PlaceCode> outside = null;
      List<PlaceCode> unresolved = null;
      for (PlaceCode place : visits) {
        // An unknown code is UNKNOWN even inside a whole permitted province (SPEC 3.1): the catalogue
        // cannot say it is a real place.
        if (!trip.catalogue.knows(place)) {
          unresolved = add(unresolved, place);
          continue;
        }
        if (area.contains(place)) {
          continue;
        }
        boolean partlyCovered = place.level() == PlaceLevel.PROVINCE && coversPartOf(area, place);
        if (partlyCovered) {
          unresolved = add(unresolved, place);
        } else {
          outside = add(outside, place);
        }
      }
      if (outside != null) {
        List<PlaceCode> out = outside;
        return findings.fail(l -> Texts.zh(l)
            ? "以下地点不在允许停留活动区域内：" + names(trip, out, l) + "。"
            : "Outside the permitted area: " + names(trip, out, l) + ".");
      }
      if (unresolved != null) {
        List<PlaceCode> unk = unresolved;
        return findings.unknown(l -> Texts.zh(l)
            ? "无法判断以下地点（目录中没有，或该省只有部分地区允许停留，请写明地级市）：" + names(trip, unk, l) + "。"
            : "Cannot tell for these places (unknown to the catalogue, or a province only part of which is "
                + "permitted: name the prefecture): " + names(trip, unk, l) + ".");
      }
      return allInside;
    }

    private static boolean coversPartOf(PermittedArea area, PlaceCode province) {
      String prefix = province.value().substring(0, 2);
      for (PlaceCode p : area.prefectures()) {
        if (p.value().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    private static List<PlaceCode> add(@Nullable List<PlaceCode> list, PlaceCode place) {
      List<PlaceCode> l = list == null ? new ArrayList<>() : list;
      l.add(place);
      return l;
    }

    private static String names(TripFacts trip, List<PlaceCode> places, java.util.Locale locale) {
      StringBuilder b = new StringBuilder();
      for (PlaceCode p : places) {
        if (b.length() > 0) {
          b.append(Texts.zh(locale) ? "、" : ", ");
        }
        String name = p.level() == PlaceLevel.PROVINCE
            ? trip.catalogue.province(p).map(x -> x.name(locale)).orElse(null)
            : trip.catalogue.place(p).map(x -> x.name(locale)).orElse(null);
        b.append(name == null ? p.value() : name + " (" + p.value() + ")");
      }
      return b.toString();
    }
  }

  /** The traveller declares no Chinese visa-refusal stamp and no immigration violation within 5 years. */
  static final class NoAdverseRecord implements Rule {
    private final Finding pass;
    private final Finding fail;

    NoAdverseRecord(Catalogue catalogue) {
      Findings findings = new Findings(catalogue, REGIME, FindingCode.NO_ADVERSE_RECORD);
      this.pass = findings.pass(LocalizedText.of(
          "No Chinese visa-refusal stamp and no illegal entry, stay or work in China within 5 years declared.",
          "未申报中国拒签记录，亦未申报5年内在华非法入境、居留或就业。"));
      this.fail = findings.fail(LocalizedText.of(
          "A Chinese visa-refusal stamp, or illegal entry, stay or work in China within 5 years, was declared.",
          "申报有中国拒签记录，或5年内在华有非法入境、居留或就业记录。"));
    }

    @Override
    public FindingCode code() {
      return FindingCode.NO_ADVERSE_RECORD;
    }

    @Override
    public Finding check(TripFacts trip) {
      return trip.trip.visaRefusalDeclared() || trip.trip.immigrationViolationDeclared() ? fail : pass;
    }
  }
}
