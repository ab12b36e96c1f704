package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** What every rule needs to know about a trip, looked up once per evaluation. */
final class TripFacts {
  final Trip trip;
  final Catalogue catalogue;
  /** The day of border clearance, Beijing time: the day the policy version is chosen by. */
  final LocalDate entryDate;
  /** What the catalogue says about {@link #entryDate}, shared by every trip entering that day. */
  final PolicyDay day;
  final ZonedDateTime arrival;
  final ZonedDateTime departure;
  final @Nullable Port arrivalPort;
  final @Nullable Port departurePort;
  final CountryCode nationality;
  /** The 240-hour exit deadline under the day's terms; null without them. */
  final @Nullable ZonedDateTime transitDeadline;
  /** The visa exemption covering the nationality on the entry date; null when there is none. */
  final @Nullable VisaExemption exemption;
  /** Days per stay under {@link #exemption}; empty when unknown. */
  final OptionalInt exemptionDays;
  /** How a visa-exempt stay is counted on the entry date; null without an exemption or terms. */
  final @Nullable RegimeTerms exemptionTerms;
  /** The trip's {@linkplain Gate#traitsOf traits}, which the regimes' gates ask for. */
  final int traits;

  TripFacts(Trip trip, Catalogue catalogue, PolicyDay day) {
    this.trip = trip;
    this.catalogue = catalogue;
    this.day = day;
    this.entryDate = day.date;
    this.arrival = trip.arrival().beijingTime();
    this.departure = trip.departure().beijingTime();
    this.arrivalPort = catalogue.port(trip.arrival().port()).orElse(null);
    this.departurePort = catalogue.port(trip.departure().port()).orElse(null);
    this.nationality = trip.traveller().nationality();
    this.exemption = exemption(catalogue, nationality, entryDate);
    // The 240-hour deadline of a stay counted from the next midnight is the day's; one counted from the
    // hour of arrival is this trip's own.
    RegimeTerms transit = day.transitTerms;
    this.transitDeadline = day.transitDeadline != null || transit == null ? day.transitDeadline
        : SharedRules.stayDeadline(transit.counting(), arrival, entryDate, transit.maxStayHours().orElse(0));
    VisaExemption e = exemption;
    this.exemptionDays = e == null ? OptionalInt.empty() : stayDays(day, e);
    this.exemptionTerms = e == null || exemptionDays.isEmpty() ? null : day.exemptionTerms;
    this.traits = Gate.traitsOf(trip, e);
  }

  /** The facts of a trip, its day looked up afresh: for tests and tools that have no calendar. */
  TripFacts(Trip trip, Catalogue catalogue) {
    this(trip, catalogue, new PolicyDay(catalogue, trip.arrival().time().toLocalDate()));
  }

  /**
   * What rules made for this trip and keep for the next rule that asks; made when first needed, so
   * that an evaluation needing none allocates nothing more (one field: the facts stay 72 bytes).
   * Racy but safe: every value kept is immutable, and checked or recomputed, never trusted blindly; a
   * thread reading findings at the same time sees an old value, a new one or none, each correct.
   */
  private @Nullable Kept kept;

  /** The memos of one trip's facts; plain fields, see {@link #kept}. */
  private static final class Kept {
    /**
     * The last {@link #afterHours} made, for the next regime that asks with the same hours (the group
     * regimes share theirs). It carries its own key, its distance from arrival, checked before use.
     */
    @Nullable ZonedDateTime lastAfterHours;
    /**
     * The 144-hour and 72-hour zones of entry, as {@code HistoryTransitRules.Zones} finds them, once a
     * rule has asked (three of each regime do, on every trip a batch checks): a {@code TransitZone},
     * {@link #NO_ZONE}, or null until looked up.
     */
    @Nullable Object entryZone144;
    @Nullable Object entryZone72;
  }

  private Kept kept() {
    Kept k = kept;
    if (k == null) {
      k = new Kept();
      kept = k;
    }
    return k;
  }

  /** What {@link #keptEntryZone} gives before a zone of entry was looked up for the regime. */
  static final Object NOT_KEPT = new Object();
  /** Kept for a regime whose lookup found no zone of entry. */
  private static final Object NO_ZONE = new Object();

  /** The zone of entry kept for a history regime: a {@code TransitZone}, another object for none, or {@link #NOT_KEPT}. */
  Object keptEntryZone(Regime regime) {
    Kept k = kept;
    Object z = k == null ? null
        : regime == Regime.TRANSIT_144H ? k.entryZone144 : regime == Regime.TRANSIT_72H ? k.entryZone72 : null;
    return z != null ? z : NOT_KEPT;
  }

  /** Keeps the zone of entry found for a history regime (null: none); other regimes keep nothing. */
  void keepEntryZone(Regime regime, @Nullable Object zone) {
    Object z = zone != null ? zone : NO_ZONE;
    if (regime == Regime.TRANSIT_144H) {
      kept().entryZone144 = z;
    } else if (regime == Regime.TRANSIT_72H) {
      kept().entryZone72 = z;
    }
  }

