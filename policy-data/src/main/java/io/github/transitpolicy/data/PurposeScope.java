package io.github.transitpolicy.data;

/** The regimes whose admitted purposes are listed in table {@code regime_purposes}. */
public enum PurposeScope {
  /** 240-hour visa-free transit. */
  TRANSIT_240H,
  /** The mutual visa exemption agreements (the unilateral policy dates its purposes in its terms). */
  MUTUAL_VISA_EXEMPTION,
  /** Hainan's 30-day visa-free entry, whose purposes are dated. */
  HAINAN_30D,
  /** The five tour group regimes: tourist groups, whose sources name tourism only. */
  TOUR_GROUP
}
