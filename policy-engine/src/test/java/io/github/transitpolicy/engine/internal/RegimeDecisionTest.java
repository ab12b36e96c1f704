package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each regime's hand-ordered {@link RegimeRules#decide} says what checking all its rules one by one
 * says: a regime passes when none fails, is unknown when none fails and some cannot tell, and every
 * status it records is its rule's.
 */
class RegimeDecisionTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static List<RegimeRules> regimes() {
    return Regimes.all(CATALOGUE);
  }

  @Test
  void eachRegimeDecidesAsItsRulesCheckedOneByOne() {
    List<RegimeRules> regimes = regimes();
    qt().withExamples(5000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      TripFacts facts = new TripFacts(trip, CATALOGUE);
      for (RegimeRules regime : regimes) {
        List<Rule> rules = regime.rules();
        TripFindings decision = new TripFindings(new LazyRegime[0], facts, rules.size());
        int first = 0;
        boolean anyFail = false;
        boolean anyUnknown = false;
        for (Rule rule : rules) {
          Status s = rule.check(facts, Answer.STATUS);
          anyFail |= s == Status.FAIL;
          anyUnknown |= s == Status.UNKNOWN;
        }
        decision.startRegime(first);
        boolean noneFailed = regime.decide(facts, decision);
        String where = regime.regime + " on " + trip;
        assertEquals(!anyFail, noneFailed, where);
        if (noneFailed) {
          assertEquals(anyUnknown, decision.unknown(), where);
          assertTrue(decision.allDecided(first, rules.size()), where);
        }
        for (int i = 0; i < rules.size(); i++) {
          Status decided = decision.decided(first + i);
          if (decided != null) {
            assertEquals(rules.get(i).check(facts, Answer.STATUS), decided, where + ", rule " + i);
          }
        }
      }
    });
  }

  @Test
  void aRegimeThatPassesHasDecidedEveryRule() {
    // The decide methods are written out by hand: one that forgot a rule would let a regime pass on a
    // rule never checked. One trip that passes each regime, its rules all decided PASS.
    Trip.Builder trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"));
    Trip transit240h = trip.departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .build();
    Trip direct = Trip.builder().from(transit240h).visits(List.of()).staysInPort(true)
        .departure(Departure.of("PVG", LocalDateTime.of(2025, 12, 1, 20, 0), CountryCode.of("JP"))).build();
    Trip exempt = Trip.builder().from(transit240h)
        .traveller(Traveller.of(CountryCode.of("FR"), TravelDocument.passport(LocalDate.of(2027, 6, 30)))).build();
    Trip hainan = Trip.builder().from(transit240h)
        .arrival(Arrival.of("SYX", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("HK")))
        .departure(Departure.of("SYX", LocalDateTime.of(2025, 12, 20, 10, 0), CountryCode.of("HK")))
        .visits(List.of(PlaceCode.of("460200"))).build();
    Trip resident = Trip.builder().from(transit240h)
        .traveller(Traveller.of(CountryCode.of("IN"), TravelDocument.passport(LocalDate.of(2027, 6, 30)))
            .withResidencePermitUntil(LocalDate.of(2026, 6, 30))).build();
    // The Beijing Q&A example of 2023 (144 hours from the next midnight) and a 72-hour Changsha stay,
    // leaving within both readings of its counting.
    Trip transit144h = Trip.builder().from(transit240h)
        .arrival(Arrival.of("PEK", LocalDateTime.of(2023, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2023, 12, 7, 23, 30), CountryCode.of("JP")))
        .visits(List.of(PlaceCode.of("110105"))).build();
    Trip transit72h = Trip.builder().from(transit240h)
        .arrival(Arrival.of("CSX", LocalDateTime.of(2023, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("CSX", LocalDateTime.of(2023, 12, 4, 9, 0), CountryCode.of("SG")))
        .visits(List.of(PlaceCode.of("430100"))).build();
    // The group regimes' own trips (as GroupRegimesTest has them).
    io.github.transitpolicy.model.TourGroup chinese =
        io.github.transitpolicy.model.TourGroup.of(io.github.transitpolicy.model.GroupOrganiser.CHINESE_AGENCY, 5);
    io.github.transitpolicy.model.TourGroup hkMacao =
        io.github.transitpolicy.model.TourGroup.of(io.github.transitpolicy.model.GroupOrganiser.HK_MACAO_AGENCY, 10);
    Traveller myanmar = Traveller.of(CountryCode.of("MM"), TravelDocument.passport(LocalDate.of(2030, 1, 1)));
    Trip xishuangbanna = Trip.builder().from(transit240h).traveller(myanmar).tourGroup(chinese)
        .arrival(Arrival.of("JHG", LocalDateTime.of(2025, 3, 1, 10, 0), CountryCode.of("MM")))
        .departure(Departure.of("JHG", LocalDateTime.of(2025, 3, 7, 12, 0), CountryCode.of("MM")))
        .visits(List.of(PlaceCode.of("532800"))).build();
    Trip guilin = Trip.builder().from(transit240h).traveller(myanmar).tourGroup(chinese)
        .arrival(Arrival.of("KWL", LocalDateTime.of(2025, 3, 1, 10, 0), CountryCode.of("MM")))
        .departure(Departure.of("KWL", LocalDateTime.of(2025, 3, 6, 9, 0), CountryCode.of("MM")))
        .visits(List.of(PlaceCode.of("450300"))).build();
    Trip cruise = Trip.builder().from(transit240h)
        .traveller(Traveller.of(CountryCode.of("IN"), TravelDocument.passport(LocalDate.of(2030, 1, 1))))
        .tourGroup(chinese).staysWithShip(true)
        .arrival(Arrival.of("SEA-SHANGHAI", LocalDateTime.of(2025, 6, 1, 8, 0), CountryCode.of("JP")))
        .departure(Departure.of("SEA-XIAMEN", LocalDateTime.of(2025, 6, 10, 18, 0), CountryCode.of("JP")))
        .visits(List.of(PlaceCode.of("310100"), PlaceCode.of("350200"))).build();
    Trip guangdongGroup = Trip.builder().from(transit240h).tourGroup(hkMacao)
        .arrival(Arrival.of("ROAD-LUOHU", LocalDateTime.of(2025, 6, 1, 9, 0), CountryCode.of("HK")))
        .departure(Departure.of("ROAD-LUOHU", LocalDateTime.of(2025, 6, 5, 18, 0), CountryCode.of("HK")))
        .visits(List.of(PlaceCode.of("440300"))).build();
    Trip hainanGroup = Trip.builder().from(transit240h).tourGroup(hkMacao)
        .arrival(Arrival.of("HAK", LocalDateTime.of(2025, 6, 1, 10, 0), CountryCode.of("HK")))
        .departure(Departure.of("SYX", LocalDateTime.of(2025, 6, 7, 9, 0), CountryCode.of("HK")))
        .visits(List.of(PlaceCode.of("460200"))).build();
    List<RegimeRules> regimes = regimes();
    Trip[] passing = {direct, resident, exempt, transit240h, hainan, xishuangbanna, guilin, cruise, guangdongGroup,
        hainanGroup, transit144h, transit72h};
    assertEquals(passing.length, regimes.size());
    for (int r = 0; r < regimes.size(); r++) {
      RegimeRules regime = regimes.get(r);
      TripFacts facts = new TripFacts(passing[r], CATALOGUE);
      TripFindings decision = new TripFindings(new LazyRegime[0], facts, regime.rules().size());
      decision.startRegime(0);
      assertTrue(regime.decide(facts, decision), regime.regime::toString);
      assertEquals(false, decision.unknown(), regime.regime::toString);
      for (int i = 0; i < regime.rules().size(); i++) {
        assertEquals(Status.PASS, decision.decided(i), regime.regime + ", rule " + i);
      }
      assertTrue(decision.allDecided(0, regime.rules().size()));
    }
  }

  @Test
  void aRuleBelongsToOneRegime() {
    Rule rule = new Transit240hRules.NoAdverseRecord(CATALOGUE);
    RegimeRules.inReportOrder(rule);
    assertThrows(IllegalStateException.class, () -> RegimeRules.inReportOrder(rule));
  }

  @Test
  void anUndecidedRuleIsSeenWhereverItIs() {
    // No fixed cap on rules: a hundred, each left undecided in turn.
    TripFacts facts = new TripFacts(Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM).build(), CATALOGUE);
    for (int undecided = 0; undecided < 100; undecided++) {
      TripFindings d = new TripFindings(new LazyRegime[0], facts, 100);
      for (int i = 0; i < 100; i++) {
        if (i != undecided) {
          Rule r = new Transit240hRules.NoAdverseRecord(CATALOGUE);
          r.index = i;
          d.add(r, Status.PASS);
        }
      }
      assertEquals(false, d.allDecided(0, 100));
      assertTrue(d.allDecided(0, undecided));
      assertTrue(d.allDecided(undecided + 1, 99 - undecided));
      assertEquals(false, d.allDecided(undecided, 1));
      assertEquals(null, d.decided(undecided));
    }
  }
}