  /** {@code arrival.plusHours(hours)}: the end of a stay counted from the hour of arrival. */
  ZonedDateTime afterHours(long hours) {
    Kept k = kept();
    ZonedDateTime last = k.lastAfterHours;
    if (last != null && last.toEpochSecond() == arrival.toEpochSecond() + hours * 3600) {
      return last;
    }
    ZonedDateTime made = arrival.plusHours(hours);
    k.lastAfterHours = made;
    return made;
  }

  /** {@link SharedRules#stayDeadline} of this trip. */
  ZonedDateTime stayDeadline(StayCounting counting, long hours) {
    return counting == StayCounting.ELAPSED ? afterHours(hours) : SharedRules.fromNextMidnight(day, hours);
  }

  /**
   * Whether departure is later than {@link #afterHours}, compared in epoch seconds without making the
   * deadline (the status path of the stay rules, a dozen times a trip; StayDeadlineTest).
   */
  boolean leavesAfterHours(long hours) {
    return SharedRules.leavesAfter(StayCounting.ELAPSED, arrival, entryDate, hours, departure);
  }

  /** Whether departure is later than {@link #stayDeadline}, making no deadline but the day's midnights. */
  boolean leavesAfterStay(StayCounting counting, long hours) {
    return counting == StayCounting.ELAPSED ? leavesAfterHours(hours)
        : SharedRules.isAfter(departure, SharedRules.fromNextMidnight(day, hours));
  }

  /** Whether departure is later than {@link #transitDeadline}; false without one. */
  boolean leavesAfterTransitDeadline() {
    ZonedDateTime by = transitDeadline;
    return by != null && SharedRules.isAfter(departure, by);
  }

  /** The 24-hour direct transit deadline; null without terms. */
  @Nullable ZonedDateTime directDeadline() {
    RegimeTerms t = day.directTerms;
    return t == null ? null : stayDeadline(t.counting(), t.maxStayHours().orElse(0));
  }

  /** Whether departure is later than {@link #directDeadline()}; false without terms. Makes no deadline. */
  boolean leavesAfterDirectDeadline() {
    RegimeTerms t = day.directTerms;
    return t != null && leavesAfterStay(t.counting(), t.maxStayHours().orElse(0));
  }

  /** The visa-exemption deadline; null when the exemption or its stay length is unknown. Made anew on each call. */
  @Nullable ZonedDateTime exemptionDeadline() {
    RegimeTerms t = exemptionTerms;
    return t == null || exemptionDays.isEmpty() ? null
        : stayDeadline(t.counting(), exemptionDays.getAsInt() * 24L);
  }

  /** Whether departure is later than {@link #exemptionDeadline()}; false when there is none. */
  boolean leavesAfterExemptionDeadline() {
    RegimeTerms t = exemptionTerms;
    return t != null && exemptionDays.isPresent()
        && leavesAfterStay(t.counting(), exemptionDays.getAsInt() * 24L);
  }

  /**
   * The exemption that covers the nationality on the entry date. Without one, an exemption presumed to:
   * a long-standing one whose earliest sourced date is after the entry date (it may well have been in
   * force), or one whose announced end falls after the tables' as-of day and before the entry date
   * (whether it was extended is not known). A presumed exemption lets the other rules be checked; the
   * policy rules say UNKNOWN for it (SPEC 3.4, 9). Here, not in {@link VisaExemptionRules}: a trip's
   * facts are made on every evaluation, and calling that class would load its rules' classes too.
   */
  private static @Nullable VisaExemption exemption(Catalogue catalogue, CountryCode nationality, LocalDate entryDate) {
    VisaExemption presumed = null;
    for (VisaExemption e : catalogue.visaExemptions(nationality)) {
      if (e.validity().contains(entryDate)) {
        return e;
      }
      if (presumed != null && presumed.longStanding()) {
        continue;
      }
      Optional<LocalDate> from = e.validity().from();
      Optional<LocalDate> until = e.validity().until();
      if (e.longStanding() && from.isPresent() && from.get().isAfter(entryDate)) {
        presumed = e;
      } else if (until.isPresent() && until.get().isBefore(entryDate) && until.get().isAfter(catalogue.asOf())
          && (presumed == null || until.get().isAfter(presumed.validity().until().orElseThrow()))) {
        presumed = e;
      }
    }
    return presumed;
  }

  /** Days per stay under an exemption on the entry date: per agreement, or the unilateral terms. */
  private static OptionalInt stayDays(PolicyDay day, VisaExemption e) {
    if (e.kind() == ExemptionKind.MUTUAL) {
      return e.termsVerified() ? e.stayDays() : OptionalInt.empty();
    }
    UnilateralTerms terms = day.unilateralTerms;
    return terms != null ? OptionalInt.of(terms.stayDays()) : OptionalInt.empty();
  }
}
