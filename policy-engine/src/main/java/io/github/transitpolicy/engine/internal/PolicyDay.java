package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.ArrivalCardRule;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.UnilateralTerms;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the catalogue says about one entry date, whoever travels: the policy version, the terms of each
 * regime, the permitted area, the arrival card rules, and the 240-hour deadline when it depends on the
 * day alone (a stay counted from the next midnight ends at the same instant for every arrival of the
 * day). Immutable, with final fields only, so that it can be shared between threads without locking
 * (its memo of midnights holds immutable values).
 */
final class PolicyDay {
  private static final ArrivalCardCase[] CASES = ArrivalCardCase.values();
  private static final Regime[] REGIMES = Regime.values();

  final LocalDate date;
  /** {@link #date} as an epoch day, for counting the days of a stay. */
  final long epochDay;
  /** The 240-hour policy version in force; null before the first one. */
  final @Nullable PolicyVersion transitVersion;
  /** The 240-hour terms (stay, document validity); null before them. */
  final @Nullable RegimeTerms transitTerms;
  /** The 240-hour deadline of every arrival this day; null without terms or when it depends on the hour. */
  final @Nullable ZonedDateTime transitDeadline;
  /** The 240-hour permitted area. */
  final PermittedArea transitArea;
  /** The 24-hour direct transit terms; null when the tables give none. */
  final @Nullable RegimeTerms directTerms;
  /** How a visa-exempt stay is counted; null when the tables give no terms. */
  final @Nullable RegimeTerms exemptionTerms;
  /** The unilateral exemption's terms; null when none apply. */
  final @Nullable UnilateralTerms unilateralTerms;
  private final @Nullable ArrivalCardRule[] arrivalCardRules;
  /** Every regime's terms on the day, by the regime's ordinal; null where the tables give none. */
  private final @Nullable RegimeTerms[] terms;
  /** Per regime, the day until which its terms require a document to be valid; null for no minimum. */
  private final @Nullable LocalDate[] documentNeededUntil;
  /**
   * 00:00 in Beijing 0 to 40 days after the date, each made when a stay rule first asks (a zoned
   * midnight needs the zone's rules; a batch asks a dozen times a trip). Written without a lock: a
   * thread sees no value (and makes an equal one) or an immutable complete one.
   */
  private final @Nullable ZonedDateTime[] midnights = new ZonedDateTime[41];

  PolicyDay(Catalogue catalogue, LocalDate date) {
    this.date = date;
    this.epochDay = date.toEpochDay();
    this.transitVersion = catalogue.policyVersionOn(date).orElse(null);
    RegimeTerms transit = catalogue.regimeTerms(Regime.TRANSIT_240H, date).orElse(null);
    this.transitTerms = transit;
    this.transitDeadline = transit == null || transit.counting() != StayCounting.NEXT_DAY_MIDNIGHT ? null
        : SharedRules.fromNextMidnight(date, transit.maxStayHours().orElse(0));
    this.transitArea = catalogue.permittedArea(date);
    this.directTerms = catalogue.regimeTerms(Regime.DIRECT_TRANSIT_24H, date).orElse(null);
    this.exemptionTerms = catalogue.regimeTerms(Regime.VISA_EXEMPTION, date).orElse(null);
    this.unilateralTerms = catalogue.unilateralTermsOn(date).orElse(null);
    this.terms = new RegimeTerms[REGIMES.length];
    this.documentNeededUntil = new LocalDate[REGIMES.length];
    for (Regime r : REGIMES) {
      RegimeTerms t = catalogue.regimeTerms(r, date).orElse(null);
      terms[r.ordinal()] = t;
      documentNeededUntil[r.ordinal()] = t == null || t.minDocumentValidityMonths().isEmpty() ? null
          : date.plusMonths(t.minDocumentValidityMonths().getAsInt());
    }
    this.arrivalCardRules = new ArrivalCardRule[CASES.length];
    for (ArrivalCardCase c : CASES) {
      arrivalCardRules[c.ordinal()] = catalogue.arrivalCardRule(c, date).orElse(null);
    }
  }

  /** 00:00 in Beijing, {@code days} after this day. */
  ZonedDateTime midnightAfter(long days) {
    if (days < 0 || days >= midnights.length) {
      return SharedRules.midnight(date, days, null);
    }
    ZonedDateTime m = midnights[(int) days];
    if (m == null) {
      m = SharedRules.midnight(date, days, null);
      midnights[(int) days] = m;
    }
    return m;
  }

  /** A regime's terms on this day; null when the tables give none (before it, or while suspended). */
  @Nullable RegimeTerms terms(Regime regime) {
    return terms[regime.ordinal()];
  }

  /** The day until which a regime's terms require a document to be valid; null when they set no minimum. */
  @Nullable LocalDate documentNeededUntil(Regime regime) {
    return documentNeededUntil[regime.ordinal()];
  }

  /** The arrival card rule of a case on this day; null when the tables give none. */
  @Nullable ArrivalCardRule arrivalCardRule(ArrivalCardCase arrivalCase) {
    return arrivalCardRules[arrivalCase.ordinal()];
  }
}
