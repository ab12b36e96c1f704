package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.ArrivalCardRule;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.VisaSuggestion;
import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import io.github.transitpolicy.model.VisaCategory;
import io.github.transitpolicy.model.VisaExemption;
import java.time.temporal.ChronoUnit;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a trip under every regime and combines the findings into a verdict (SPEC 3.4). Thread-safe
 * without locks: the rules are fixed at construction, and what is made on first use (each day's facts,
 * the whole-mainland area) is immutable and the same whichever thread makes it.
 */
public final class Evaluator {

  private static final Message.Template ALTERNATIVE_VISA = Message.template(
      "Visa {0} instead of {1} where it fits better: {2}.", "如更符合情况，可申请{0}字签证而非{1}字签证：{3}。");

  private static final Message.Template DAYS_IN_180 = Message.template(
      "The agreement also limits stays to {0} days in any 180; earlier stays are not known to this check.",
      "该协定另规定任意180日内累计停留不超过{0}日；本检查无法知道此前的停留。");

  private final Catalogue catalogue;
  private final PolicyCalendar calendar;
  /** The regimes in the verdict's order of preference. */
  private final RegimeRules[] regimes;
  /** Each regime's rules in report order, for the findings. */
  private final Rule[][] rules;
  /** Per regime, the place of its first rule among all rules. */
  private final int[] firsts;
  private final int ruleCount;
  /** Every province: the area of a visa-exempt stay. */
  private final PermittedArea wholeMainland;
  private final LocalizedText notForeignerNote = LocalizedText.of(
      "Chinese citizens, and residents of Hong Kong, Macao and Taiwan travelling on their permits, do not enter on "
          + "visas: these rules do not apply.",
      "中国公民及持通行证往来的港澳台居民不以签证入境，不适用本规则。");
  private final LocalizedText staysInPortButEnters = LocalizedText.of(
      "The trip says the traveller stays in the port, but it does not qualify as 24-hour direct transit: the "
          + "traveller must pass immigration under the regime given.",
      "行程申报不离开口岸，但不符合24小时直接过境条件：旅客须按所列政策办理入境手续。");
  private final LocalizedText notForeigner = LocalizedText.of(
      "Not a foreigner entering on a passport.", "非持护照入境的外国人。");

