package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small readers the catalogue loads its tables with, at their edges: the last line of a chunk,
 * an empty last cell, the first and last letter and digit, a code whose characters fall just outside
 * the ranges, a day equal to a snapshot's start.
 */
class TableReadingTest {

  @Test
  void linesEndAtTheChunkEndWithOrWithoutALineBreak() {
    assertEquals(List.of("h", "a", "b"), Tsv.lines(new String[] {"h\na\n", "b\n"}));
    assertEquals(List.of("h", "a"), Tsv.lines(new String[] {"h\n", "a"}));
    assertEquals(List.of("h", "", "a"), Tsv.lines(new String[] {"h\n\na\n"}));
    assertEquals(List.of(), Tsv.lines(new String[] {""}));
  }

  @Test
  void cellsKeepEmptyCellsAtBothEnds() {
    assertArrayEquals(new String[] {"a", "b", ""}, Tsv.row("a\tb\t"));
    assertArrayEquals(new String[] {"", "b"}, Tsv.row("\tb"));
    assertEquals(List.of("x", "y"), Tsv.cells("x|y", '|'));
    assertEquals(List.of(""), Tsv.cells("", '|'));
  }

  @Test
  void firstCellIsTheTextBeforeTheFirstTab() {
    assertEquals("PVG", Tsv.firstCell("PVG\tAIR\tx"));
    assertEquals("PVG", Tsv.firstCell("PVG"));
    assertEquals("", Tsv.firstCell("\tAIR"));
  }

  @Test
  void fixedWidthCodesReadEveryDigitIncludingZeroAndNine() {
    assertArrayEquals(new int[] {0, 999999, 320506}, FixedWidthCodes.parse("000000999999320506"));
    assertArrayEquals(new int[0], FixedWidthCodes.parse(""));
    assertEquals(90, FixedWidthCodes.read("x000090", 1));
  }

  @Test
  void fixedWidthCodesNameTheFirstCharacterThatIsNotADigit() {
    // '/' and ':' are the characters just below '0' and just above '9'.
    IllegalStateException slash = assertThrows(IllegalStateException.class, () -> FixedWidthCodes.parse("110000320/06"));
    assertEquals("place codes: not a digit at 9", slash.getMessage());
    IllegalStateException colon = assertThrows(IllegalStateException.class, () -> FixedWidthCodes.parse("11:000"));
    assertEquals("place codes: not a digit at 2", colon.getMessage());
    // a 9 before the bad character is a digit like the others
    IllegalStateException afterNines = assertThrows(IllegalStateException.class,
        () -> FixedWidthCodes.parse("110000999/99"));
    assertEquals("place codes: not a digit at 9", afterNines.getMessage());
    IllegalStateException length = assertThrows(IllegalStateException.class, () -> FixedWidthCodes.parse("1100001"));
    assertEquals("place codes: length 7 is not a multiple of 6", length.getMessage());
  }

  @Test
  void intSetHoldsExactlyItsValuesWhateverTheirNumber() {
    for (int n = 0; n <= 70; n++) {
      int[] values = new int[n];
      Set<Integer> expected = new HashSet<>();
      for (int i = 0; i < n; i++) {
        values[i] = 110000 + i * 101;
        expected.add(values[i]);
      }
      IntSet set = new IntSet(values);
      for (int v = 109_990; v < 110_000 + 71 * 101; v++) {
        assertEquals(expected.contains(v), set.contains(v), n + " values, " + v);
      }
      assertEquals(n > 0, set.contains(110000), n + " values");
    }
    assertTrue(new IntSet(new int[] {0}).contains(0), "zero is a value like any other");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IntSet(new int[] {5, -1}));
    assertEquals("IntSet: negative value -1", e.getMessage());
  }

  @Test
  void alpha2IndexNumbersTwoLetterCodesFromAaToZz() {
    assertEquals(0 * 26 + 3, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("AD")));
    assertEquals(25 * 26 + 22, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("ZW")));
    assertEquals(0 * 26 + 25, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("AZ")));
    assertEquals(25 * 26 + 0, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("ZA")));
    assertEquals(-1, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("XXA")), "three letters");
    assertEquals(-1, TableCatalogue.ByCountry.alpha2Index(CountryCode.of("GBN")));
  }

  @Test
  void threeLettersNumbersCodesFromAaaToZzz() {
    assertEquals(0, TableCatalogue.PortIndex.threeLetters("AAA"));
    assertEquals(17_575, TableCatalogue.PortIndex.threeLetters("ZZZ"));
    assertEquals((15 * 26 + 21) * 26 + 6, TableCatalogue.PortIndex.threeLetters("PVG"));
    // '@' is just below 'A', '[' just above 'Z'; lower case is outside too.
    for (String s : List.of("@AA", "A@A", "AA@", "[AA", "A[A", "AA[", "pvg", "PV", "PVGX", "")) {
      assertEquals(-1, TableCatalogue.PortIndex.threeLetters(s), s);
    }
  }

  @Test
  void placeIndexFindsEveryRowAndRefusesDisorder() {
    String header = "code\tparent\tname_zh\tname_en\n";
    // Three rows over two chunks, the last without a closing line break.
    TableCatalogue.PlaceIndex index = new TableCatalogue.PlaceIndex(new String[] {
        header + "110100\t110000\t市辖区\t\n", "110101\t110100\t东城区\tDongcheng\n320500\t320000\t苏州市\tSuzhou"});
    assertArrayEquals(new int[] {110100, 110101, 320500}, index.codes());
    Place suzhou = Objects.requireNonNull(index.get(PlaceCode.of("320500")));
    assertEquals("Suzhou", suzhou.nameEn().orElseThrow());
    assertEquals(PlaceCode.of("320000"), suzhou.parent().orElseThrow());
    assertEquals("东城区", Objects.requireNonNull(index.get(PlaceCode.of("110101"))).nameZh());
    Place districts = Objects.requireNonNull(index.get(PlaceCode.of("110100")));
    assertEquals("市辖区", districts.nameZh());
    assertFalse(districts.nameEn().isPresent());
    assertEquals(null, index.get(PlaceCode.of("110102")));
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> new TableCatalogue.PlaceIndex(new String[] {header + "110100\t110000\ta\t\n110100\t110000\tb\t\n"}));
    assertEquals("places: codes out of order at 110100", twice.getMessage());
    IllegalStateException shortCode = assertThrows(IllegalStateException.class,
        () -> new TableCatalogue.PlaceIndex(new String[] {header + "11010\n"}));
    assertEquals("places: not a six-digit code at row start: 11010\n", shortCode.getMessage());
  }

  @Test
  void aSnapshotAppliesFromItsFirstDayToTheNextOnesStart() {
    LocalDate first = LocalDate.of(2024, 12, 17);
    LocalDate second = LocalDate.of(2025, 11, 5);
    TableCatalogue.DatedSnapshots<String> s =
        new TableCatalogue.DatedSnapshots<>(new LocalDate[] {first, second}, List.of("first", "second"), "before");
    assertEquals("before", s.on(first.minusDays(1)));
    assertEquals("first", s.on(first));
    assertEquals("first", s.on(second.minusDays(1)));
    assertEquals("second", s.on(second));
    assertEquals("second", s.on(LocalDate.of(2999, 1, 1)));
    assertEquals(
        List.of(LocalDate.MIN, first, second.plusDays(1)),
        List.copyOf(TableCatalogue.DatedSnapshots.boundaries(List.of(
            io.github.transitpolicy.model.DateRange.of(first, second), io.github.transitpolicy.model.DateRange.always()))));
  }
}
