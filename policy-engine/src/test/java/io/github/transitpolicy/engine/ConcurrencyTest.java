package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared bundled policy gives the same answers from many threads as from one (SPEC 4). */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int TRIPS = 2_000;

  /** What an evaluation decided, comparable across runs. */
  private static String outcome(Evaluation e) {
    StringBuilder b = new StringBuilder();
    b.append(e.verdict()).append('|').append(e.regime()).append('|').append(e.exitDeadline()).append('|')
        .append(e.suggestedVisa()).append('|').append(e.inspectionFree()).append('|');
    for (Finding f : e.findings()) {
      b.append(f.regime()).append(':').append(f.code()).append('=').append(f.status()).append(',');
    }
    return b.toString();
  }

  /** 2,000 trips from a fixed seed: mostly plausible, drawn from ports, countries, dates and purposes. */
  private static List<Trip> trips() {
    Random random = new Random(20251201L);
    List<String> ports = List.of("PVG", "PEK", "PKX", "CAN", "SZX", "TSN", "URC", "ROAD-LUOHU",
        "RAIL-WEST-KOWLOON", "ROAD-HENGQIN", "ZZZ", "浦东机场");
    List<String> countries = List.of("US", "FR", "DE", "GB", "IN", "ID", "VN", "TH", "EC", "CN", "HK", "KR",
        "JP", "GBN", "XXA", "RU", "BN", "MY");
    List<String> places = List.of("320500", "320506", "510100", "511300", "540100", "510000", "329999");
    List<Trip> trips = new ArrayList<>(TRIPS);
    for (int i = 0; i < TRIPS; i++) {
      LocalDateTime arrival = LocalDateTime.of(2024, 6, 1, 0, 0)
          .plusMinutes(random.nextInt(4 * 365 * 24 * 60));
      long stay = random.nextBoolean() ? 1 + random.nextInt(30 * 60) : 1 + random.nextInt(40 * 24 * 60);
      Trips.Builder b = Trips.baseline()
          .nationality(countries.get(random.nextInt(countries.size())))
          .document(random.nextInt(5) == 0
              ? DocumentType.values()[random.nextInt(DocumentType.values().length)]
              : DocumentType.ORDINARY_PASSPORT)
          .expiry(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(2000)))
          .ports(ports.get(random.nextInt(ports.size())), ports.get(random.nextInt(ports.size())))
          .route(countries.get(random.nextInt(countries.size())).replace("GBN", "GB").replace("XXA", "DE"),
              countries.get(random.nextInt(countries.size())).replace("GBN", "KR").replace("XXA", "JP"))
          .times(arrival, arrival.plusMinutes(stay))
          .purpose(Purpose.values()[random.nextInt(Purpose.values().length)])
          .staysInPort(random.nextInt(3) == 0)
          .onwardTicketConfirmed(random.nextInt(10) != 0)
          .visaRefusalDeclared(random.nextInt(20) == 0);
      b.visits(random.nextBoolean() ? new String[0]
          : new String[] {places.get(random.nextInt(places.size())), places.get(random.nextInt(places.size()))});
      trips.add(b.build());
    }
    return trips;
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void eightThreadsAgreeWithOneThread() throws Exception {
    List<Trip> trips = trips();
    TransitPolicy policy = TransitPolicy.bundled();
    List<String> expected = new ArrayList<>(TRIPS);
    for (Trip t : trips) {
      expected.add(outcome(policy.evaluate(t)));
    }
    // the sample is varied enough to mean something
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    for (Trip t : trips) {
      verdicts.add(policy.evaluate(t).verdict());
    }
    assertEquals(EnumSet.allOf(Verdict.class), verdicts);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int shift = t * (TRIPS / THREADS);
        Callable<List<String>> task = () -> {
          start.await();
          String[] out = new String[TRIPS];
          // each thread walks the list from a different place so that threads evaluate different trips at once
          for (int k = 0; k < TRIPS; k++) {
            int i = (k + shift) % TRIPS;
            out[i] = outcome(TransitPolicy.bundled().evaluate(trips.get(i)));
          }
          return List.of(out);
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> r : results) {
        List<String> got = r.get(2, TimeUnit.MINUTES);
        assertEquals(TRIPS, got.size());
        for (int i = 0; i < TRIPS; i++) {
          assertEquals(expected.get(i), got.get(i), "trip " + i + ": " + trips.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void evaluationsMadeOnOneThreadGiveTheSameFindingsWhereverTheyAreFirstRead() throws Exception {
    List<Trip> trips = trips();
    TransitPolicy policy = TransitPolicy.bundled();
    List<String> expected = new ArrayList<>(TRIPS);
    List<Evaluation> unread = new ArrayList<>(TRIPS);
    for (Trip t : trips) {
      expected.add(outcome(policy.evaluate(t)));
      unread.add(policy.evaluate(t)); // findings not yet made: the threads below race to make them
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<String> out = new ArrayList<>(TRIPS);
          for (Evaluation e : unread) {
            out.add(outcome(e));
          }
          return out;
        }));
      }
      start.countDown();
      for (Future<List<String>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
  }

  @Test
  void theBundledPolicyIsOneSharedInstance() {
    assertTrue(TransitPolicy.bundled() == TransitPolicy.bundled());
  }
}
