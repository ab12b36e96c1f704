package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.Itinerary;
import io.github.transitpolicy.engine.ItineraryEvaluation;
import io.github.transitpolicy.engine.Leg;
import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code evaluate} of an itinerary of four legs (Seoul - Shanghai, Shanghai - Beijing, Beijing - Hong Kong,
 * Hong Kong - Tokyo: one stay) beside the same stay given as a {@link Trip}, and the baseline of SPEC 5.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ItineraryBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ItineraryBenchmark {

  TransitPolicy policy;
  Itinerary itinerary;
  Trip trip;

  /** Builds the itinerary and its stay's trip once. */
  @Setup
  public void setUp() {
    policy = TransitPolicy.bundled();
    itinerary = fourLegs();
    trip = policy.evaluate(itinerary).trips().get(0);
  }

  static Itinerary fourLegs() {
    return Itinerary.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .purpose(Purpose.TOURISM)
        .addLegs(
            Leg.of("KE893", "ICN", LocalDateTime.of(2025, 12, 1, 8, 0), "PVG", BenchmarkTrips.ARRIVAL),
            Leg.of("MU5101", "PVG", LocalDateTime.of(2025, 12, 4, 9, 0), "PEK", LocalDateTime.of(2025, 12, 4, 11, 15)),
            Leg.of("CX347", "PEK", LocalDateTime.of(2025, 12, 11, 15, 0), "HKG", LocalDateTime.of(2025, 12, 11, 19, 0)),
            Leg.of("CX500", "HKG", LocalDateTime.of(2025, 12, 11, 21, 0), "NRT", LocalDateTime.of(2025, 12, 12, 2, 0)))
        .build();
  }

  /** The irreducible work: the arrival in Beijing time and the 240-hour deadline. */
  @Benchmark
  public ZonedDateTime baseline() {
    return Baseline.deadline(trip.arrival().time());
  }

  /** The stay as one trip. */
  @Benchmark
  public Evaluation trip() {
    return policy.evaluate(trip);
  }

  /** The four legs: resolving six endpoints, cutting the stay, building its trip, evaluating it. */
  @Benchmark
  public ItineraryEvaluation fourLegItinerary() {
    return policy.evaluate(itinerary);
  }
}
