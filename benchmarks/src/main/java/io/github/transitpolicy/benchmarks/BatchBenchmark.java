package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * A data team's re-check: 10,000 mixed trips (eligible and not, every regime, unknown ports and
 * places), one thread (verdicts alone, and verdicts with the failed rules), and all cores through a
 * parallel stream. The score is the time for the whole batch; divide by 10,000 for a trip.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BatchBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {

  static final int TRIPS = 10_000;

  TransitPolicy policy;
  List<Trip> trips;

  /** Builds 10,000 trips from a fixed seed. */
  @Setup
  public void setUp() {
    policy = TransitPolicy.bundled();
    trips = mixedTrips(TRIPS, 20251201L);
  }

  static List<Trip> mixedTrips(int n, long seed) {
    String[] nationalities = {"US", "GB", "FR", "DE", "IN", "JP", "KR", "BR", "CN", "MY", "VN", "GBN", "XXA"};
    String[] origins = {"KR", "JP", "US", "HK", "FR", "SG", "TH"};
    String[] ports = {"PVG", "PEK", "CAN", "SZX", "CTU", "KMG", "URC", "ROAD-LUOHU", "RAIL-WEST-KOWLOON", "ZZZ"};
    String[] places = {"320500", "320506", "510100", "511300", "540100", "440300", "110105", "329999"};
    DocumentType[] documents = {DocumentType.ORDINARY_PASSPORT, DocumentType.ORDINARY_PASSPORT,
        DocumentType.DIPLOMATIC_PASSPORT, DocumentType.EMERGENCY_PASSPORT, DocumentType.REFUGEE_TRAVEL_DOCUMENT};
    Purpose[] purposes = Purpose.values();
    SplittableRandom random = new SplittableRandom(seed);
    List<Trip> trips = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDateTime arrive = LocalDateTime.of(2024, 12, 1, 0, 0)
          .plusMinutes(random.nextInt(3 * 365 * 24 * 60));
      LocalDateTime depart = arrive.plusHours(1 + random.nextInt(random.nextBoolean() ? 30 : 400));
      Trip.Builder b = Trip.builder()
          .traveller(Traveller.of(CountryCode.of(nationalities[random.nextInt(nationalities.length)]),
              TravelDocument.of(documents[random.nextInt(documents.length)],
                  arrive.toLocalDate().plusDays(random.nextInt(900)))))
          .arrival(Arrival.of(ports[random.nextInt(ports.length)], arrive, CountryCode.of(origins[random.nextInt(origins.length)])))
          .departure(Departure.of(ports[random.nextInt(ports.length)], depart,
              CountryCode.of(origins[random.nextInt(origins.length)])))
          .purpose(purposes[random.nextInt(purposes.length)])
          .staysInPort(random.nextInt(5) == 0);
      for (int v = random.nextInt(3); v > 0; v--) {
        b.addVisits(PlaceCode.of(places[random.nextInt(places.length)]));
      }
      trips.add(b.build());
    }
    return trips;
  }

  /** The batch on one thread; returns the number of visa-free trips. */
  @Benchmark
  public int singleThread() {
    int visaFree = 0;
    for (Trip t : trips) {
      if (policy.evaluate(t).verdict() == Verdict.VISA_FREE) {
        visaFree++;
      }
    }
    return visaFree;
  }

  /**
   * The batch on one thread, reading every evaluation's failures too, as a re-check that records why
   * a trip is refused does: the findings are made here, where {@link #singleThread} never asks for them.
   * Returns the number of failed rules.
   */
  @Benchmark
  public int singleThreadWithReasons() {
    int failed = 0;
    for (Trip t : trips) {
      failed += policy.evaluate(t).failures().size();
    }
    return failed;
  }

  /** The batch on all cores (a parallel stream over the shared, thread-safe policy). */
  @Benchmark
  public long allCores() {
    return trips.parallelStream().filter(t -> policy.evaluate(t).verdict() == Verdict.VISA_FREE).count();
  }
}
