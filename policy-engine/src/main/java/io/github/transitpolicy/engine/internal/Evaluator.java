package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.ArrivalCardRule;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.VisaSuggestion;
import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortKind;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import io.github.transitpolicy.model.VisaCategory;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a trip under every regime and combines the findings into a verdict (SPEC 3.5). It knows no
 * regime: it runs the units {@link Regimes} lists, in their order. Thread-safe without locks: the rules'
 * places are fixed at construction, and what is made on first use (a regime's rules, when built
 * {@linkplain LazyRegime lazily}; each day's facts; the visa suggested for a stay) is immutable and the
 * same whichever thread makes it.
 */
public final class Evaluator {

  /** Stays, in days, whose suggested visa is remembered: a year and a day. */
  private static final int REMEMBERED_DAYS = 366;

  private final Catalogue catalogue;
  private final PolicyCalendar calendar;
  /** The regimes in the verdict's order of preference, each built when first needed. */
  private final LazyRegime[] regimes;
  /** Their rules in one array, for the findings and statuses, made when first read. */
  private final TripFindings.RuleList rules;
  /** Each regime's gate, asked before the regime itself. */
  private final Gate[] gates;
  /** Per regime, the place of its first rule among all rules. */
  private final int[] firsts;
  private final int ruleCount;
  /**
   * The whole mainland: where Chinese citizens and residents on their permits may go. Made when such a
   * trip first needs it, as it reads the provinces; racy but safe: immutable, equal whoever makes it.
   */
  private @Nullable PermittedArea mainland;
  /** The suggested visa by purpose and days of stay, filled as trips ask (see {@link #visaSuggestion}). */
  private final @Nullable VisaSuggestion[][] suggestions = new VisaSuggestion[Purpose.values().length][REMEMBERED_DAYS + 1];

  /**
   * Builds the rules over a catalogue, every regime's now.
   *
   * @param catalogue the catalogue the rules look things up in
   * @throws IllegalStateException if the catalogue lacks a legal basis for a rule
   */
  public Evaluator(Catalogue catalogue) {
    this(catalogue, false);
  }

  /**
   * Builds the rules over a catalogue, each regime's now or when first needed.
   *
   * @param catalogue the catalogue the rules look things up in
   * @param lazily whether to build each regime's rules when a trip first gets past its gate, or its
   *     findings are first read, and to look each rule's legal basis up when its first finding is made:
   *     for the bundled catalogue, whose legal bases the build checks ({@code LazyRegimeTest}), so that
   *     the first evaluation in a JVM loads only the rules it needs
   * @throws IllegalStateException if not {@code lazily} and the catalogue lacks a legal basis for a rule
   */
  public Evaluator(Catalogue catalogue, boolean lazily) {
    this.catalogue = catalogue;
    this.calendar = new PolicyCalendar(catalogue);
    this.regimes = Regimes.lazily(catalogue);
    this.rules = new TripFindings.RuleList(regimes);
    this.gates = new Gate[regimes.length];
    this.firsts = new int[regimes.length];
    int count = 0;
    for (int i = 0; i < regimes.length; i++) {
      if (!lazily) {
        // Every rule's legal basis now, so that a catalogue lacking one fails here, not in a finding.
        for (Rule r : regimes[i].unit().rules()) {
          r.findings.basis();
        }
      }
      gates[i] = regimes[i].gate;
      firsts[i] = count;
      count += regimes[i].ruleCount;
    }
    this.ruleCount = count;
  }

  private PermittedArea mainland() {
    PermittedArea m = mainland;
    if (m == null) {
      m = SharedRules.mainland(catalogue);
      mainland = m;
    }
    return m;
  }

  /**
   * The rules of each regime, for tests and documentation.
   *
   * @param regime the regime
   * @return the finding codes its rules report, in order
   * @throws IllegalArgumentException if the engine has no such regime
   */
  public List<FindingCode> codes(Regime regime) {
    List<FindingCode> out = new ArrayList<>();
    for (Rule r : regimes[index(regime)].unit().rules()) {
      out.add(r.code());
    }
    return out;
  }

  /**
   * The regimes evaluated, in the order the verdict prefers them.
   *
   * @return the regimes
   */
  public List<Regime> regimes() {
    List<Regime> out = new ArrayList<>();
    for (LazyRegime r : regimes) {
      out.add(r.regime);
    }
    return out;
  }

  /** Whether a regime's rules have been built, for tests. */
  boolean isBuilt(Regime regime) {
    return regimes[index(regime)].isBuilt();
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
    TripFacts facts = facts(trip);
    return evaluate(trip, facts, new TripFindings(rules, facts, ruleCount));
  }

  /**
   * The number of rules, the length {@link Decision#statuses} needs.
   *
   * @return every regime's rules together
   */
  public int ruleCount() {
    return ruleCount;
  }

  /**
   * An evaluation, and every rule's status when asked for, without making a finding: for a caller that
   * needs which rules failed but not why ({@code transit-check --csv}).
   */
  public static final class Decision {
    private final Evaluation evaluation;
    private final TripFindings findings;
    private final int ruleCount;

    Decision(Evaluation evaluation, TripFindings findings, int ruleCount) {
      this.evaluation = evaluation;
      this.findings = findings;
      this.ruleCount = ruleCount;
    }

    /**
     * The evaluation, as {@link Evaluator#evaluate} gives it.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
      return evaluation;
    }

    /**
     * Writes every rule's status into {@code into}, in the order of {@link Evaluator#regimes()} and
     * within each regime of {@link Evaluator#codes(Regime)}, which is the order of the findings. The
     * statuses are those the findings would report; a rule the verdict did not need is checked for its
     * status alone.
     *
     * @param into at least {@link Evaluator#ruleCount()} long
     * @throws IllegalArgumentException if {@code into} is too short
     */
    public void statuses(Status[] into) {
      if (into.length < ruleCount) {
        throw new IllegalArgumentException("statuses: " + into.length + " long, " + ruleCount + " rules");
      }
      findings.statuses(into);
    }
  }

  /**
   * Evaluates a trip, keeping what gives each rule's status.
   *
   * @param trip the trip
   * @return the evaluation and the rules' statuses
   */
  public Decision decide(Trip trip) {
    TripFacts facts = facts(trip);
    TripFindings decision = new TripFindings(rules, facts, ruleCount);
    return new Decision(evaluate(trip, facts, decision), decision, ruleCount);
  }

  private TripFacts facts(Trip trip) {
    return new TripFacts(trip, catalogue, calendar.on(trip.arrival().time().toLocalDate()));
  }

  private Evaluation evaluate(Trip trip, TripFacts facts, TripFindings decision) {
    // Decide with statuses only; the findings and their messages are made if someone reads them. A
    // regime is decided at its first FAIL, and no later regime matters once one has passed: the rules
    // left out are undecided, and their findings are made like the others when asked for.
    @Nullable RegimeRules passing = null;
    boolean someRegimeOnlyUnknown = false;
    for (int i = 0; i < regimes.length && passing == null; i++) {
      decision.startRegime(firsts[i]);
      Gate gate = gates[i];
      if (gate.shut(facts)) {
        // The regime cannot pass: its gate's rule fails (GateTest), and its finding says so when read.
        // The regime is not asked, nor built if it has not been.
        decision.fail(gate.rule());
        continue;
      }
      LazyRegime lazy = regimes[i];
      RegimeRules regime = lazy.unit();
      if (regime.decide(facts, decision)) {
        if (!decision.unknown()) {
          // A wrong "yes" strands a traveller: a regime passes only with every one of its rules decided.
          if (!decision.allDecided(firsts[i], lazy.ruleCount)) {
            throw new IllegalStateException(regime.regime + " passed with rules left undecided; please report this");
          }
          passing = regime;
        } else {
          someRegimeOnlyUnknown = true;
        }
      }
    }
    return answer(trip, facts, decision, passing, someRegimeOnlyUnknown);
  }

  /**
   * The evaluation of decided regimes. A method of its own, not for reading's sake alone: compiled
   * inside the regime loop, which inlines every rule it calls, it exceeded the JIT's inlining budget, so
   * that the builder escaped into a call and was allocated on every evaluation (64 bytes, about 30 ns).
   */
  private Evaluation answer(Trip trip, TripFacts facts, TripFindings decision, @Nullable RegimeRules passing,
      boolean someRegimeOnlyUnknown) {
    Evaluation.Builder result = Evaluation.builder().findingsOnDemand(decision);
    if (facts.day.transitVersion != null) {
      result.policyVersion(facts.day.transitVersion);
    }
    boolean notApplicable = notApplicable(trip);
    Verdict verdict;
    if (notApplicable) {
      verdict = Verdict.NOT_APPLICABLE;
      result.addNotes(Message.of(Messages.EVALUATION_NOTE_NOT_A_FOREIGNER));
    } else if (passing != null) {
      verdict = Verdict.VISA_FREE;
      result.regime(passing.regime);
      ZonedDateTime deadline = passing.deadline(facts);
      if (deadline != null) {
        result.exitDeadline(deadline);
      }
      LocalizedText note = passing.note(facts);
      if (note != null) {
        result.addNotes(note);
      }
      if (trip.staysInPort() && !passing.staysInPort()) {
        result.addNotes(Message.of(Messages.EVALUATION_NOTE_STAYS_IN_PORT_BUT_ENTERS));
      }
    } else if (someRegimeOnlyUnknown) {
      verdict = Verdict.NEEDS_REVIEW;
    } else {
      verdict = Verdict.VISA_REQUIRED;
      // Calendar days in China, both ends counted: the length a visa is chosen by.
      long days = facts.departure.toLocalDate().toEpochDay() - facts.day.epochDay + 1;
      VisaSuggestion s = visaSuggestion(trip.purpose(), days);
      result.suggestedVisa(s.visa());
      if (s.alternative().isPresent()) {
        VisaCategory alt = s.alternative().get();
        result.addNotes(Message.of(Messages.EVALUATION_NOTE_ALTERNATIVE_VISA, alt, s.visa(),
            LocalizedText.of(alt.description(Locale.ENGLISH), alt.description(Locale.CHINESE))));
      }
    }
    result.verdict(verdict);
    result.inspectionFree(passing != null && !notApplicable && passing.inspectionFree(facts));
    result.permittedArea(notApplicable ? mainland() : passing != null ? passing.area(facts) : facts.day.transitArea);
    result.arrivalCard(arrivalCard(trip, facts, verdict, passing));
    return result.build();
  }

  /**
   * The catalogue's visa for a purpose and a stay of {@code days}, kept for stays up to
   * {@link #REMEMBERED_DAYS}: the answer depends on nothing else, and a lookup walks the purpose's rows.
   * Racy but safe: a suggestion is immutable, and equal whichever thread asks first.
   */
  private VisaSuggestion visaSuggestion(Purpose purpose, long days) {
    if (days < 0 || days > REMEMBERED_DAYS) {
      return catalogue.visaSuggestion(purpose, days);
    }
    @Nullable VisaSuggestion[] byDays = suggestions[purpose.ordinal()];
    VisaSuggestion s = byDays[(int) days];
    if (s == null) {
      s = catalogue.visaSuggestion(purpose, days);
      byDays[(int) days] = s;
    }
    return s;
  }

  private static boolean notApplicable(Trip trip) {
    CountryCode nationality = trip.traveller().nationality();
    DocumentType type = trip.traveller().document().type();
    return nationality.isMainlandChina()
        || nationality.isChineseRegion()
        || type == DocumentType.HK_MACAO_RESIDENT_PERMIT
        || type == DocumentType.TAIWAN_RESIDENT_PERMIT;
  }

  /**
   * The arrival card (announcement item 10). Where several exemptions apply, the first of this order that
   * has a rule on the entry day gives the reason: the passing regime's own (24-hour direct transit in the
   * port, a visa-free group: what admits the traveller), then the traveller's documents (permanent
   * residence ID card, the HK/Macao permit of a non-Chinese holder), then what the trip says, in the
   * announcement's order (a cruise passenger on the same ship, a fast lane, foreign crew). A case without a
   * rule that day is passed over (before 2025-11-20 every one but direct transit): the traveller then files
   * the card as any foreigner, except a direct transit passenger, who never passes immigration.
   */
  private ArrivalCard arrivalCard(Trip trip, TripFacts facts, Verdict verdict, @Nullable RegimeRules passing) {
    PolicyDay day = facts.day;
    DocumentType type = trip.traveller().document().type();
    CountryCode nationality = trip.traveller().nationality();
    boolean directTransit = false;
    @Nullable ArrivalCardCase card = null;
    if (passing != null && verdict == Verdict.VISA_FREE) {
      ArrivalCardCase own = passing.arrivalCardCase();
      directTransit = own == ArrivalCardCase.DIRECT_TRANSIT_IN_PORT;
      if (own != ArrivalCardCase.FOREIGNER_ENTERING) {
        card = ruled(day, own);
      }
    }
    // Item 10 exempts the card's holders whatever regime admits them.
    if (card == null && trip.traveller().permanentResidentCard() && verdict != Verdict.NOT_APPLICABLE) {
      card = ruled(day, ArrivalCardCase.PERMANENT_RESIDENT);
    }
    // A foreigner on the HK/Macao permit is not applicable to the visa regimes but files the card as a foreigner.
    boolean hkMacaoPermitForeigner = type == DocumentType.HK_MACAO_RESIDENT_PERMIT && !nationality.isMainlandChina()
        && !nationality.isChineseRegion();
    if (card == null && hkMacaoPermitForeigner) {
      card = ruled(day, ArrivalCardCase.HK_MACAO_PERMIT_HOLDER);
    }
    if (card == null && verdict == Verdict.NOT_APPLICABLE && !hkMacaoPermitForeigner) {
      return ArrivalCard.notRequired(Message.of(Messages.ARRIVAL_CARD_NOT_A_FOREIGNER));
    }
    if (card == null && trip.staysWithShip() && atSeaport(facts.arrivalPort) && atSeaport(facts.departurePort)) {
      card = ruled(day, ArrivalCardCase.CRUISE_SAME_SHIP);
    }
    if (card == null && trip.fastLane()) {
      card = ruled(day, ArrivalCardCase.FAST_LANE);
    }
    if (card == null && trip.purpose() == Purpose.CREW) {
      card = ruled(day, ArrivalCardCase.FOREIGN_CREW);
    }
    if (card == null) {
      card = directTransit ? ArrivalCardCase.DIRECT_TRANSIT_IN_PORT : ArrivalCardCase.FOREIGNER_ENTERING;
    }
    ArrivalCardRule rule = day.arrivalCardRule(card);
    if (rule == null) {
      return ArrivalCard.notRequired(Message.of(Messages.ARRIVAL_CARD_NO_RULE));
    }
    if (rule.required()) {
      return ArrivalCard.required();
    }
    return ArrivalCard.exempt(Message.of(exemption(card), rule.source()));
  }

  /** The case if the tables have a rule for it on the day, else null. */
  private static @Nullable ArrivalCardCase ruled(PolicyDay day, ArrivalCardCase card) {
    return day.arrivalCardRule(card) != null ? card : null;
  }

  /**
   * A catalogued seaport: a cruise arrives and leaves by sea, so a trip with an airport, a land port or
   * a port the catalogue does not know at either end is no cruise on the same ship.
   */
  private static boolean atSeaport(@Nullable Port port) {
    return port != null && port.kind() == PortKind.SEA;
  }

  private static MessageTemplate exemption(ArrivalCardCase card) {
    switch (card) {
      case DIRECT_TRANSIT_IN_PORT:
        return Messages.ARRIVAL_CARD_EXEMPT_DIRECT_TRANSIT;
      case PERMANENT_RESIDENT:
        return Messages.ARRIVAL_CARD_EXEMPT_PERMANENT_RESIDENT;
      case VISA_FREE_GROUP:
        return Messages.ARRIVAL_CARD_EXEMPT_GROUP;
      case CRUISE_SAME_SHIP:
        return Messages.ARRIVAL_CARD_EXEMPT_CRUISE_SAME_SHIP;
      case FAST_LANE:
        return Messages.ARRIVAL_CARD_EXEMPT_FAST_LANE;
      case FOREIGN_CREW:
        return Messages.ARRIVAL_CARD_EXEMPT_FOREIGN_CREW;
      default:
        return Messages.ARRIVAL_CARD_EXEMPT_HK_MACAO_PERMIT;
    }
  }
}
