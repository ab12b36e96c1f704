package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** ROUTE_TO_THIRD_COUNTRY is symmetric in origin and destination, and ignores everything else. */
class RoutePropertiesTest {

  private static final List<String> PLACES;

  static {
    Set<String> codes = new LinkedHashSet<>(Arrays.asList(java.util.Locale.getISOCountries()));
    codes.addAll(List.of("HK", "MO", "TW", "CN"));
    PLACES = new ArrayList<>(codes);
  }

  private static final Gen<String> CODES = arbitrary().pick(PLACES);

  private static Status route(Regime regime, String from, String to) {
    Evaluation e = Trips.baseline().route(from, to).evaluate();
    return Trips.status(e, regime, FindingCode.ROUTE_TO_THIRD_COUNTRY);
  }

  @Test
  void the240HourRouteRuleIsSymmetric() {
    qt().forAll(CODES, CODES).checkAssert((a, b) ->
        assertEquals(route(Regime.TRANSIT_240H, a, b), route(Regime.TRANSIT_240H, b, a), a + " <-> " + b));
  }

  @Test
  void theDirectTransitRouteRuleIsSymmetric() {
    qt().forAll(CODES, CODES).checkAssert((a, b) -> assertEquals(
        route(Regime.DIRECT_TRANSIT_24H, a, b), route(Regime.DIRECT_TRANSIT_24H, b, a), a + " <-> " + b));
  }

  @Test
  void theRouteRulePassesExactlyForTwoDifferentPlacesOutsideTheMainland() {
    qt().forAll(CODES, CODES).checkAssert((a, b) -> {
      Status expected = a.equals(b) || "CN".equals(a) || "CN".equals(b) ? Status.FAIL : Status.PASS;
      assertEquals(expected, route(Regime.TRANSIT_240H, a, b), a + " -> " + b);
      assertEquals(expected, route(Regime.DIRECT_TRANSIT_24H, a, b), a + " -> " + b);
    });
  }

  @Test
  void aCountryAlwaysFailsAgainstItselfEvenWrittenAsAlpha3() {
    qt().forAll(CODES).checkAssert(a -> {
      String alpha3 = CountryCode.of(a).alpha3();
      assertEquals(Status.FAIL, route(Regime.TRANSIT_240H, a, alpha3), a + " -> " + alpha3);
    });
  }

  @Test
  void theRouteRuleIgnoresNationality() {
    qt().forAll(CODES, CODES, arbitrary().pick(PLACES)).checkAssert((a, b, nationality) -> {
      Evaluation e = Trips.baseline().nationality(nationality).route(a, b).evaluate();
      assertEquals(route(Regime.TRANSIT_240H, a, b),
          Trips.status(e, Regime.TRANSIT_240H, FindingCode.ROUTE_TO_THIRD_COUNTRY));
    });
  }
}
