package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.VisaExemption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue's indexes find what a scan finds: the compiler's ready-made place codes, the
 * ports by three letters, the countries by two.
 */
class BundledIndexTest {

  private static final TableCatalogue CATALOGUE = TableCatalogue.bundled();

  @Test
  void everyThreeLetterNameFindsThePortAScanFinds() {
    Map<String, Port> byName = new HashMap<>();
    for (Port p : CATALOGUE.ports()) {
      List<String> names = new ArrayList<>(List.of(p.id(), p.nameZh(), p.nameEn()));
      p.iata().ifPresent(names::add);
      p.icao().ifPresent(names::add);
      p.unlocode().ifPresent(names::add);
      names.addAll(p.aliases());
      for (String name : names) {
        byName.put(TableCatalogue.normaliseAlias(name), p);
      }
    }
    int found = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          String name = new String(new char[] {a, b, c});
          Port expected = byName.get(name);
          assertEquals(Optional.ofNullable(expected), CATALOGUE.port(name), name);
          assertEquals(Optional.ofNullable(expected), CATALOGUE.port(name.toLowerCase(Locale.ROOT)), name);
          found += expected == null ? 0 : 1;
        }
      }
    }
    assertTrue(found > 40, "three-letter names found: " + found);
    for (Map.Entry<String, Port> e : byName.entrySet()) {
      assertEquals(Optional.of(e.getValue()), CATALOGUE.port(e.getKey()), e.getKey());
    }
    assertEquals(-1, TableCatalogue.PortIndex.threeLetters("PV"));
    assertEquals(-1, TableCatalogue.PortIndex.threeLetters("PVGX"));
    assertEquals(-1, TableCatalogue.PortIndex.threeLetters("PV["));
    assertEquals(-1, TableCatalogue.PortIndex.threeLetters("pvg"));
    assertEquals(-1, TableCatalogue.PortIndex.threeLetters("P@G"));
    assertEquals(0, TableCatalogue.PortIndex.threeLetters("AAA"));
    assertEquals(26 * 26 * 26 - 1, TableCatalogue.PortIndex.threeLetters("ZZZ"));
  }

  @Test
  void everyCountryFindsTheEntriesAScanFinds() {
    List<CountryCode> countries = new ArrayList<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (String code : new String[] {"" + a + b, "GB" + a, "XX" + a, "UN" + a}) {
          try {
            countries.add(CountryCode.of(code));
          } catch (IllegalArgumentException notACode) {
            // not every pair of letters is a country
          }
        }
      }
    }
    assertTrue(countries.size() > 250, "codes: " + countries.size());
    LocalDate[] days = {LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 12), LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 1)};
    for (CountryCode country : countries) {
      List<VisaExemption> exemptions = new ArrayList<>();
      for (VisaExemption e : CATALOGUE.visaExemptions()) {
        if (e.country().equals(country)) {
          exemptions.add(e);
        }
      }
      assertEquals(exemptions, CATALOGUE.visaExemptions(country), country::toString);
      for (LocalDate day : days) {
        Optional<CountryEligibility> eligible = Optional.empty();
        for (CountryEligibility e : CATALOGUE.transitEligibility()) {
          if (e.country().equals(country) && e.validity().contains(day) && eligible.isEmpty()) {
            eligible = Optional.of(e);
          }
        }
        assertEquals(eligible, CATALOGUE.transitEligibility(country, day), () -> country + " " + day);
      }
    }
  }

  /** The day before, the first, the last and the day after each range, and the ends of time. */
  private static List<LocalDate> boundaries(List<DateRange> ranges) {
    List<LocalDate> days = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1),
        LocalDate.of(2025, 12, 1), LocalDate.MAX));
    for (DateRange r : ranges) {
      r.from().ifPresent(d -> days.addAll(List.of(d.minusDays(1), d)));
      r.until().ifPresent(d -> days.addAll(List.of(d, d.plusDays(1))));
    }
    return days;
  }

  @Test
  void datedLookupsFindTheFirstRowAScanFindsOnEveryBoundary() {
    // The lookups search rows kept per key (DatedRows): on each row's first and last day, the days
    // either side and the ends of time, each answer is the first row, in table order, a scan finds.
    List<CountryCode> countries = new ArrayList<>(List.of(CountryCode.of("GBN"), CountryCode.of("XXA")));
    List<DateRange> ranges = new ArrayList<>();
    for (CountryEligibility e : CATALOGUE.transitEligibility()) {
      countries.add(e.country());
      ranges.add(e.validity());
    }
    for (Regime regime : Regime.values()) {
      for (CountryEligibility e : CATALOGUE.eligibility(regime)) {
        countries.add(e.country());
        ranges.add(e.validity());
      }
    }
    List<LocalDate> days = boundaries(ranges);
    int found = 0;
    for (CountryCode country : countries) {
      for (LocalDate day : days) {
        Optional<CountryEligibility> expected = Optional.empty();
        for (CountryEligibility e : CATALOGUE.transitEligibility()) {
          if (expected.isEmpty() && e.country().equals(country) && e.validity().contains(day)) {
            expected = Optional.of(e);
          }
        }
        assertEquals(expected, CATALOGUE.transitEligibility(country, day), () -> country + " " + day);
        for (Regime regime : Regime.values()) {
          Optional<CountryEligibility> listed = Optional.empty();
          for (CountryEligibility e : CATALOGUE.eligibility(regime)) {
            if (listed.isEmpty() && e.country().equals(country) && e.validity().contains(day)) {
              listed = Optional.of(e);
            }
          }
          assertEquals(listed, CATALOGUE.eligibility(regime, country, day), () -> regime + " " + country + " " + day);
          found += listed.isPresent() ? 1 : 0;
        }
      }
    }
    assertTrue(found > 1000, "listings found: " + found);
  }

  @Test
  void purposeRulesOnADayAreTheRowsInForceThatDay() {
    // regime_purposes.tsv: Hainan admitted business visitors from 2024-02-09, its scheme began 2018-05-01.
    PurposeScope hainan = PurposeScope.HAINAN_30D;
    assertEquals(Optional.empty(), permitted(hainan, Purpose.BUSINESS, LocalDate.of(2018, 4, 30)));
    assertEquals(Optional.of(false), permitted(hainan, Purpose.BUSINESS, LocalDate.of(2018, 5, 1)));
    assertEquals(Optional.of(false), permitted(hainan, Purpose.BUSINESS, LocalDate.of(2024, 2, 8)));
    assertEquals(Optional.of(true), permitted(hainan, Purpose.BUSINESS, LocalDate.of(2024, 2, 9)));
    assertEquals(Optional.of(true), permitted(hainan, Purpose.BUSINESS, LocalDate.MAX));
    assertEquals(Optional.empty(), permitted(hainan, Purpose.BUSINESS, LocalDate.MIN));
    PurposeScope group = PurposeScope.TOUR_GROUP;
    assertEquals(Optional.empty(), permitted(group, Purpose.TOURISM, LocalDate.of(2023, 3, 14)));
    assertEquals(Optional.of(true), permitted(group, Purpose.TOURISM, LocalDate.of(2023, 3, 15)));
    // Undated rows hold on every day there is.
    PurposeScope transit = PurposeScope.TRANSIT_240H;
    assertEquals(Optional.of(true), permitted(transit, Purpose.TOURISM, LocalDate.MIN));
    assertEquals(Optional.of(false), permitted(transit, Purpose.WORK, LocalDate.MAX));
    // The rule with no end is the one in force on the last day there is; asked twice, the same answer.
    for (PurposeScope scope : PurposeScope.values()) {
      for (Purpose purpose : Purpose.values()) {
        assertEquals(CATALOGUE.purposeRule(scope, purpose), CATALOGUE.purposeRule(scope, purpose, LocalDate.MAX),
            () -> scope + " " + purpose);
        assertEquals(CATALOGUE.purposeRule(scope, purpose, LocalDate.of(2024, 2, 9)),
            CATALOGUE.purposeRule(scope, purpose, LocalDate.of(2024, 2, 9)), () -> scope + " " + purpose);
      }
    }
  }

  private static Optional<Boolean> permitted(PurposeScope scope, Purpose purpose, LocalDate day) {
    return CATALOGUE.purposeRule(scope, purpose, day).map(PurposeRule::permitted);
  }

  @Test
  void datedRowsFindTheFirstRowWhoseRangeHoldsTheDay() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    DatedRows<String> rows = new DatedRows<>(List.of("a", "b", "c", "d"),
        List.of(DateRange.of(d, d.plusDays(9)), DateRange.from(d.plusDays(5)), DateRange.of(null, d.minusDays(1)),
            DateRange.always()));
    assertEquals(Optional.of("c"), rows.on(LocalDate.MIN));
    assertEquals(Optional.of("c"), rows.on(d.minusDays(1)));
    assertEquals(Optional.of("a"), rows.on(d));
    assertEquals(Optional.of("a"), rows.on(d.plusDays(9)));
    assertEquals(Optional.of("b"), rows.on(d.plusDays(10)));
    assertEquals(Optional.of("b"), rows.on(LocalDate.MAX));
    DatedRows<String> gap = new DatedRows<>(List.of("x"), List.of(DateRange.of(d, d)));
    assertEquals(Optional.empty(), gap.on(d.minusDays(1)));
    assertEquals(Optional.empty(), gap.on(d.plusDays(1)));
    assertEquals(Optional.of("x"), gap.on(d));
    assertEquals(Optional.empty(), DatedRows.<String>none().on(d));
    assertEquals(0, DatedRows.none().size());
    assertThrows(IllegalArgumentException.class, () -> new DatedRows<>(List.of("a"), List.of()));
  }

  @Test
  void placeCodesAreThePlaceTablesCodesInOrder() {
    int[] fromTable = new TableCatalogue.PlaceIndex(BundledTables.chunks("places")).codes();
    int[] readyMade = FixedWidthCodes.parse(BundledTables.PLACE_CODES);
    assertEquals(3317, fromTable.length);
    assertArrayEquals(fromTable, readyMade);
  }

  @Test
  void aCatalogueWithoutReadyMadeCodesKnowsTheSamePlaces() {
    TableCatalogue bundled = TableCatalogue.bundled();
    TableCatalogue fromTable = new TableCatalogue(BundledTables::chunks);
    for (int code : FixedWidthCodes.parse(BundledTables.PLACE_CODES)) {
      PlaceCode place = PlaceCode.of(String.valueOf(code));
      assertTrue(bundled.knows(place) && fromTable.knows(place), place::toString);
    }
    for (String unknown : new String[] {"110199", "320599", "659999", "540199"}) {
      PlaceCode place = PlaceCode.of(unknown);
      assertEquals(fromTable.knows(place), bundled.knows(place), unknown);
    }
  }

  @Test
  void anIntSetHoldsExactlyItsValues() {
    int[] codes = FixedWidthCodes.parse(BundledTables.PLACE_CODES);
    IntSet set = new IntSet(codes);
    java.util.Set<Integer> expected = new java.util.HashSet<>();
    for (int c : codes) {
      expected.add(c);
      assertTrue(set.contains(c), () -> String.valueOf(c));
    }
    for (int v = 0; v < 1_000_000; v += 7) {
      assertEquals(expected.contains(v), set.contains(v), String.valueOf(v));
    }
    IntSet empty = new IntSet(new int[0]);
    assertEquals(false, empty.contains(0));
    assertThrows(IllegalArgumentException.class, () -> new IntSet(new int[] {1, -2}));
  }

  @Test
  void malformedCodesAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> FixedWidthCodes.parse("11000"));
    assertTrue(String.valueOf(e.getMessage()).contains("not a multiple of 6"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> FixedWidthCodes.parse("11000x"));
    assertTrue(String.valueOf(e.getMessage()).contains("not a digit at 5"), e.getMessage());
    assertArrayEquals(new int[] {110000, 320500}, FixedWidthCodes.parse("110000320500"));
  }
}
