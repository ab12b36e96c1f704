package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.engine.Trips.midnight;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_DESIGNATED;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.NATIONALITY_ELIGIBLE;
import static io.github.transitpolicy.model.FindingCode.POLICY_IN_FORCE;
import static io.github.transitpolicy.model.FindingCode.PURPOSE_PERMITTED;
import static io.github.transitpolicy.model.FindingCode.STAYS_WITH_SHIP;
import static io.github.transitpolicy.model.FindingCode.STAY_WITHIN_LIMIT;
import static io.github.transitpolicy.model.FindingCode.TOUR_GROUP_ADMITTED;
import static io.github.transitpolicy.model.FindingCode.VISITS_WITHIN_AREA;
import static io.github.transitpolicy.model.Regime.ASEAN_GROUP_GUILIN;
import static io.github.transitpolicy.model.Regime.ASEAN_GROUP_XISHUANGBANNA;
import static io.github.transitpolicy.model.Regime.CRUISE_GROUP_15D;
import static io.github.transitpolicy.model.Regime.HK_MACAO_GROUP_GUANGDONG;
import static io.github.transitpolicy.model.Regime.HK_MACAO_GROUP_HAINAN;
import static io.github.transitpolicy.model.Status.FAIL;
import static io.github.transitpolicy.model.Status.PASS;
import static io.github.transitpolicy.model.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.ArrivalCard;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The five tour group regimes (SPEC 3.7, FACTS 8): each passes its own trip and fails one that breaks it. */
class GroupRegimesTest {

