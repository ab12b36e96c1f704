package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.midnight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of SPEC section 4, written out exactly as the README shows it. */
class QuickStartTest {

  private static Evaluation specExample() {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500")) // GB/T 2260: Suzhou, Jiangsu
        .build();
    return TransitPolicy.bundled().evaluate(trip);
  }

  @Test
  void verdictRegimeAndDeadlineAreThoseTheSpecPromises() {
    Evaluation result = specExample();
    assertEquals(Verdict.VISA_FREE, result.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), result.regime());
    assertEquals(Optional.of(midnight(2025, 12, 12)), result.exitDeadline());
    assertEquals("2025-12-12T00:00+08:00[Asia/Shanghai]", result.exitDeadline().orElseThrow().toString());
    assertEquals(Optional.empty(), result.suggestedVisa());
  }

  @Test
  void theBaselineBuilderIsTheSpecExample() {
    assertEquals(specExample().toString(), Trips.baseline().evaluate().toString());
  }

  @Test
  void reportsThirtySixFindingsSixNineTwelveAndNinePerRegime() {
    Evaluation result = specExample();
    assertEquals(109, result.findings().size());
    assertEquals(9, result.findings(Regime.HAINAN_30D).size());
    assertEquals(6, result.findings(Regime.DIRECT_TRANSIT_24H).size());
    assertEquals(9, result.findings(Regime.VISA_EXEMPTION).size());
    assertEquals(12, result.findings(Regime.TRANSIT_240H).size());
    assertEquals(10, result.findings(Regime.TRANSIT_144H).size());
    assertEquals(10, result.findings(Regime.TRANSIT_72H).size());
    Set<Regime> regimes = result.findings().stream().map(Finding::regime).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Regime.class), regimes);
  }

  @Test
  void the240HourRegimeHasNoFailureAndEveryRuleOfItPasses() {
    Evaluation result = specExample();
    List<FindingCode> codes = result.findings(Regime.TRANSIT_240H).stream().map(Finding::code)
        .collect(Collectors.toList());
    assertEquals(List.of(FindingCode.POLICY_IN_FORCE, FindingCode.NATIONALITY_ELIGIBLE,
        FindingCode.DOCUMENT_ACCEPTED, FindingCode.DOCUMENT_VALIDITY, FindingCode.ENTRY_PORT_DESIGNATED,
        FindingCode.EXIT_PORT_PERMITTED, FindingCode.ROUTE_TO_THIRD_COUNTRY, FindingCode.STAY_WITHIN_LIMIT,
        FindingCode.ONWARD_TICKET_CONFIRMED, FindingCode.PURPOSE_PERMITTED, FindingCode.VISITS_WITHIN_AREA,
        FindingCode.NO_ADVERSE_RECORD), codes);
    for (Finding f : result.findings(Regime.TRANSIT_240H)) {
      assertEquals(Status.PASS, f.status(), f::toString);
    }
    assertTrue(result.failures().stream().noneMatch(f -> f.regime() == Regime.TRANSIT_240H));
  }

  @Test
  void failuresAreOnlyThoseOfTheRegimesThatDoNotApply() {
    Evaluation result = specExample();
    // A US citizen has no visa exemption, and leaving through immigration rules out direct transit.
    List<Finding> failures = result.failures();
    assertEquals(result.findings().stream().filter(f -> f.status() == Status.FAIL).collect(Collectors.toList()),
        failures);
    assertTrue(failures.stream().allMatch(f -> f.regime() != Regime.TRANSIT_240H));
    assertEquals(Status.FAIL,
        Trips.finding(result, Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT).status());
    assertEquals(Status.FAIL,
        Trips.finding(result, Regime.VISA_EXEMPTION, FindingCode.NATIONALITY_ELIGIBLE).status());
  }

  @Test
  void thePolicyVersionIsTheOneInForceOnTheEntryDate() {
    Evaluation result = specExample();
    assertEquals(LocalDate.of(2025, 11, 5), result.policyVersion().orElseThrow().effective());
  }

  @Test
  void thePermittedAreaContainsTheVisitAndNotTibet() {
    Evaluation result = specExample();
    assertTrue(result.permittedArea().contains(PlaceCode.of("320500")));
    assertTrue(!result.permittedArea().contains(PlaceCode.of("540100")));
  }
}
