package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.PlaceCode;
import org.junit.jupiter.api.Test;

/** The compiler's ready-made place codes agree with the place table they index. */
class BundledIndexTest {

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