  /**
   * Builds the rules over a catalogue.
   *
   * @param catalogue the catalogue the rules look things up in
   * @throws IllegalStateException if the catalogue lacks a legal basis for a rule
   */
  public Evaluator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.calendar = new PolicyCalendar(catalogue);
    VisaExemptionRules exemption = new VisaExemptionRules(catalogue);
    this.wholeMainland = exemption.mainland;
    this.regimes = new RegimeRules[] {
      new DirectTransitRules(catalogue), exemption, new Transit240hRules(catalogue),
    };
    this.rules = new Rule[regimes.length][];
    this.firsts = new int[regimes.length];
    int count = 0;
    for (int i = 0; i < regimes.length; i++) {
      rules[i] = regimes[i].rules().toArray(new Rule[0]);
      firsts[i] = count;
      count += rules[i].length;
    }
    if (count * TripFindings.BITS > Long.SIZE) {
      throw new IllegalStateException(count + " rules: more than one long's worth of statuses");
    }
    this.ruleCount = count;
  }

  /**
   * The rules of each regime, for tests and documentation.
   *
   * @param regime the regime
   * @return the finding codes its rules report, in order
   */
  public List<io.github.transitpolicy.model.FindingCode> codes(Regime regime) {
    List<io.github.transitpolicy.model.FindingCode> out = new ArrayList<>();
    for (Rule r : rules[index(regime)]) {
      out.add(r.code());
    }
    return out;
  }

  private int index(Regime regime) {
    for (int i = 0; i < regimes.length; i++) {
      if (regimes[i].regime == regime) {
        return i;
      }
    }
    throw new IllegalArgumentException("regime: " + regime);
  }

  /**
   * Evaluates a trip.
   *
   * @param trip the trip
   * @return the evaluation: every finding of every regime, and the verdict
   */
  public Evaluation evaluate(Trip trip) {
    TripFacts facts = new TripFacts(trip, catalogue, calendar.on(trip.arrival().time().toLocalDate()));
    // Decide with statuses only; the findings and their messages are made if someone reads them. A
    // regime is decided at its first FAIL, and no later regime matters once one has passed: the rules
    // left out are marked undecided, and their findings are made like the others when asked for.
    TripFindings decision = new TripFindings(rules, facts, ruleCount);
    @Nullable Regime passing = null;
    boolean someRegimeOnlyUnknown = false;
    for (int i = 0; i < regimes.length && passing == null; i++) {
      decision.startRegime(firsts[i]);
      if (regimes[i].decide(facts, decision)) {
        if (!decision.unknown()) {
          // A wrong "yes" strands a traveller: a regime passes only with every one of its rules decided.
          if (!decision.allDecided(firsts[i], rules[i].length)) {
            throw new IllegalStateException(regimes[i].regime + " passed with rules left undecided; please report this");
          }
          passing = regimes[i].regime;
        } else {
          someRegimeOnlyUnknown = true;
        }
      }
    }

    Evaluation.Builder result = Evaluation.builder()
        .findingsOnDemand(decision);
    if (facts.day.transitVersion != null) {
      result.policyVersion(facts.day.transitVersion);
    }
    boolean notApplicable = notApplicable(trip);
    Verdict verdict;
    if (notApplicable) {
      verdict = Verdict.NOT_APPLICABLE;
      result.addNotes(notForeignerNote);
    } else if (passing != null) {
      verdict = Verdict.VISA_FREE;
      result.regime(passing);
      Optional<ZonedDateTime> deadline = deadline(passing, facts);
      if (deadline.isPresent()) {
        result.exitDeadline(deadline.get());
      }
    } else if (someRegimeOnlyUnknown) {
      verdict = Verdict.NEEDS_REVIEW;
    } else {
      verdict = Verdict.VISA_REQUIRED;
      // Calendar days in China, both ends counted: the length a visa is chosen by.
      long days = ChronoUnit.DAYS.between(facts.entryDate, facts.departure.toLocalDate()) + 1;
      VisaSuggestion s = catalogue.visaSuggestion(trip.purpose(), days);
      result.suggestedVisa(s.visa());
      if (s.alternative().isPresent()) {
        VisaCategory alt = s.alternative().get();
        result.addNotes(ALTERNATIVE_VISA.with(alt, s.visa(), alt.description(Locale.ENGLISH),
            alt.description(Locale.CHINESE)));
      }
    }
    if (trip.staysInPort() && passing != null && passing != Regime.DIRECT_TRANSIT_24H) {
      result.addNotes(staysInPortButEnters);
    }
    result.verdict(verdict);
    result.inspectionFree(passing == Regime.DIRECT_TRANSIT_24H && !notApplicable
        && DirectTransitRules.inspectionFree(facts));
    result.permittedArea(permittedArea(verdict, passing, facts));
    result.arrivalCard(arrivalCard(trip, facts, verdict, passing));
    if (verdict == Verdict.VISA_FREE && passing == Regime.VISA_EXEMPTION) {
      VisaExemption e = facts.exemption;
      if (e != null && e.maxDaysIn180().isPresent()) {
        result.addNotes(DAYS_IN_180.with(e.maxDaysIn180().getAsInt()));
      }
    }
    return result.build();
  }

  private static boolean notApplicable(Trip trip) {
    CountryCode nationality = trip.traveller().nationality();
    DocumentType type = trip.traveller().document().type();
    return nationality.isMainlandChina()
        || nationality.isChineseRegion()
        || type == DocumentType.HK_MACAO_RESIDENT_PERMIT
        || type == DocumentType.TAIWAN_RESIDENT_PERMIT;
  }

  private static Optional<ZonedDateTime> deadline(Regime regime, TripFacts facts) {
    switch (regime) {
      case DIRECT_TRANSIT_24H:
        return DirectTransitRules.deadline(facts);
      case VISA_EXEMPTION:
        return VisaExemptionRules.deadline(facts);
      case TRANSIT_240H:
        return Transit240hRules.deadline(facts);
      default:
        return Optional.empty();
    }
  }

  private PermittedArea permittedArea(Verdict verdict, @Nullable Regime passing, TripFacts facts) {
    if (verdict == Verdict.NOT_APPLICABLE || passing == Regime.VISA_EXEMPTION) {
      return wholeMainland;
    }
    if (passing == Regime.DIRECT_TRANSIT_24H) {
      return PermittedArea.empty();
    }
    return facts.day.transitArea;
  }

  private ArrivalCard arrivalCard(Trip trip, TripFacts facts, Verdict verdict, @Nullable Regime passing) {
    DocumentType type = trip.traveller().document().type();
    CountryCode nationality = trip.traveller().nationality();
    ArrivalCardCase card;
    if (passing == Regime.DIRECT_TRANSIT_24H && verdict == Verdict.VISA_FREE) {
      card = ArrivalCardCase.DIRECT_TRANSIT_IN_PORT;
    } else if (type == DocumentType.HK_MACAO_RESIDENT_PERMIT && !nationality.isMainlandChina()
        && !nationality.isChineseRegion()) {
      card = ArrivalCardCase.HK_MACAO_PERMIT_HOLDER;
    } else if (verdict == Verdict.NOT_APPLICABLE) {
      return ArrivalCard.notRequired(notForeigner);
    } else {
      card = ArrivalCardCase.FOREIGNER_ENTERING;
    }
    ArrivalCardRule rule = facts.day.arrivalCardRule(card);
    if (rule == null && card == ArrivalCardCase.HK_MACAO_PERMIT_HOLDER) {
      rule = facts.day.arrivalCardRule(ArrivalCardCase.FOREIGNER_ENTERING);
    }
    if (rule == null) {
      return ArrivalCard.notRequired(LocalizedText.of(
          "No arrival card rule on the entry date.", "入境日期无入境卡规定。"));
    }
    if (rule.required()) {
      return ArrivalCard.required();
    }
    String basis = rule.source();
    return ArrivalCard.exempt(card == ArrivalCardCase.DIRECT_TRANSIT_IN_PORT
        ? LocalizedText.of(
            "24-hour direct transit without leaving the port's restricted area [" + basis + "].",
            "24小时直接过境不离开口岸限定区域 [" + basis + "]。")
        : LocalizedText.of(
            "Holds the Mainland Travel Permit for Hong Kong and Macao residents [" + basis + "].",
            "持港澳居民来往内地通行证 [" + basis + "]。"));
  }
}
