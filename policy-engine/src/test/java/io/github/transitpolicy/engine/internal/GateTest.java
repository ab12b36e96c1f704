package io.github.transitpolicy.engine.internal;

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
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A regime's gate lets the evaluator fail it without asking it: the rule the gate stands for must
 * fail on every trip the gate shuts out, or the evaluator would record a FAIL its finding contradicts.
 */
class GateTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final List<RegimeRules> REGIMES = Regimes.all(CATALOGUE);

  @Test
  void theRuleOfAShutGateFailsEveryTripItShutsOut() {
    Map<Regime, int[]> seen = new EnumMap<>(Regime.class);
    qt().withExamples(8000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      TripFacts facts = new TripFacts(trip, CATALOGUE);
      for (RegimeRules regime : REGIMES) {
        Gate gate = regime.gate();
        int[] counts = seen.computeIfAbsent(regime.regime, r -> new int[2]);
        if (gate.shut(facts)) {
          counts[0]++;
          Rule rule = regime.rules().get(gate.rule());
          assertEquals(Status.FAIL, rule.check(facts, Answer.STATUS),
              () -> regime.regime + " " + rule.getClass().getSimpleName() + " on " + trip);
        } else {
          counts[1]++;
        }
      }
    });
    // Every gated regime was both shut and open on the generated trips: the property tested something.
    for (RegimeRules regime : REGIMES) {
      if (regime.gate() != Gate.OPEN) {
        int[] counts = seen.getOrDefault(regime.regime, new int[2]);
        assertTrue(counts[0] > 0 && counts[1] > 0, () -> regime.regime + " shut " + counts[0] + ", open " + counts[1]);
      }
    }
  }

  @Test
  void theRegimesMostTripsCannotUseAreGatedByTheirFirstDecidedRule() {
    Map<Regime, FindingCode> expected = new EnumMap<>(Regime.class);
    expected.put(Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT);
    expected.put(Regime.RESIDENCE, FindingCode.RESIDENCE_DOCUMENT_HELD);
    expected.put(Regime.VISA_EXEMPTION, FindingCode.POLICY_IN_FORCE);
    expected.put(Regime.ASEAN_GROUP_XISHUANGBANNA, FindingCode.TOUR_GROUP_ADMITTED);
    expected.put(Regime.ASEAN_GROUP_GUILIN, FindingCode.TOUR_GROUP_ADMITTED);
    expected.put(Regime.CRUISE_GROUP_15D, FindingCode.TOUR_GROUP_ADMITTED);
    expected.put(Regime.HK_MACAO_GROUP_GUANGDONG, FindingCode.TOUR_GROUP_ADMITTED);
    expected.put(Regime.HK_MACAO_GROUP_HAINAN, FindingCode.TOUR_GROUP_ADMITTED);
    expected.put(Regime.TRANSIT_144H, FindingCode.POLICY_IN_FORCE);
    expected.put(Regime.TRANSIT_72H, FindingCode.POLICY_IN_FORCE);
    Map<Regime, FindingCode> gated = new EnumMap<>(Regime.class);
    for (RegimeRules regime : REGIMES) {
      Gate gate = regime.gate();
      if (gate != Gate.OPEN) {
        // The gate names the rule by its place in the regime, where the evaluator records its FAIL.
        Rule rule = regime.rules().get(gate.rule());
        assertEquals(gate.rule(), rule.index, regime.regime::toString);
        gated.put(regime.regime, rule.code());
      }
    }
    assertEquals(expected, gated);
  }

  @Test
  void eachTraitOpensItsGatesAndItsAbsenceShutsThem() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    Trip plain = usTourist(day).build();
    Trip group = usTourist(day).tourGroup(TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 5)).build();
    Trip inPort = usTourist(day).staysInPort(true).build();
    Trip resident = usTourist(day)
        .traveller(plain.traveller().withResidencePermitUntil(LocalDate.of(2030, 1, 1))).build();
    TripFacts facts = new TripFacts(plain, CATALOGUE);
    assertEquals(0, facts.traits & (Gate.TOUR_GROUP | Gate.STAYS_IN_PORT | Gate.RESIDENCE_DOCUMENT));
    assertEquals(Gate.TOUR_GROUP, new TripFacts(group, CATALOGUE).traits & Gate.TOUR_GROUP);
    assertEquals(Gate.STAYS_IN_PORT, new TripFacts(inPort, CATALOGUE).traits & Gate.STAYS_IN_PORT);
    assertEquals(Gate.RESIDENCE_DOCUMENT, new TripFacts(resident, CATALOGUE).traits & Gate.RESIDENCE_DOCUMENT);
    for (RegimeRules regime : REGIMES) {
      Gate gate = regime.gate();
      if (regime.regime == Regime.RESIDENCE) {
        assertTrue(gate.shut(facts));
        assertFalse(gate.shut(new TripFacts(resident, CATALOGUE)));
      } else if (regime.regime == Regime.DIRECT_TRANSIT_24H) {
        assertTrue(gate.shut(facts));
        assertFalse(gate.shut(new TripFacts(inPort, CATALOGUE)));
      } else if (regime.regime.name().contains("GROUP")) {
        assertTrue(gate.shut(facts));
        assertFalse(gate.shut(new TripFacts(group, CATALOGUE)));
      }
    }
  }

  @Test
  void aGateOnTheTermsOfTheDayOpensOnlyOnTheDaysOfTheTerms() {
    Gate gate = gateOf(Regime.TRANSIT_144H);
    Trip in2024 = usTourist(LocalDate.of(2024, 6, 3)).build();
    Trip in2025 = usTourist(LocalDate.of(2025, 6, 3)).build();
    assertFalse(gate.shut(new TripFacts(in2024, CATALOGUE)));
    assertTrue(gate.shut(new TripFacts(in2025, CATALOGUE)));
  }

  @Test
  void theOpenGateStandsForNoRuleAndGatesNeedKnownTraits() {
    assertThrows(IllegalStateException.class, Gate.OPEN::rule);
    assertThrows(IllegalArgumentException.class, () -> Gate.needing(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Gate.needing(1 << 4, 0));
    assertThrows(IllegalArgumentException.class, () -> Gate.needing(Gate.TOUR_GROUP, -1));
    assertThrows(IllegalArgumentException.class, () -> Gate.needingTermsOf(Regime.TRANSIT_72H, -1));
    assertEquals(2, Gate.needing(Gate.TOUR_GROUP | Gate.VISA_EXEMPTION, 2).rule());
  }

  /** A US tourist through Shanghai Pudong for three days, visiting Suzhou. */
  private static Trip.Builder usTourist(LocalDate day) {
    LocalDateTime arrival = day.atTime(10, 0);
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(day.plusYears(2))))
        .arrival(Arrival.of("PVG", arrival, CountryCode.of("KR")))
        .departure(Departure.of("PVG", arrival.plusDays(3), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"));
  }

  private static Gate gateOf(Regime regime) {
    for (RegimeRules r : REGIMES) {
      if (r.regime == regime) {
        return r.gate();
      }
    }
    throw new AssertionError(regime);
  }
}
