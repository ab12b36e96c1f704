package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Regime;
import java.util.ArrayList;
import java.util.List;

/**
 * The regimes the engine evaluates, in the order SPEC 3.5 prefers them when several pass. Adding a
 * regime means adding its unit here and its tables: the evaluator, the findings and the CLI do not
 * change.
 */
final class Regimes {

  private Regimes() {}

  /**
   * Every regime, its unit not yet built: how many rules it has and its gate, which its unit is checked
   * against when built ({@link LazyRegime}). The numbers fix each rule's place among all rules.
   */
  static LazyRegime[] lazily(Catalogue catalogue) {
    return new LazyRegime[] {
        // Rule 3 of 6: StaysInPort.
        new LazyRegime(catalogue, Regime.DIRECT_TRANSIT_24H, 6, Gate.needing(Gate.STAYS_IN_PORT, 3)),
        new LazyRegime(catalogue, Regime.RESIDENCE, 4, Gate.needing(Gate.RESIDENCE_DOCUMENT, 0)),
        new LazyRegime(catalogue, Regime.VISA_EXEMPTION, 9, Gate.needing(Gate.VISA_EXEMPTION, 0)),
        new LazyRegime(catalogue, Regime.TRANSIT_240H, 12, Gate.OPEN),
        new LazyRegime(catalogue, Regime.HAINAN_30D, 9, Gate.OPEN),
        // TourGroupAdmitted: after the nationality and the document where the scheme lists nationalities.
        new LazyRegime(catalogue, Regime.ASEAN_GROUP_XISHUANGBANNA, 10, Gate.needing(Gate.TOUR_GROUP, 4)),
        new LazyRegime(catalogue, Regime.ASEAN_GROUP_GUILIN, 10, Gate.needing(Gate.TOUR_GROUP, 4)),
        new LazyRegime(catalogue, Regime.CRUISE_GROUP_15D, 9, Gate.needing(Gate.TOUR_GROUP, 2)),
        new LazyRegime(catalogue, Regime.HK_MACAO_GROUP_GUANGDONG, 10, Gate.needing(Gate.TOUR_GROUP, 4)),
        new LazyRegime(catalogue, Regime.HK_MACAO_GROUP_HAINAN, 10, Gate.needing(Gate.TOUR_GROUP, 4)),
        // The 72/144-hour history (SPEC 3.8): last, as SPEC 3.5 prefers them last.
        new LazyRegime(catalogue, Regime.TRANSIT_144H, 10, Gate.needingTermsOf(Regime.TRANSIT_144H, 0)),
        new LazyRegime(catalogue, Regime.TRANSIT_72H, 10, Gate.needingTermsOf(Regime.TRANSIT_72H, 0))};
  }

  /** Every regime's unit, built now, in the order of {@link #lazily}. */
  static List<RegimeRules> all(Catalogue catalogue) {
    List<RegimeRules> out = new ArrayList<>();
    for (LazyRegime r : lazily(catalogue)) {
      out.add(r.unit());
    }
    return List.copyOf(out);
  }

  /**
   * Builds a regime's unit. Through each unit's own factory, which returns a {@link RegimeRules}: a
   * {@code new} here would have the verifier load every unit's class with this one, before any is
   * needed. Comparisons, not a {@code switch}: an enum switch compiles to a class of its own.
   */
  static RegimeRules unit(Catalogue catalogue, Regime regime) {
    if (regime == Regime.DIRECT_TRANSIT_24H) {
      return DirectTransitRules.unit(catalogue);
    } else if (regime == Regime.RESIDENCE) {
      return ResidenceRules.unit(catalogue);
    } else if (regime == Regime.VISA_EXEMPTION) {
      return VisaExemptionRules.unit(catalogue);
    } else if (regime == Regime.TRANSIT_240H) {
      return Transit240hRules.unit(catalogue);
    } else if (regime == Regime.HAINAN_30D) {
      return HainanRules.unit(catalogue);
    } else if (regime == Regime.TRANSIT_144H || regime == Regime.TRANSIT_72H) {
      return HistoryTransitRules.unit(catalogue, regime);
    }
    return GroupRules.unit(catalogue, regime);
  }
}
