package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The trips {@link EvaluateBenchmark} times warm and {@link ColdStart} times first: one definition. */
final class BenchmarkTrips {

  /** When both trips arrive, in Beijing time; also the baseline's input. */
  static final LocalDateTime ARRIVAL = LocalDateTime.of(2025, 12, 1, 10, 0);

  private BenchmarkTrips() {}

  /**
   * Passes 240-hour transit: a US citizen from Seoul through Shanghai Pudong, visiting Suzhou, on to
   * Tokyo from Beijing ten days later.
   */
  static Trip eligible() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", ARRIVAL, CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
  }

  /** Fails three 240-hour rules: passport too short, route back to the origin, stay too long. */
  static Trip ineligible() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2026, 1, 15))))
        .arrival(Arrival.of("PVG", ARRIVAL, CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 13, 9, 0), CountryCode.of("KR")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
  }
}
