package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RuleBasis;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import java.util.Optional;

/** What every finding of one rule carries: its regime, its code and the legal basis the tables give it. */
final class Findings {
  final Regime regime;
  final FindingCode code;
  final String basis;

  Findings(Catalogue catalogue, Regime regime, FindingCode code) {
    this.regime = regime;
    this.code = code;
    Optional<RuleBasis> b = catalogue.ruleBasis(regime, code);
    if (b.isEmpty()) {
      throw new IllegalStateException(
          "the catalogue gives no legal basis for " + regime + " " + code + " (table rule_bases)");
    }
    this.basis = b.get().source();
  }
}