  private static final TourGroup CHINESE = TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 5);
  private static final TourGroup HK_MACAO = TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 10);

  /** A Myanmar group (on no other visa-free list) through Gasa airport, 2025-03-01 10:00 to 2025-03-07 12:00. */
  private static Trips.Builder xishuangbanna() {
    return baseline().nationality("MM").expiry(LocalDate.of(2030, 1, 1)).tourGroup(CHINESE)
        .ports("JHG", "JHG").route("MM", "MM")
        .times(LocalDateTime.of(2025, 3, 1, 10, 0), LocalDateTime.of(2025, 3, 7, 12, 0)).visits("532800");
  }

  private static Trips.Builder guilin() {
    return baseline().nationality("MM").expiry(LocalDate.of(2030, 1, 1)).tourGroup(CHINESE)
        .ports("KWL", "KWL").route("MM", "MM")
        .times(LocalDateTime.of(2025, 3, 1, 10, 0), LocalDateTime.of(2025, 3, 6, 9, 0)).visits("450300");
  }

  /** An Indian on a cruise: Shanghai 2025-06-01 08:00 to Xiamen 2025-06-10 18:00, from and to Japan. */
  private static Trips.Builder cruise() {
    return baseline().nationality("IN").expiry(LocalDate.of(2030, 1, 1)).tourGroup(CHINESE).staysWithShip(true)
        .ports("SEA-SHANGHAI", "SEA-XIAMEN").route("JP", "JP")
        .times(LocalDateTime.of(2025, 6, 1, 8, 0), LocalDateTime.of(2025, 6, 10, 18, 0)).visits("310100", "350200");
  }

  /** A US group from Hong Kong through Luohu into Shenzhen, 2025-06-01 09:00 to 2025-06-05 18:00. */
  private static Trips.Builder guangdong() {
    return baseline().tourGroup(HK_MACAO).ports("ROAD-LUOHU", "ROAD-LUOHU").route("HK", "HK")
        .times(LocalDateTime.of(2025, 6, 1, 9, 0), LocalDateTime.of(2025, 6, 5, 18, 0)).visits("440300");
  }

  private static Trips.Builder hainan() {
    return baseline().tourGroup(HK_MACAO).ports("HAK", "SYX").route("HK", "HK")
        .times(LocalDateTime.of(2025, 6, 1, 10, 0), LocalDateTime.of(2025, 6, 7, 9, 0)).visits("460200");
  }

  private static void assertAllPass(Evaluation e, Regime regime) {
    assertFalse(e.findings(regime).isEmpty());
    for (Finding f : e.findings(regime)) {
      assertEquals(PASS, f.status(), f::toString);
    }
    assertTrue(e.passingRegimes().contains(regime), e::toString);
  }

  private static void assertFailsOnlyOn(Evaluation e, Regime regime, Status status,
      io.github.transitpolicy.model.FindingCode code) {
    assertStatus(status, e, regime, code);
    assertFalse(e.passingRegimes().contains(regime), e::toString);
  }

  @Test
  void anAseanGroupInXishuangbannaIsVisaFreeForSixDaysFromTheNextMidnight() {
    Evaluation e = xishuangbanna().evaluate();
    assertEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals(Optional.of(ASEAN_GROUP_XISHUANGBANNA), e.regime());
    assertAllPass(e, ASEAN_GROUP_XISHUANGBANNA);
    assertEquals(Optional.of(midnight(2025, 3, 8)), e.exitDeadline());
    // The Mohan road port in and the railway port out are the scheme's too.
    assertAllPass(xishuangbanna().ports("ROAD-MOHAN", "RAIL-MOHAN").evaluate(), ASEAN_GROUP_XISHUANGBANNA);
  }

  @Test
  void aXishuangbannaGroupFailsItsEachCondition() {
    // 8 days: beyond 2025-03-08 00:00.
    Evaluation eight = xishuangbanna().departureTime(LocalDateTime.of(2025, 3, 9, 10, 0)).evaluate();
    assertFailsOnlyOn(eight, ASEAN_GROUP_XISHUANGBANNA, FAIL, STAY_WITHIN_LIMIT);
    assertEquals(Verdict.VISA_REQUIRED, eight.verdict(), eight::toString);
    // One minute past the deadline fails, the deadline itself passes.
    assertStatus(FAIL, xishuangbanna().departureTime(LocalDateTime.of(2025, 3, 8, 0, 1)).evaluate(),
        ASEAN_GROUP_XISHUANGBANNA, STAY_WITHIN_LIMIT);
    assertStatus(PASS, xishuangbanna().departureTime(LocalDateTime.of(2025, 3, 8, 0, 0)).evaluate(),
        ASEAN_GROUP_XISHUANGBANNA, STAY_WITHIN_LIMIT);
    // Leaving the prefecture for Kunming.
    assertFailsOnlyOn(xishuangbanna().visits("532800", "530100").evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        VISITS_WITHIN_AREA);
    // No group, and a group of the wrong organiser.
    Evaluation alone = xishuangbanna().tourGroup(null).evaluate();
    assertFailsOnlyOn(alone, ASEAN_GROUP_XISHUANGBANNA, FAIL, TOUR_GROUP_ADMITTED);
    assertEquals(Verdict.VISA_REQUIRED, alone.verdict(), alone::toString);
    assertFailsOnlyOn(xishuangbanna().tourGroup(HK_MACAO).evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        TOUR_GROUP_ADMITTED);
    // Out through Kunming, not one of the three ports.
    assertFailsOnlyOn(xishuangbanna().departurePort("KMG").evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        EXIT_PORT_PERMITTED);
    assertFailsOnlyOn(xishuangbanna().arrivalPort("KMG").evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        ENTRY_PORT_DESIGNATED);
    // A non-ASEAN national, and a day before the announcement.
    assertFailsOnlyOn(xishuangbanna().nationality("IN").evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        NATIONALITY_ELIGIBLE);
    assertFailsOnlyOn(xishuangbanna().times(LocalDateTime.of(2025, 2, 9, 10, 0),
        LocalDateTime.of(2025, 2, 12, 10, 0)).evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL, POLICY_IN_FORCE);
    assertFailsOnlyOn(xishuangbanna().purpose(Purpose.WORK).evaluate(), ASEAN_GROUP_XISHUANGBANNA, FAIL,
        PURPOSE_PERMITTED);
    // The sources name tourism only: business is not refused, but not shown either.
    assertFailsOnlyOn(xishuangbanna().purpose(Purpose.BUSINESS).evaluate(), ASEAN_GROUP_XISHUANGBANNA, UNKNOWN,
        PURPOSE_PERMITTED);
  }

  @Test
  void aGuilinGroupPassesWithinEveryReadingOfTheHoursAndIsUnknownBetweenThem() {
    Evaluation e = guilin().evaluate();
    assertEquals(Optional.of(ASEAN_GROUP_GUILIN), e.regime(), e::toString);
    assertAllPass(e, ASEAN_GROUP_GUILIN);
    // The strictest reading: the entry day as the first of 6 days, before arrival + 144 hours.
    assertEquals(Optional.of(midnight(2025, 3, 7)), e.exitDeadline());
    assertStatus(UNKNOWN, guilin().departureTime(LocalDateTime.of(2025, 3, 7, 12, 0)).evaluate(),
        ASEAN_GROUP_GUILIN, STAY_WITHIN_LIMIT);
    assertStatus(FAIL, guilin().departureTime(LocalDateTime.of(2025, 3, 8, 0, 1)).evaluate(),
        ASEAN_GROUP_GUILIN, STAY_WITHIN_LIMIT);
    assertFailsOnlyOn(guilin().visits("450100").evaluate(), ASEAN_GROUP_GUILIN, FAIL, VISITS_WITHIN_AREA);
    // Gasa airport is an ASEAN group port, but not Guilin's.
    assertFailsOnlyOn(guilin().arrivalPort("JHG").evaluate(), ASEAN_GROUP_GUILIN, FAIL, ENTRY_PORT_DESIGNATED);
    // Before the 2023-03-15 resumption the earlier version is not catalogued.
    assertStatus(UNKNOWN, guilin().times(LocalDateTime.of(2019, 3, 1, 10, 0), LocalDateTime.of(2019, 3, 3, 10, 0))
        .expiry(LocalDate.of(2025, 1, 1)).evaluate(), ASEAN_GROUP_GUILIN, POLICY_IN_FORCE);
  }

  @Test
  void aCruiseGroupStayingWithTheShipIsVisaFreeAlongTheCoast() {
    Evaluation e = cruise().evaluate();
    assertEquals(Optional.of(CRUISE_GROUP_15D), e.regime(), e::toString);
    assertAllPass(e, CRUISE_GROUP_15D);
    assertFailsOnlyOn(cruise().staysWithShip(false).evaluate(), CRUISE_GROUP_15D, FAIL, STAYS_WITH_SHIP);
    assertFailsOnlyOn(cruise().visits("510100").evaluate(), CRUISE_GROUP_15D, FAIL, VISITS_WITHIN_AREA);
    assertFailsOnlyOn(cruise().arrivalPort("PVG").evaluate(), CRUISE_GROUP_15D, FAIL, ENTRY_PORT_DESIGNATED);
    assertFailsOnlyOn(cruise().departureTime(LocalDateTime.of(2025, 6, 17, 0, 1)).evaluate(), CRUISE_GROUP_15D, FAIL,
        STAY_WITHIN_LIMIT);
    // The 15-day scheme began on 2024-05-15; the Shanghai-only one before it is not catalogued.
    assertStatus(UNKNOWN, cruise().times(LocalDateTime.of(2024, 5, 1, 8, 0), LocalDateTime.of(2024, 5, 5, 8, 0))
        .evaluate(), CRUISE_GROUP_15D, POLICY_IN_FORCE);
  }

  @Test
  void aHongKongGroupIntoShenzhenPassesAndOneFromElsewhereFails() {
    Evaluation e = guangdong().evaluate();
    assertEquals(Optional.of(HK_MACAO_GROUP_GUANGDONG), e.regime(), e::toString);
    assertAllPass(e, HK_MACAO_GROUP_GUANGDONG);
    assertFailsOnlyOn(guangdong().route("JP", "HK").evaluate(), HK_MACAO_GROUP_GUANGDONG, FAIL, TOUR_GROUP_ADMITTED);
    assertFailsOnlyOn(guangdong().tourGroup(CHINESE).evaluate(), HK_MACAO_GROUP_GUANGDONG, FAIL,
        TOUR_GROUP_ADMITTED);
    assertFailsOnlyOn(guangdong().visits("440300", "445200").evaluate(), HK_MACAO_GROUP_GUANGDONG, FAIL,
        VISITS_WITHIN_AREA);
    // A nationality the catalogue does not list among the states with relations: not a silent pass.
    Evaluation india = guangdong().nationality("IN").evaluate();
    assertFailsOnlyOn(india, HK_MACAO_GROUP_GUANGDONG, UNKNOWN, NATIONALITY_ELIGIBLE);
    assertEquals(Verdict.NEEDS_REVIEW, india.verdict(), india::toString);
    // How the 144 hours are counted is not settled: a 6th-day evening departure is UNKNOWN.
    assertStatus(UNKNOWN, guangdong().departureTime(LocalDateTime.of(2025, 6, 7, 8, 0)).evaluate(),
        HK_MACAO_GROUP_GUANGDONG, STAY_WITHIN_LIMIT);
  }

  @Test
  void aShantouGroupEntersAndLeavesThroughShantou() {
    Trips.Builder shantou = guangdong().ports("SEA-SHANTOU", "SEA-SHANTOU").visits("440500");
    assertAllPass(shantou.evaluate(), HK_MACAO_GROUP_GUANGDONG);
    assertFailsOnlyOn(guangdong().ports("SEA-SHANTOU", "ROAD-LUOHU").visits("440500").evaluate(),
        HK_MACAO_GROUP_GUANGDONG, FAIL, EXIT_PORT_PERMITTED);
    // Jieyang Chaoshan airport lies outside the ten cities.
    assertFailsOnlyOn(guangdong().ports("SWA", "SWA").visits("440500").evaluate(), HK_MACAO_GROUP_GUANGDONG, FAIL,
        ENTRY_PORT_DESIGNATED);
  }

  @Test
  void aShantouGroupStaysInShantouAndAGreaterBayAreaGroupStaysOutOfIt() {
    Trips.Builder shantou = guangdong().ports("SEA-SHANTOU", "SEA-SHANTOU");
    // Shantou and its districts only (GZDAILY-2023-11-23: "活动范围不超过汕头市").
    assertAllPass(shantou.visits("440500", "440507").evaluate(), HK_MACAO_GROUP_GUANGDONG);
    assertEquals(PermittedArea.of(List.of(), List.of(PlaceCode.of("440500"))),
        shantou.visits("440500").evaluate().permittedArea());
    Evaluation toGuangzhou = shantou.visits("440500", "440100").evaluate();
    assertFailsOnlyOn(toGuangzhou, HK_MACAO_GROUP_GUANGDONG, FAIL, VISITS_WITHIN_AREA);
    assertTrue(Trips.finding(toGuangzhou, HK_MACAO_GROUP_GUANGDONG, VISITS_WITHIN_AREA).message(Locale.ENGLISH)
        .contains("440100"), toGuangzhou::toString);
    // A group entering through Shenzhen: the nine cities, never Shantou, neither to visit nor to leave from.
    assertFailsOnlyOn(guangdong().visits("440300", "440500").evaluate(), HK_MACAO_GROUP_GUANGDONG, FAIL,
        VISITS_WITHIN_AREA);
    assertFailsOnlyOn(guangdong().visits("440300").departurePort("SEA-SHANTOU").evaluate(), HK_MACAO_GROUP_GUANGDONG,
        FAIL, EXIT_PORT_PERMITTED);
    PermittedArea nineCities = guangdong().evaluate().permittedArea();
    assertFalse(nineCities.contains(PlaceCode.of("440500")), nineCities::toString);
    assertTrue(nineCities.contains(PlaceCode.of("440100")) && nineCities.contains(PlaceCode.of("442000")),
        nineCities::toString);
    assertAllPass(guangdong().visits("440300", "440100", "441900").ports("ROAD-LUOHU", "CAN").evaluate(),
        HK_MACAO_GROUP_GUANGDONG);
  }

  @Test
  void aHongKongGroupToHainanHasSixDaysFromTheNextMidnightAndLeavesFromHainan() {
    Evaluation e = hainan().evaluate();
    assertAllPass(e, HK_MACAO_GROUP_HAINAN);
    // A US national may also use Hainan's own 30-day entry, which comes first.
    assertEquals(Optional.of(Regime.HAINAN_30D), e.regime(), e::toString);
    assertFailsOnlyOn(hainan().departurePort("CAN").evaluate(), HK_MACAO_GROUP_HAINAN, FAIL, EXIT_PORT_PERMITTED);
    assertFailsOnlyOn(hainan().departureTime(LocalDateTime.of(2025, 6, 8, 0, 1)).evaluate(), HK_MACAO_GROUP_HAINAN,
        FAIL, STAY_WITHIN_LIMIT);
    assertFailsOnlyOn(hainan().times(LocalDateTime.of(2024, 7, 29, 10, 0), LocalDateTime.of(2024, 7, 31, 10, 0))
        .evaluate(), HK_MACAO_GROUP_HAINAN, FAIL, POLICY_IN_FORCE);
  }

  @Test
  void aGroupMemberIsExemptFromTheArrivalCardFrom20November2025() {
    Evaluation after = xishuangbanna().times(LocalDateTime.of(2025, 12, 1, 10, 0), LocalDateTime.of(2025, 12, 3, 10, 0))
        .evaluate();
    assertEquals(Verdict.VISA_FREE, after.verdict(), after::toString);
    assertEquals(ArrivalCard.Requirement.EXEMPT, after.arrivalCard().requirement(), after.arrivalCard()::toString);
    assertEquals(ArrivalCard.Requirement.REQUIRED, xishuangbanna().evaluate().arrivalCard().requirement(),
        "before item 10 the group filed the card");
  }
}
