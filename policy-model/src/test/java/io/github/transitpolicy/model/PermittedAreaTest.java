package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermittedAreaTest {

  /** Whole Jiangsu and Shanghai; Guangzhou and Shenzhen in Guangdong. */
  private static final PermittedArea AREA =
      PermittedArea.of(
          List.of(PlaceCode.of("320000"), PlaceCode.of("310000")),
          List.of(PlaceCode.of("440300"), PlaceCode.of("440100")));

  @ParameterizedTest
  @CsvSource({
    "320000, true", // whole province
    "320500, true", // prefecture of a whole province
    "320506, true", // county of a whole province
    "310115, true",
    "440300, true", // listed prefecture
    "440305, true", // county of a listed prefecture
    "440100, true",
    "440104, true", // county of the first listed prefecture (the sorted list's index 0)
    "440000, false", // province code of a partial province
    "440600, false", // unlisted prefecture of a partial province
    "440604, false",
    "110000, false",
    "110101, false"
  })
  void contains(String code, boolean expected) {
    assertEquals(expected, AREA.contains(PlaceCode.of(code)), code);
  }

  @ParameterizedTest
  @CsvSource({
    "320000, true", // a whole province
    "320506, true", // a county in it
    "310000, true",
    "440000, true", // a partly permitted province
    "440600, true", // an unlisted prefecture of it
    "440604, true",
    "110000, false", // a province with nothing listed
    "110101, false",
    "430000, false", // just below Guangdong (44), whose prefectures are listed
    "450100, false", // just above it
    "330000, false" // between two whole provinces (32, 31)
  })
  void touches(String code, boolean expected) {
    assertEquals(expected, AREA.touches(PlaceCode.of(code)), code);
  }

  @Test
  void touchesNothingWhenEmptyOrBeyondTheLastPrefecture() {
    assertFalse(PermittedArea.empty().touches(PlaceCode.of("440300")));
    PermittedArea lastOnly = PermittedArea.of(List.of(), List.of(PlaceCode.of("650100")));
    assertTrue(lastOnly.touches(PlaceCode.of("650000")));
    assertFalse(lastOnly.touches(PlaceCode.of("820000")));
    assertFalse(lastOnly.touches(PlaceCode.of("640100")));
  }

  @Test
  void setsAreSortedAndDeduplicated() {
    PermittedArea a =
        PermittedArea.of(
            List.of(PlaceCode.of("320000"), PlaceCode.of("110000"), PlaceCode.of("320000")),
            List.of(PlaceCode.of("440300"), PlaceCode.of("440100")));
    assertEquals("[110000, 320000]", a.wholeProvinces().toString());
    assertEquals("[440100, 440300]", a.prefectures().toString());
    assertThrows(UnsupportedOperationException.class, () -> a.prefectures().clear());
  }

  @Test
  void emptyContainsNothing() {
    assertTrue(PermittedArea.empty().isEmpty());
    assertFalse(PermittedArea.empty().contains(PlaceCode.of("110000")));
    assertSame(PermittedArea.empty(), PermittedArea.empty());
    assertEquals(PermittedArea.empty(), PermittedArea.of(List.of(), List.of()));
    assertFalse(AREA.isEmpty());
  }

  @Test
  void equality() {
    PermittedArea same =
        PermittedArea.of(
            List.of(PlaceCode.of("310000"), PlaceCode.of("320000")),
            List.of(PlaceCode.of("440100"), PlaceCode.of("440300")));
    assertEquals(AREA, same);
    assertEquals(AREA.hashCode(), same.hashCode());
  }

  @Test
  void union() {
    PermittedArea other = PermittedArea.of(List.of(PlaceCode.of("110000")), List.of(PlaceCode.of("440600")));
    PermittedArea u = AREA.union(other);
    assertTrue(u.contains(PlaceCode.of("110101")));
    assertTrue(u.contains(PlaceCode.of("440604")));
    assertTrue(u.contains(PlaceCode.of("320506")));
    assertSame(AREA, AREA.union(PermittedArea.empty()));
    assertSame(AREA, PermittedArea.empty().union(AREA));
  }

  @Test
  void rejectsWrongLevels() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PermittedArea.of(List.of(PlaceCode.of("320500")), List.of()));
    assertTrue(String.valueOf(e.getMessage()).contains("320500"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PermittedArea.of(List.of(), List.of(PlaceCode.of("440000"))));
    assertTrue(String.valueOf(e.getMessage()).contains("440000"), e.getMessage());
  }

  @Test
  void aListedCountyIsInsideWithoutItsPrefecture() {
    // A listed code below prefecture level is looked up as itself; 110101 sorts first here.
    PermittedArea a = PermittedArea.of(List.of(), List.of(PlaceCode.of("440100"), PlaceCode.of("110101")));
    assertTrue(a.contains(PlaceCode.of("110101")));
    assertFalse(a.contains(PlaceCode.of("110102")));
    assertFalse(a.contains(PlaceCode.of("110100")));
    assertTrue(a.contains(PlaceCode.of("440106")));
  }

  @Test
  void theIndexSortsWhatItIsGiven() {
    // The index takes any collection; given one out of order, it still finds every entry.
    PermittedArea.Index index =
        new PermittedArea.Index(
            List.of(),
            List.of(PlaceCode.of("440300"), PlaceCode.of("440100"), PlaceCode.of("320500"), PlaceCode.of("110100")));
    for (String code : List.of("440305", "440104", "320506", "110101")) {
      assertTrue(index.contains(PlaceCode.of(code).intValue()), code);
    }
    assertFalse(index.contains(PlaceCode.of("440604").intValue()));
  }
}
