package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statuses of an evaluation are kept in four words for the first 128 rules and in an array after
 * them, so that no count of rules is a limit (issue 14). The bundled catalogue has fewer than 128, so
 * the array is tested here by placing a regime's rules at every position around and past the words.
 */
class TripFindingsTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static List<Rule> transitRules() {
    for (RegimeRules r : Regimes.all(CATALOGUE)) {
      if (r.regime == Regime.TRANSIT_240H) {
        return r.rules();
      }
    }
    throw new AssertionError("no 240-hour regime");
  }

  private static TripFacts someFacts() {
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    return new TripFacts(Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", arrival, CountryCode.of("KR")))
        .departure(Departure.of("PVG", arrival.plusDays(3), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build(), CATALOGUE);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 20, 31, 60, 120, 127, 128, 130, 250})
  void aRegimeAnywhereAmongTheRulesKeepsEachStatusAndKnowsWhenItIsDecided(int first) {
    List<Rule> rules = transitRules();
    TripFindings d = new TripFindings(new LazyRegime[0], someFacts(), first + rules.size() + 3);
    d.startRegime(first);
    Status[] said = {Status.PASS, Status.UNKNOWN, Status.PASS};
    for (int i = 0; i < rules.size(); i++) {
      assertFalse(d.allDecided(first, rules.size()), "before rule " + i);
      assertNull(d.decided(first + i));
      boolean goesOn = d.add(rules.get(i), said[i % 3]);
      assertTrue(goesOn);
      assertEquals(said[i % 3], d.decided(first + i), "rule " + i);
    }
    assertTrue(d.allDecided(first, rules.size()));
    assertTrue(d.unknown());
    // The neighbours are untouched.
    assertNull(d.decided(first + rules.size()));
    if (first > 0) {
      assertNull(d.decided(first - 1));
      assertFalse(d.allDecided(first - 1, rules.size() + 1));
    }
    // A FAIL decides the regime and overwrites the status recorded before it.
    d.startRegime(first);
    assertFalse(d.add(rules.get(2), Status.FAIL));
    assertEquals(Status.FAIL, d.decided(first + 2));
    assertEquals(Status.PASS, d.decided(first + 3));
    assertFalse(d.unknown());
  }
}
