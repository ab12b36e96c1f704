package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Trip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cuts an itinerary into its mainland stays (SPEC 8) and evaluates each as a {@link Trip}. */
final class Stays {

  /** The longest stay at one airport taken as airside transit. */
  private static final Duration AIRSIDE = Duration.ofHours(24);

  private Stays() {}

  static ItineraryEvaluation evaluate(TransitPolicy policy, Itinerary itinerary) {
    Catalogue catalogue = policy.catalogue();
    List<Leg> legs = itinerary.legs();
    int n = legs.size();
    Endpoint[] from = new Endpoint[n];
    Endpoint[] to = new Endpoint[n];
    for (int i = 0; i < n; i++) {
      // The builder saw each leg depart from where the previous one arrived: the same place.
      from[i] = i == 0 ? Endpoint.resolve(catalogue, legs.get(i).from()) : to[i - 1];
      to[i] = Endpoint.resolve(catalogue, legs.get(i).to());
    }
    List<Trip> trips = new ArrayList<>();
    List<Evaluation> stays = new ArrayList<>();
    List<List<String>> unplaced = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (from[i].mainland || !to[i].mainland) {
        i++;
        continue;
      }
      int entry = i;
      int exit = entry + 1;
      while (exit < n && to[exit].mainland) {
        exit++;
      }
      // The builder refuses an itinerary that ends in the mainland, so legs[exit] leaves it.
      Set<PlaceCode> visits = new LinkedHashSet<>();
      List<String> notPlaced = new ArrayList<>();
      for (int k = entry + 1; k < exit; k++) {
        Port port = to[k].port;
        if (port != null) {
          visits.add(port.prefecture().orElse(port.province()));
        } else if (to[k].unplaced()) {
          notPlaced.add(legs.get(k).to());
        }
      }
      Instant arrives = Itinerary.bounds(legs.get(entry), false, BeijingTime.ZONE)[0];
      Instant departs = Itinerary.bounds(legs.get(exit), true, BeijingTime.ZONE)[0];
      boolean airside = exit == entry + 1 && !itinerary.clearsImmigration()
          && Duration.between(arrives, departs).compareTo(AIRSIDE) <= 0;
      Trip trip = Trip.builder()
          .traveller(itinerary.traveller())
          .purpose(itinerary.purpose())
          .arrival(Arrival.of(legs.get(entry).to(), arrives, cameFrom(legs, from, entry)))
          .departure(Departure.of(legs.get(exit).from(), departs, goesTo(legs, to, exit)))
          .addAllVisits(visits)
          .staysInPort(airside)
          .visaRefusalDeclared(itinerary.visaRefusalDeclared())
          .immigrationViolationDeclared(itinerary.immigrationViolationDeclared())
          .build();
      trips.add(trip);
      stays.add(policy.evaluate(trip));
      unplaced.add(List.copyOf(notPlaced));
      i = exit + 1;
    }
    return new ItineraryEvaluation(trips, stays, unplaced);
  }

  /** Where the flight that lands at {@code legs[entry]} began: back over the legs of the same flight. */
  private static CountryCode cameFrom(List<Leg> legs, Endpoint[] from, int entry) {
    int k = entry;
    while (k > 0 && legs.get(k - 1).sameFlightAs(legs.get(k))) {
      k--;
    }
    return from[k].country;
  }

  /** Where the flight that leaves at {@code legs[exit]} ends: on over the legs of the same flight. */
  private static CountryCode goesTo(List<Leg> legs, Endpoint[] to, int exit) {
    int k = exit;
    while (k + 1 < legs.size() && legs.get(k).sameFlightAs(legs.get(k + 1))) {
      k++;
    }
    return to[k].country;
  }
}
