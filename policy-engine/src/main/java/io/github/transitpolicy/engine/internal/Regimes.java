package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import java.util.List;

/**
 * The regimes the engine evaluates, in the order SPEC 3.5 prefers them when several pass. Adding a
 * regime means adding its unit here and its tables: the evaluator, the findings and the CLI do not
 * change.
 */
final class Regimes {

  private Regimes() {}

  static List<RegimeRules> all(Catalogue catalogue) {
    return List.of(
        new DirectTransitRules(catalogue),
        new ResidenceRules(catalogue),
        new VisaExemptionRules(catalogue),
        new Transit240hRules(catalogue),
        new HainanRules(catalogue),
        GroupRules.xishuangbanna(catalogue),
        GroupRules.guilin(catalogue),
        GroupRules.cruise(catalogue),
        GroupRules.hkMacaoGuangdong(catalogue),
        GroupRules.hkMacaoHainan(catalogue));
  }
}
