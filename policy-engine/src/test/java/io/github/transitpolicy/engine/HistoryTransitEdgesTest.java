package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.beijing;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_DESIGNATED;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.TRANSIT_144H;
import static io.github.transitpolicy.model.Regime.TRANSIT_72H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of the 72- and 144-hour history (SPEC 3.8) that a lenient rule would get wrong: ports the
 * zone lists do not name, a port of a long-standing zone before its first sourced day, exit through the
 * zone's province, a zone whose counting is not sourced, places a partly sourced area may or may not hold.
 */
class HistoryTransitEdgesTest {

  /** The bundled catalogue, but every zone list said to be complete on every day. */
  private static final TransitPolicy COMPLETE_LISTS =
      TransitPolicy.using(Catalogues.bundledAnswering("transitZoneListComplete", args -> true));

  private static Trips.Builder changsha2023() {
    return baseline().ports("CSX", "CSX").visits("430100")
        .times(LocalDateTime.of(2023, 6, 1, 10, 0), LocalDateTime.of(2023, 6, 4, 9, 0));
  }

  @Test
  void beijingHadNoSeventyTwoHourZoneOnceTheListWasComplete() {
    // The 72-hour list is complete from 2019-12-01: Beijing's 72-hour zone had become the 144-hour one.
    Evaluation complete = baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2019, 12, 5, 10, 0), LocalDateTime.of(2019, 12, 7, 10, 0)).evaluate();
    assertStatus(Status.FAIL, complete, TRANSIT_72H, ENTRY_PORT_DESIGNATED);
    assertEquals(Optional.of(TRANSIT_144H), complete.regime(), complete::toString);
    // Before then a 72-hour zone the list does not name may have held the port: never a FAIL.
    Evaluation incomplete = baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 3, 10, 0)).evaluate();
    assertStatus(Status.UNKNOWN, incomplete, TRANSIT_72H, ENTRY_PORT_DESIGNATED);
  }

  @Test
  void aPortOfALongStandingZoneBeforeItsFirstSourcedDayIsUnknownEvenWhereTheListIsComplete() {
    // Changsha's 72-hour zone is sourced from 2019-12-01 and long-standing: it may have run earlier.
    Trip before = baseline().ports("CSX", "CSX").visits("430100")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 3, 10, 0)).build();
    Evaluation e = COMPLETE_LISTS.evaluate(before);
    assertStatus(Status.UNKNOWN, e, TRANSIT_72H, ENTRY_PORT_DESIGNATED);
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
    // Its zone is a 72-hour one: for 144 hours the complete list settles it.
    assertStatus(Status.FAIL, e, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    // Shanghai's 144-hour zone began on 2016-01-30 and is not long-standing: the day before, no zone held PVG
    // for 144 hours (its 72-hour zone is another regime's).
    Evaluation shanghai = COMPLETE_LISTS.evaluate(baseline().ports("PVG", "PVG").visits("310115")
        .times(LocalDateTime.of(2016, 1, 29, 10, 0), LocalDateTime.of(2016, 1, 31, 10, 0)).build());
    assertStatus(Status.FAIL, shanghai, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    assertStatus(Status.PASS, shanghai, TRANSIT_72H, ENTRY_PORT_DESIGNATED);
    // Beijing after its 72-hour zone ended: no row may put it in one.
    Evaluation beijing = COMPLETE_LISTS.evaluate(baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 3, 10, 0)).build());
    assertStatus(Status.FAIL, beijing, TRANSIT_72H, ENTRY_PORT_DESIGNATED);
  }

  @Test
  void guangdongsZoneCouldBeLeftFromAnyOpenPortOfTheProvince() {
    // Shekou is no port of the zone's list, but an open port of Guangdong, the zone's exit province.
    Evaluation e = baseline().ports("CAN", "SEA-SHEKOU").route("KR", "HK").visits("440300")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    Trips.assertMessage(assertStatus(Status.PASS, e, TRANSIT_144H, EXIT_PORT_PERMITTED), "GD-144");
    assertEquals(Optional.of(TRANSIT_144H), e.regime(), e::toString);
    // A zone without an exit province: the same kind of port of another zone's province fails.
    Evaluation beijing = baseline().ports("PEK", "SEA-SHEKOU").route("KR", "HK").visits()
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.FAIL, beijing, TRANSIT_144H, EXIT_PORT_PERMITTED);
  }

  @Test
  void anExitPortOnlyAWeakSourcePutsInTheZoneIsUnknown() {
    Evaluation e = baseline().ports("XMN", "SEA-XIAMEN").visits("350200")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.PASS, e, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    assertStatus(Status.UNKNOWN, e, TRANSIT_144H, EXIT_PORT_PERMITTED);
    assertEquals(Verdict.NEEDS_REVIEW, e.verdict(), e::toString);
    Evaluation same = baseline().ports("XMN", "XMN").visits("350200")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.PASS, same, TRANSIT_144H, EXIT_PORT_PERMITTED);
    assertEquals(Optional.of(TRANSIT_144H), same.regime(), same::toString);
  }

  @Test
  void portsTheCatalogueDoesNotKnowAreUnknownNeverAPass() {
    Evaluation exit = baseline().ports("PEK", "QQX").visits("110105")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.PASS, exit, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    assertStatus(Status.UNKNOWN, exit, TRANSIT_144H, EXIT_PORT_PERMITTED);
    Evaluation entry = baseline().ports("QQX", "PEK").visits("110105")
        .times(LocalDateTime.of(2019, 6, 1, 10, 0), LocalDateTime.of(2019, 6, 5, 10, 0)).evaluate();
    assertStatus(Status.UNKNOWN, entry, TRANSIT_144H, ENTRY_PORT_DESIGNATED);
    // No zone of entry: neither the exit port nor the places can be checked against one.
    assertStatus(Status.UNKNOWN, entry, TRANSIT_144H, EXIT_PORT_PERMITTED);
    assertStatus(Status.UNKNOWN, entry, TRANSIT_144H, VISITS_WITHIN_AREA);
    assertStatus(Status.UNKNOWN, entry, TRANSIT_144H, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.NEEDS_REVIEW, entry.verdict(), entry::toString);
  }

  @Test
  void whereTheCountingIsNotSourcedOnlyADepartureWithinBothReadingsPasses() {
    Evaluation within = changsha2023().evaluate();
    assertEquals(Optional.of(TRANSIT_72H), within.regime(), within::toString);
    // 72 hours from 10:00 is earlier than 72 hours from the next midnight: the earlier is the deadline.
    assertEquals(Optional.of(beijing(2023, 6, 4, 10, 0)), within.exitDeadline());
    Evaluation between = changsha2023().departureTime(LocalDateTime.of(2023, 6, 4, 12, 0)).evaluate();
    assertEquals("Leaves at 2023-06-04 12:00: no source says whether the hours ran from entry (leave by"
        + " 2023-06-04 10:00 (Beijing time)) or from the next midnight (leave by 24:00 on 2023-06-04 (Beijing time)).",
        assertStatus(Status.UNKNOWN, between, TRANSIT_72H, STAY_WITHIN_LIMIT).message(Locale.ENGLISH));
    assertEquals(Verdict.NEEDS_REVIEW, between.verdict(), between::toString);
    Evaluation atMidnight = changsha2023().departureTime(LocalDateTime.of(2023, 6, 5, 0, 0)).evaluate();
    assertStatus(Status.UNKNOWN, atMidnight, TRANSIT_72H, STAY_WITHIN_LIMIT);
    Evaluation beyond = changsha2023().departureTime(LocalDateTime.of(2023, 6, 5, 0, 1)).evaluate();
    assertEquals("Leaves at 2023-06-05 00:01, after the limit: leave by 24:00 on 2023-06-04 (Beijing time).",
        assertStatus(Status.FAIL, beyond, TRANSIT_72H, STAY_WITHIN_LIMIT).message(Locale.ENGLISH));
    assertEquals(Verdict.VISA_REQUIRED, beyond.verdict(), beyond::toString);
  }

  @Test
  void aDeadlineNeverOutlastsTheDocument() {
    Evaluation e = changsha2023().expiry(LocalDate.of(2023, 6, 3)).departureTime(LocalDateTime.of(2023, 6, 3, 9, 0))
        .evaluate();
    assertEquals(Optional.of(TRANSIT_72H), e.regime(), e::toString);
    assertEquals(Optional.of(beijing(2023, 6, 4, 0, 0)), e.exitDeadline());
  }

  @Test
  void aPlaceOutsideAPartlySourcedAreaIsUnknownOutsideTheMainlandItFails() {
    // Changsha's area is sourced only in part (area_exact no): Zhuzhou may or may not have been in it.
    Evaluation zhuzhou = changsha2023().visits("430100", "430200").evaluate();
    assertEquals("Cannot tell whether these places lie in the area of zone CSX-72: Zhuzhou (430200).",
        assertStatus(Status.UNKNOWN, zhuzhou, TRANSIT_72H, VISITS_WITHIN_AREA).message(Locale.ENGLISH));
    Evaluation unknownCode = changsha2023().visits("430188").evaluate();
    assertStatus(Status.UNKNOWN, unknownCode, TRANSIT_72H, VISITS_WITHIN_AREA);
    Evaluation hongKong = changsha2023().visits("430100", "810000").evaluate();
    Trips.assertMessage(assertStatus(Status.FAIL, hongKong, TRANSIT_72H, VISITS_WITHIN_AREA), "CSX-72", "810000");
    assertEquals(Verdict.VISA_REQUIRED, hongKong.verdict(), hongKong::toString);
    Evaluation none = changsha2023().visits().evaluate();
    assertStatus(Status.PASS, none, TRANSIT_72H, VISITS_WITHIN_AREA);
  }

  @Test
  void theAreaOfAVisaFreeStayIsTheZoneOfEntry() {
    Evaluation e = baseline().ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2023, 12, 1, 10, 0), LocalDateTime.of(2023, 12, 5, 10, 0)).evaluate();
    assertEquals(Optional.of(TRANSIT_144H), e.regime(), e::toString);
    PermittedArea area = e.permittedArea();
    assertTrue(area.contains(PlaceCode.of("130100")), area::toString);
    assertTrue(area.contains(PlaceCode.of("120000")), area::toString);
    assertFalse(area.contains(PlaceCode.of("310000")), area::toString);
    PermittedArea changsha = changsha2023().evaluate().permittedArea();
    assertTrue(changsha.contains(PlaceCode.of("430100")), changsha::toString);
    assertFalse(changsha.contains(PlaceCode.of("430200")), changsha::toString);
  }

  @Test
  void aBritishNationalsStatusIsNotOnTheListsSoUnknown() {
    Evaluation e = baseline().nationality("GBN").ports("PEK", "PEK").visits("110105")
        .times(LocalDateTime.of(2023, 12, 1, 10, 0), LocalDateTime.of(2023, 12, 5, 10, 0)).evaluate();
    for (Regime r : new Regime[] {TRANSIT_144H, TRANSIT_72H}) {
      assertStatus(Status.UNKNOWN, e, r, NATIONALITY_ELIGIBLE);
    }
  }
}
