package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
  }
}
