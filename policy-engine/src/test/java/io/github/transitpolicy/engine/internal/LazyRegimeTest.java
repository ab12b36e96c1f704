package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A regime built when first needed decides and reports as one built at once: the places of its rules
 * are those its declaration in {@link Regimes} fixes, and many threads sharing a fresh evaluator agree.
 */
class LazyRegimeTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final Evaluator EAGER = new Evaluator(CATALOGUE);

  @Test
  void everyDeclarationMatchesItsUnitAndFixesTheSamePlaces() {
    LazyRegime[] lazy = Regimes.lazily(CATALOGUE);
    List<RegimeRules> built = Regimes.all(CATALOGUE);
    assertEquals(built.size(), lazy.length);
    int rules = 0;
    for (int i = 0; i < lazy.length; i++) {
      assertFalse(lazy[i].isBuilt(), lazy[i].regime::toString);
      RegimeRules unit = lazy[i].unit();
      assertTrue(lazy[i].isBuilt());
      assertEquals(built.get(i).regime, lazy[i].regime);
      assertEquals(built.get(i).rules().size(), lazy[i].ruleCount, lazy[i].regime::toString);
      assertEquals(built.get(i).gate(), lazy[i].gate, lazy[i].regime::toString);
      assertEquals(unit, lazy[i].unit(), "built once, then kept");
      for (int r = 0; r < unit.rules().size(); r++) {
        assertEquals(r, unit.rules().get(r).index);
      }
      rules += lazy[i].ruleCount;
    }
    Evaluator lazily = new Evaluator(CATALOGUE, true);
    assertEquals(EAGER.ruleCount(), lazily.ruleCount());
    assertEquals(rules, lazily.ruleCount());
    assertEquals(EAGER.regimes(), lazily.regimes());
    for (Regime regime : EAGER.regimes()) {
      assertEquals(EAGER.codes(regime), lazily.codes(regime));
    }
  }

  @Test
  void aUnitThatDisagreesWithItsDeclarationIsRefusedWhenBuilt() {
    Gate residence = Gate.needing(Gate.RESIDENCE_DOCUMENT, 0);
    assertThrows(IllegalStateException.class, () -> new LazyRegime(CATALOGUE, Regime.RESIDENCE, 5, residence).unit());
    assertThrows(IllegalStateException.class,
        () -> new LazyRegime(CATALOGUE, Regime.RESIDENCE, 4, Gate.needing(Gate.RESIDENCE_DOCUMENT, 1)).unit());
    assertThrows(IllegalStateException.class,
        () -> new LazyRegime(CATALOGUE, Regime.RESIDENCE, 4, Gate.needing(Gate.TOUR_GROUP, 0)).unit());
    assertThrows(IllegalStateException.class, () -> new LazyRegime(CATALOGUE, Regime.RESIDENCE, 4, Gate.OPEN).unit());
    assertEquals(Regime.RESIDENCE, new LazyRegime(CATALOGUE, Regime.RESIDENCE, 4, residence).unit().regime);
  }

  @Test
  void anEligibleTripBuildsOnlyTheRegimesItGetsInto() {
    Evaluator lazily = new Evaluator(CATALOGUE, true);
    for (Regime regime : lazily.regimes()) {
      assertFalse(lazily.isBuilt(regime), regime::toString);
    }
    Evaluation e = lazily.evaluate(usTransit());
    assertEquals(Regime.TRANSIT_240H, e.regime().orElseThrow());
    for (Regime regime : lazily.regimes()) {
      // Its gates shut out the direct transit, residence and exemption regimes; 240-hour transit passes.
      assertEquals(regime == Regime.TRANSIT_240H, lazily.isBuilt(regime), regime::toString);
    }
    // The findings are made by every rule: reading them builds the rest, and they are the eager ones.
    assertEquals(EAGER.evaluate(usTransit()), e);
    for (Regime regime : lazily.regimes()) {
      assertTrue(lazily.isBuilt(regime), regime::toString);
    }
  }

  @Test
  void statusesReadFirstBuildWhatTheyNeedAndAgree() {
    Evaluator lazily = new Evaluator(CATALOGUE, true);
    Status[] lazy = new Status[lazily.ruleCount()];
    Status[] eager = new Status[EAGER.ruleCount()];
    lazily.decide(usTransit()).statuses(lazy);
    EAGER.decide(usTransit()).statuses(eager);
    assertArrayEquals(eager, lazy);
  }

  @Test
  void aFreshLazyEvaluatorGivesTheEagerFindingsAndStatuses() {
    qt().withExamples(1500).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      // A fresh evaluator each time: the trip is the first it sees, whichever regimes it opens.
      Evaluator lazily = new Evaluator(CATALOGUE, true);
      Status[] lazy = new Status[lazily.ruleCount()];
      Status[] eager = new Status[EAGER.ruleCount()];
      Evaluator.Decision decision = lazily.decide(trip);
      decision.statuses(lazy);
      EAGER.decide(trip).statuses(eager);
      assertArrayEquals(eager, lazy, trip::toString);
      assertEquals(EAGER.evaluate(trip), decision.evaluation(), trip::toString);
      assertEquals(EAGER.evaluate(trip), new Evaluator(CATALOGUE, true).evaluate(trip), trip::toString);
    });
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void manyThreadsSharingAFreshEvaluatorAgreeFromTheirFirstTrips() throws Exception {
    List<Trip> trips = new ArrayList<>();
    qt().withExamples(300).forAll(NeverThrowsTest.TRIPS).checkAssert(trips::add);
    List<Evaluation> expected = new ArrayList<>();
    List<List<Status>> expectedStatuses = new ArrayList<>();
    for (Trip t : trips) {
      expected.add(EAGER.evaluate(t));
      Status[] s = new Status[EAGER.ruleCount()];
      EAGER.decide(t).statuses(s);
      expectedStatuses.add(List.of(s));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        Evaluator shared = new Evaluator(CATALOGUE, true);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          long seed = round * 100L + t;
          boolean findingsFirst = t % 2 == 0;
          done.add(pool.submit(() -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < trips.size(); i++) {
              order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            start.await();
            int checked = 0;
            for (int i : order) {
              Evaluator.Decision d = shared.decide(trips.get(i));
              Status[] s = new Status[shared.ruleCount()];
              if (findingsFirst) {
                assertEquals(expected.get(i), d.evaluation());
                d.statuses(s);
              } else {
                d.statuses(s);
                assertEquals(expected.get(i), d.evaluation());
              }
              assertEquals(expectedStatuses.get(i), List.of(s));
              checked++;
            }
            return checked;
          }));
        }
        start.countDown();
        for (Future<Integer> f : done) {
          assertEquals(trips.size(), f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMissingLegalBasisFailsTheEagerEvaluatorAtOnceAndTheLazyOneWhenAFindingCitesIt() {
    // The bundled catalogue, but without the basis of one rule of a regime most trips never get into.
    Catalogue lacking = (Catalogue) Proxy.newProxyInstance(Catalogue.class.getClassLoader(),
        new Class<?>[] {Catalogue.class}, (proxy, method, args) -> {
          if (method.getName().equals("ruleBasis") && args[0] == Regime.TRANSIT_72H
              && args[1] == FindingCode.VISITS_WITHIN_AREA) {
            return Optional.empty();
          }
          try {
            return method.invoke(CATALOGUE, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    IllegalStateException eager = assertThrows(IllegalStateException.class, () -> new Evaluator(lacking));
    assertTrue(String.valueOf(eager.getMessage()).contains("TRANSIT_72H VISITS_WITHIN_AREA"), eager::getMessage);
    Evaluator lazily = new Evaluator(lacking, true);
    Evaluation e = lazily.evaluate(usTransit());
    assertEquals(EAGER.evaluate(usTransit()).verdict(), e.verdict(), "the verdict needs no basis");
    assertThrows(IllegalStateException.class, e::findings);
  }

  @Test
  void theEagerEvaluatorBuildsEveryRegimeAtOnce() {
    Evaluator eager = new Evaluator(CATALOGUE);
    for (Regime regime : eager.regimes()) {
      assertTrue(eager.isBuilt(regime), regime::toString);
    }
    assertEquals(List.of(FindingCode.RESIDENCE_DOCUMENT_HELD, FindingCode.DOCUMENT_VALIDITY,
        FindingCode.ENTRY_PORT_OPEN, FindingCode.EXIT_PORT_OPEN), eager.codes(Regime.RESIDENCE));
  }

  /** ColdStart's trip: a US citizen from Seoul through Shanghai Pudong, on to Tokyo from Beijing ten days later. */
  private static Trip usTransit() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
  }
}
