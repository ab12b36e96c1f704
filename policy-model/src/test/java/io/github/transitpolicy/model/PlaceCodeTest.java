package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceCodeTest {

  @ParameterizedTest
  @CsvSource({
    "320000, PROVINCE, 320000, 320000",
    "320500, PREFECTURE, 320000, 320500",
    "320506, COUNTY, 320000, 320500",
    "110101, COUNTY, 110000, 110100",
    "500100, PREFECTURE, 500000, 500100",
    "820000, PROVINCE, 820000, 820000",
    "429004, COUNTY, 420000, 429000"
  })
  void levelsProvinceAndPrefecture(
      String code, PlaceLevel level, String province, String prefecture) {
    PlaceCode p = PlaceCode.of(code);
    assertEquals(code, p.value());
    assertEquals(level, p.level());
    assertEquals(province, p.province().value());
    assertEquals(prefecture, p.prefecture().value());
    assertEquals(PlaceLevel.PROVINCE, p.province().level());
  }

  @Test
  void provinceAndPrefectureOfThemselvesAreTheSameInstance() {
    PlaceCode province = PlaceCode.of("440000");
    assertSame(province, province.province());
    assertSame(province, province.prefecture());
    PlaceCode city = PlaceCode.of("440300");
    assertSame(city, city.prefecture());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "32050", "3205000", "32050a", "３２０５００", "000000", "990000", "100000", "-32050"})
  void rejectsMalformedCodesNamingFieldAndValue(String input) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlaceCode.of(input));
    assertTrue(String.valueOf(e.getMessage()).startsWith("place code: \"" + input + "\""), e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Nulls.<String>pass(PlaceCode::of));
    assertEquals("place code", e.getMessage());
  }

  @Test
  void valueSemanticsAndOrder() {
    assertEquals(PlaceCode.of("320500"), PlaceCode.of(" 320500 "));
    assertEquals(PlaceCode.of("320500").hashCode(), PlaceCode.of("320500").hashCode());
    assertEquals("320500", PlaceCode.of("320500").toString());
    List<PlaceCode> codes =
        new ArrayList<>(List.of(PlaceCode.of("440300"), PlaceCode.of("110000"), PlaceCode.of("320506")));
    Collections.sort(codes);
    assertEquals("[110000, 320506, 440300]", codes.toString());
  }

  @Test
  void isWithin() {
    PlaceCode county = PlaceCode.of("320506");
    assertTrue(county.isWithin(PlaceCode.of("320000")));
    assertTrue(county.isWithin(PlaceCode.of("320500")));
    assertTrue(county.isWithin(county));
    assertFalse(county.isWithin(PlaceCode.of("320600")));
    assertFalse(PlaceCode.of("320000").isWithin(PlaceCode.of("320500")));
  }

  @Test
  void provinceAndPrefectureAreAncestorsForAnyValidCode() {
    qt().forAll(arbitrary().pick(PROVINCES), integers().between(0, 9999))
        .checkAssert(
            (province, rest) -> {
              int i = province * 10000 + rest;
              PlaceCode p = PlaceCode.of(String.valueOf(i));
              assertTrue(p.isWithin(p.province()));
              assertTrue(p.isWithin(p.prefecture()));
              assertEquals(p.province(), p.prefecture().province());
              assertEquals(i / 100, Integer.parseInt(p.prefecture().value()) / 100);
            });
  }

  private static final List<Integer> PROVINCES =
      List.of(
          11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
          51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  @Test
  void everyProvincePrefixIsAcceptedAndNoOther() {
    for (int p = 0; p < 100; p++) {
      String code = String.format("%02d0000", p);
      if (PROVINCES.contains(p)) {
        assertEquals(PlaceLevel.PROVINCE, PlaceCode.of(code).level());
      } else {
        assertThrows(IllegalArgumentException.class, () -> PlaceCode.of(code), code);
      }
    }
  }

  @Test
  void equalOnlyToTheSameCode() {
    assertEquals(PlaceCode.of("320500"), PlaceCode.of("320500"));
    assertFalse(PlaceCode.of("320500").equals(PlaceCode.of("320506")));
    assertFalse(PlaceCode.of("320500").equals("320500"));
  }
}
