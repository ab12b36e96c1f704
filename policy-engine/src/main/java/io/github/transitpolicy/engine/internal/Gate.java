package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.VisaExemption;
import org.jspecify.annotations.Nullable;

/**
 * What a regime needs of a trip before any of its rules can pass, in a form the evaluator checks
 * without calling the regime: a set of the trip's {@linkplain #traitsOf traits}, or the regime's terms
 * on the entry date. Most trips a service sees lack what most regimes need (a tour group, a residence
 * permit, an exemption for the nationality, a day the 72-hour transit was in force), and asking each
 * regime through a call that differs by regime costs more than the answer.
 *
 * <p>A gate stands for one rule of its regime, the rule that fails when the gate is shut: the evaluator
 * records that rule's FAIL and leaves the regime's other rules undecided, and the finding is made like
 * any other, by the rule's own {@link Rule#check}, when read. The gate names the rule by its place, so that the evaluator has
 * every regime's gate before it builds the regime's rules ({@link LazyRegime}). {@code GateTest} checks that the rule
 * fails on every trip whose gate is shut; should it not, reading the findings reports the disagreement
 * instead of hiding it. A shut gate can only make a regime fail, never pass.
 */
final class Gate {
  /** The traveller stays in the port's restricted area and never enters. */
  static final int STAYS_IN_PORT = 1;
  /** The traveller holds a permanent residence ID card or a residence permit, valid or not. */
  static final int RESIDENCE_DOCUMENT = 1 << 1;
  /** A visa exemption covers the nationality on the entry date. */
  static final int VISA_EXEMPTION = 1 << 2;
  /** The traveller is a member of a tour group. */
  static final int TOUR_GROUP = 1 << 3;

  /** The gate of a regime that needs nothing in particular: always open, standing for no rule. */
  static final Gate OPEN = new Gate(0, null, -1);

  private final int traits;
  private final @Nullable Regime termsOf;
  /** The place of the rule the gate stands for in its regime's report order; -1 for {@link #OPEN}. */
  private final int rule;

  private Gate(int traits, @Nullable Regime termsOf, int rule) {
    this.traits = traits;
    this.termsOf = termsOf;
    this.rule = rule;
  }

  /**
   * A gate open to trips with every trait of {@code traits}.
   *
   * @param rule the place, in its regime's report order, of the rule that fails on every trip lacking
   *     one of them: a place, not the rule, so that a regime not yet built has its gate
   */
  static Gate needing(int traits, int rule) {
    if (traits == 0 || (traits & ~(STAYS_IN_PORT | RESIDENCE_DOCUMENT | VISA_EXEMPTION | TOUR_GROUP)) != 0) {
      throw new IllegalArgumentException("traits: " + traits);
    }
    return new Gate(traits, null, checkedPlace(rule));
  }

  /**
   * A gate open on the days the tables give terms of {@code regime}.
   *
   * @param rule the place, in the regime's report order, of the rule that fails on every other day
   */
  static Gate needingTermsOf(Regime regime, int rule) {
    return new Gate(0, regime, checkedPlace(rule));
  }

  private static int checkedPlace(int rule) {
    if (rule < 0) {
      throw new IllegalArgumentException("rule: " + rule + " is no place in a regime");
    }
    return rule;
  }

  /** The trip's traits, made once per evaluation. */
  static int traitsOf(Trip trip, @Nullable VisaExemption exemption) {
    Traveller traveller = trip.traveller();
    int t = 0;
    if (trip.staysInPort()) {
      t |= STAYS_IN_PORT;
    }
    if (traveller.permanentResidentCard() || traveller.residencePermitUntil().isPresent()) {
      t |= RESIDENCE_DOCUMENT;
    }
    if (exemption != null) {
      t |= VISA_EXEMPTION;
    }
    if (trip.tourGroup().isPresent()) {
      t |= TOUR_GROUP;
    }
    return t;
  }

  /** Whether the gate is shut to a trip: then {@link #rule()} fails on it. */
  boolean shut(TripFacts trip) {
    Regime r = termsOf;
    return (trip.traits & traits) != traits || (r != null && trip.day.terms(r) == null);
  }

  /**
   * The place, in its regime's report order, of the rule that fails when the gate is shut.
   *
   * @throws IllegalStateException for {@link #OPEN}, which is never shut
   */
  int rule() {
    if (rule < 0) {
      throw new IllegalStateException("an open gate stands for no rule");
    }
    return rule;
  }

  /** Whether two gates shut the same trips for the same rule: a regime's own and the one declared for it. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Gate && ((Gate) o).traits == traits && ((Gate) o).termsOf == termsOf
        && ((Gate) o).rule == rule;
  }

  @Override
  public int hashCode() {
    return (traits * 31 + (termsOf == null ? -1 : termsOf.ordinal())) * 31 + rule;
  }

  @Override
  public String toString() {
    return "Gate[traits=" + traits + ", termsOf=" + termsOf + ", rule=" + rule + "]";
  }
}
