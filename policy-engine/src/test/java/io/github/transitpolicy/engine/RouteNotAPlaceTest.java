package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertMessage;
import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.model.FindingCode.ROUTE_TO_THIRD_COUNTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The route rule of 240-hour transit and 24-hour direct transit cannot tell whether a journey goes on
 * to a third country when one end is not a country or region (a stateless person's XXA, an
 * organisation such as UNO, a British national status such as GBN): it says UNKNOWN, never PASS, and
 * its message names the code it cannot place.
 */
class RouteNotAPlaceTest {

  private static final LocalDateTime ARRIVAL = LocalDateTime.of(2025, 12, 1, 10, 0);

  /** A five-hour airside connection at PVG that passes 24-hour direct transit from KR to US. */
  private static Trips.Builder connection() {
    return baseline().ports("PVG", "PVG").times(ARRIVAL, ARRIVAL.plusHours(5)).route("KR", "US")
        .staysInPort(true).visits();
  }

  @ParameterizedTest(name = "{0} -> mainland -> {1}: UNKNOWN, naming {2}")
  @CsvSource({
    "XXA, JP, XXA",
    "KR, XXA, XXA",
    "UNO, JP, UNO",
    "KR, GBN, GBN",
    "XXA, UNO, XXA", // neither is a place: the origin is named
  })
  void transit240hSaysUnknownAndNamesTheCode(String from, String to, String named) {
    Evaluation e = baseline().route(from, to).evaluate();
    Finding f = assertStatus(Status.UNKNOWN, e, Regime.TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertMessage(f, named, "not a country or region");
    assertTrue(f.message(Locale.CHINESE).contains(named), f.message(Locale.CHINESE));
    // The baseline passes every other 240-hour rule and a US citizen is not visa-exempt: only the
    // unknown route is left, so the answer is a review, not a yes.
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
    assertEquals(Optional.empty(), e.regime());
    assertEquals(Optional.empty(), e.exitDeadline());
  }

  @ParameterizedTest(name = "{0} -> PVG airside -> {1}: UNKNOWN")
  @CsvSource({
    "XXA, US, XXA",
    "KR, XXA, XXA",
    "KR, UNO, UNO",
  })
  void directTransitSaysUnknownAndDoesNotPass(String from, String to, String named) {
    Evaluation e = connection().route(from, to).evaluate();
    Finding f = assertStatus(Status.UNKNOWN, e, Regime.DIRECT_TRANSIT_24H, ROUTE_TO_THIRD_COUNTRY);
    assertMessage(f, named);
    assertStatus(Status.UNKNOWN, e, Regime.TRANSIT_240H, ROUTE_TO_THIRD_COUNTRY);
    assertNotEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime(), e::toString);
    assertFalse(e.inspectionFree(), "inspection-free applies to a passing direct transit only");
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
  }

  @Test
  void theSameConnectionBetweenTwoCountriesPasses() {
    // The control: only the code that is not a place turns the route rule UNKNOWN.
    Evaluation e = connection().evaluate();
    assertStatus(Status.PASS, e, Regime.DIRECT_TRANSIT_24H, ROUTE_TO_THIRD_COUNTRY);
    assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime());
  }
}
