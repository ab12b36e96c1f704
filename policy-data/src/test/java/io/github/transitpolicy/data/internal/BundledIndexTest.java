package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
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
