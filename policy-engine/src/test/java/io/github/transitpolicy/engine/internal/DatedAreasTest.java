package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.GroupArea;
import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Regime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A group regime's areas are made once, per period between the days its rows change: on every day
 * they must be the area the rows in force that day give (issue 15; the Shantou rows).
 */
class DatedAreasTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final List<Optional<PlaceCode>> ENTRIES = List.of(Optional.empty(),
      Optional.of(PlaceCode.of("440500")), Optional.of(PlaceCode.of("440300")), Optional.of(PlaceCode.of("460200")),
      Optional.of(PlaceCode.of("532800")), Optional.of(PlaceCode.of("110000")));

  /** The area as the rows give it on the day, made afresh: the definition the made-once areas follow. */
  private static @Nullable PermittedArea direct(List<GroupArea> rows, Optional<PlaceCode> entry, LocalDate day) {
    PermittedArea own = entry.isPresent() ? GroupRules.areaOf(rows, entry, false, day) : null;
    return own != null ? own : GroupRules.areaOf(rows, Optional.empty(), false, day);
  }

  @Test
  void everyGroupRegimesAreaIsTheOneItsRowsGiveOnEachDay() {
    int checked = 0;
    for (Regime regime : List.of(Regime.ASEAN_GROUP_XISHUANGBANNA, Regime.ASEAN_GROUP_GUILIN,
        Regime.CRUISE_GROUP_15D, Regime.HK_MACAO_GROUP_GUANGDONG, Regime.HK_MACAO_GROUP_HAINAN)) {
      List<GroupArea> rows = CATALOGUE.groupAreas(regime);
      GroupRules.DatedAreas areas = new GroupRules.DatedAreas(rows);
      for (LocalDate day = LocalDate.of(2015, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(3)) {
        for (Optional<PlaceCode> entry : ENTRIES) {
          assertEquals(direct(rows, entry, day), areas.forEntry(entry, day), regime + " " + entry + " " + day);
          checked++;
        }
        assertEquals(GroupRules.areaOf(rows, Optional.empty(), true, day), areas.ofEveryEntry(day), regime + " " + day);
      }
    }
    assertEquals(5 * 1583 * ENTRIES.size(), checked);
  }

  @Test
  void theAreaChangesOnTheFirstDayOfARowAndAfterItsLast() {
    PlaceCode shantou = PlaceCode.of("440500");
    PlaceCode guangzhou = PlaceCode.of("440100");
    LocalDate from = LocalDate.of(2024, 7, 30);
    LocalDate until = LocalDate.of(2025, 1, 1);
    List<GroupArea> rows = List.of(
        new GroupArea(Regime.HK_MACAO_GROUP_GUANGDONG, Optional.empty(), guangzhou, DateRange.from(from), "S", Confidence.H),
        new GroupArea(Regime.HK_MACAO_GROUP_GUANGDONG, Optional.of(shantou), shantou, DateRange.of(from, until), "S",
            Confidence.M));
    GroupRules.DatedAreas areas = new GroupRules.DatedAreas(rows);
    Optional<PlaceCode> inShantou = Optional.of(shantou);
    assertNull(areas.forEntry(inShantou, from.minusDays(1)));
    assertNull(areas.ofEveryEntry(from.minusDays(1)));
    PermittedArea shantouOnly = PermittedArea.of(List.of(), List.of(shantou));
    PermittedArea guangzhouOnly = PermittedArea.of(List.of(), List.of(guangzhou));
    assertEquals(shantouOnly, areas.forEntry(inShantou, from));
    assertEquals(shantouOnly, areas.forEntry(inShantou, until));
    assertEquals(guangzhouOnly, areas.forEntry(inShantou, until.plusDays(1)));
    assertEquals(guangzhouOnly, areas.forEntry(Optional.empty(), from));
    assertEquals(guangzhouOnly, areas.forEntry(Optional.of(guangzhou), from));
    assertEquals(PermittedArea.of(List.of(), List.of(guangzhou, shantou)), areas.ofEveryEntry(until));
    assertEquals(guangzhouOnly, areas.ofEveryEntry(until.plusDays(1)));
    // Made once: the same object on every day of a period.
    assertSame(areas.forEntry(inShantou, from), areas.forEntry(inShantou, from.plusDays(100)));
  }
  @Test
  void aPortIsInAnAreaHoldingItsProvinceOrItsCity() {
    // inArea skips the port's city when the area does not reach into its province: what it answers is
    // what asking the area for the province and the city answers, for every catalogued port, against
    // areas of its own province, of its city, of another province's city, and the 240-hour area.
    Catalogue catalogue = Catalogue.bundled();
    List<io.github.transitpolicy.model.Port> ports = catalogue.ports();
    List<PermittedArea> areas = new java.util.ArrayList<>();
    areas.add(catalogue.permittedArea(LocalDate.of(2025, 12, 1)));
    areas.add(PermittedArea.of(List.of(), List.of()));
    for (io.github.transitpolicy.model.Port p : ports) {
      areas.add(PermittedArea.of(List.of(p.province()), List.of()));
      p.prefecture().ifPresent(c -> areas.add(PermittedArea.of(List.of(), List.of(c))));
    }
    int inside = 0;
    int byCity = 0;
    for (io.github.transitpolicy.model.Port p : ports) {
      for (PermittedArea area : areas) {
        boolean expected = area.contains(p.province())
            || (p.prefecture().isPresent() && area.contains(p.prefecture().get()));
        assertEquals(expected, GroupRules.inArea(p, area), () -> p.id() + " in " + area);
        inside += expected ? 1 : 0;
        byCity += expected && !area.contains(p.province()) ? 1 : 0;
      }
      assertEquals(false, GroupRules.inArea(p, null), p.id());
    }
    org.junit.jupiter.api.Assertions.assertTrue(inside > 100 && byCity > 50, "inside " + inside + ", by city " + byCity);
  }
}
