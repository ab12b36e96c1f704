package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RuleBasis;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every finding of one rule carries: its regime, its code and the legal basis the tables give it,
 * looked up when a finding is first made: the verdict needs no basis, and the first evaluation in a JVM
 * then reads no {@code rule_bases}. An evaluator built eagerly looks every basis up at once
 * ({@link #basis()}), so that a catalogue lacking one fails there.
 */
final class Findings {
  final Regime regime;
  final FindingCode code;
  private final Catalogue catalogue;
  /** The basis once looked up; racy but safe: a string, the same whichever thread looks it up. */
  private @Nullable String basis;

  Findings(Catalogue catalogue, Regime regime, FindingCode code) {
    this.catalogue = catalogue;
    this.regime = regime;
    this.code = code;
  }

  /**
   * The source id of the rule's legal basis.
   *
   * @throws IllegalStateException if the catalogue gives none
   */
  String basis() {
    String b = basis;
    if (b == null) {
      Optional<RuleBasis> found = catalogue.ruleBasis(regime, code);
      if (found.isEmpty()) {
        throw new IllegalStateException(
            "the catalogue gives no legal basis for " + regime + " " + code + " (table rule_bases)");
      }
      b = found.get().source();
      basis = b;
    }
    return b;
  }
}
