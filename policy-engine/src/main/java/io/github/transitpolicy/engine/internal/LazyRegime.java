package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Regime;
import org.jspecify.annotations.Nullable;

/**
 * A regime as the evaluator holds it: its number of rules and its gate from the start, its unit
 * ({@link RegimeRules}, every rule a class of its own) built when first needed: when its gate first
 * opens to a trip, or when findings, statuses or codes are first asked for. Most trips are decided
 * before the group and history regimes are tried, so the first evaluation in a JVM loads and builds
 * only the rules it needs (README, First use).
 *
 * <p>The number and the gate are declared in {@link Regimes}, and checked against the unit when it is
 * built: the places of the rules among all rules are fixed before any is built, and cannot drift from
 * what the unit says ({@code LazyRegimeTest}).
 *
 * <p>Racy but safe, without locks: two threads may both build a unit, and the evaluator uses either,
 * as they are equal. A unit is immutable once built (its rules are told their places in its
 * constructor, by {@link RegimeRules#inReportOrder}) and reaches other threads only through final
 * fields (its own, its rules' and its rules list's), which the Java memory model publishes with all
 * they refer to, so a plain field is enough to share it.
 */
final class LazyRegime {
  final Regime regime;
  /** How many rules the unit has. */
  final int ruleCount;
  /** The unit's gate, which the evaluator asks before it builds or calls the unit. */
  final Gate gate;
  private final Catalogue catalogue;
  /** The unit, once built; a plain field, the one read the evaluator adds per regime and trip. */
  private @Nullable RegimeRules built;

  LazyRegime(Catalogue catalogue, Regime regime, int ruleCount, Gate gate) {
    this.catalogue = catalogue;
    this.regime = regime;
    this.ruleCount = ruleCount;
    this.gate = gate;
  }

  /** A regime whose unit is built already: one {@link Regimes} does not list, in tests. */
  LazyRegime(Catalogue catalogue, RegimeRules built) {
    this(catalogue, built.regime, built.rules().size(), built.gate());
    this.built = built;
  }

  /**
   * The unit, built on first use.
   *
   * @throws IllegalStateException if the catalogue lacks a legal basis for one of its rules, or the unit
   *     disagrees with its declaration in {@link Regimes}
   */
  RegimeRules unit() {
    RegimeRules r = built;
    return r != null ? r : build();
  }

  /** Whether the unit has been built, for tests. */
  boolean isBuilt() {
    return built != null;
  }

  private RegimeRules build() {
    RegimeRules r = Regimes.unit(catalogue, regime);
    if (r.regime != regime || r.rules().size() != ruleCount || !r.gate().equals(gate)) {
      throw new IllegalStateException(regime + " is declared with " + ruleCount + " rules and " + gate
          + " but has " + r.rules().size() + " rules and " + r.gate() + " (Regimes)");
    }
    built = r;
    return r;
  }
}
