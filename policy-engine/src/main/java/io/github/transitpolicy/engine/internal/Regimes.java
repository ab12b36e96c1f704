package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Regime;
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
        new GroupRules(catalogue, GroupRules.Scheme.XISHUANGBANNA),
        new GroupRules(catalogue, GroupRules.Scheme.GUILIN),
        new GroupRules(catalogue, GroupRules.Scheme.CRUISE),
        new GroupRules(catalogue, GroupRules.Scheme.HK_MACAO_GUANGDONG),
        new GroupRules(catalogue, GroupRules.Scheme.HK_MACAO_HAINAN),
        // The 72/144-hour history (SPEC 3.8): last, as SPEC 3.5 prefers them last.
        new HistoryTransitRules(catalogue, Regime.TRANSIT_144H),
        new HistoryTransitRules(catalogue, Regime.TRANSIT_72H));
  }
}
