package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** What every rule needs to know about a trip, looked up once per evaluation. */
final class TripFacts {
  final Trip trip;
  final Catalogue catalogue;
  /** The day of border clearance, Beijing time: the day the policy version is chosen by. */
  final LocalDate entryDate;
  final ZonedDateTime arrival;
  final ZonedDateTime departure;
  final @Nullable Port arrivalPort;
  final @Nullable Port departurePort;
  final CountryCode nationality;
  /** The 240-hour policy version in force on the entry date; null before the first one. */
  final @Nullable PolicyVersion transitVersion;
  /** The 240-hour terms (stay, document validity) in force on the entry date; null before them. */
  final @Nullable RegimeTerms transitTerms;
  /** The 240-hour exit deadline under {@link #transitTerms}; null without them. */
  final @Nullable ZonedDateTime transitDeadline;
  /** The 24-hour direct transit terms on the entry date, and the deadline they give. */
  final @Nullable RegimeTerms directTerms;
  final @Nullable ZonedDateTime directDeadline;
  /** The visa exemption covering the nationality on the entry date; null when there is none. */
  final @Nullable VisaExemption exemption;
  /** Days per stay under {@link #exemption}, and the deadline they give; empty or null when unknown. */
  final OptionalInt exemptionDays;
  final @Nullable ZonedDateTime exemptionDeadline;

  TripFacts(Trip trip, Catalogue catalogue) {
    this.trip = trip;
    this.catalogue = catalogue;
    this.arrival = trip.arrival().beijingTime();
    this.departure = trip.departure().beijingTime();
    this.entryDate = trip.arrival().time().toLocalDate();
    this.arrivalPort = catalogue.port(trip.arrival().port()).orElse(null);
    this.departurePort = catalogue.port(trip.departure().port()).orElse(null);
    this.nationality = trip.traveller().nationality();
    this.transitVersion = catalogue.policyVersionOn(entryDate).orElse(null);
    this.transitTerms = catalogue.regimeTerms(Regime.TRANSIT_240H, entryDate).orElse(null);
    this.exemption = VisaExemptionRules.exemption(catalogue, nationality, entryDate);
    // Each deadline once per trip: a zoned date-time is the costliest value an evaluation makes.
    RegimeTerms transit = transitTerms;
    this.transitDeadline = transit == null ? null
        : SharedRules.stayDeadline(transit.counting(), arrival, entryDate, transit.maxStayHours().orElse(0));
    RegimeTerms direct = catalogue.regimeTerms(Regime.DIRECT_TRANSIT_24H, entryDate).orElse(null);
    this.directTerms = direct;
    this.directDeadline = direct == null ? null
        : SharedRules.stayDeadline(direct.counting(), arrival, entryDate, direct.maxStayHours().orElse(0));
    VisaExemption e = exemption;
    this.exemptionDays = e == null ? OptionalInt.empty() : VisaExemptionRules.stayDays(catalogue, entryDate, e);
    RegimeTerms exemptionTerms = e == null ? null
        : catalogue.regimeTerms(Regime.VISA_EXEMPTION, entryDate).orElse(null);
    this.exemptionDeadline = exemptionDays.isEmpty() || exemptionTerms == null ? null
        : SharedRules.stayDeadline(exemptionTerms.counting(), arrival, entryDate, exemptionDays.getAsInt() * 24L);
  }
}
