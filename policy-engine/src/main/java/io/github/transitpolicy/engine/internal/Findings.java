package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RuleBasis;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.util.Optional;

/**
 * Makes the findings of one rule, with the legal basis the tables give it. A finding whose text does
 * not depend on the trip is made once, here, and shared.
 */
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

  Finding pass(LocalizedText text) {
    return Finding.of(regime, code, Status.PASS, text, basis);
  }

  Finding fail(LocalizedText text) {
    return Finding.of(regime, code, Status.FAIL, text, basis);
  }

  Finding unknown(LocalizedText text) {
    return Finding.of(regime, code, Status.UNKNOWN, text, basis);
  }

  Finding of(Status status, LocalizedText text, String basis) {
    return Finding.of(regime, code, status, text, basis);
  }
}
