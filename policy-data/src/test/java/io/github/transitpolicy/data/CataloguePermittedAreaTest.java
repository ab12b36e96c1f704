package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The permitted stay area of 240-hour transit (annex 2; FACTS.md section 3). The prefecture codes were
 * looked up by name in places.tsv and are written out here, so that a wrong code in the tables fails.
 */
class CataloguePermittedAreaTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final LocalDate DAY = LocalDate.of(2025, 12, 1);
  private static final PermittedArea AREA = CATALOGUE.permittedArea(DAY);

  /** Province, then its listed prefectures (annex 2 rows 54-57, 61, 63). */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
    // 山西: 太原市、大同市
    "140000; 140100 140200",
    // 黑龙江: 哈尔滨市
    "230000; 230100",
    // 江西: 南昌市、景德镇市
    "360000; 360100 360200",
    // 广西: 南宁、柳州、桂林、梧州、北海、防城港、钦州、贵港、玉林、贺州、河池、来宾 12 市
    "450000; 450100 450200 450300 450400 450500 450600 450700 450800 450900 451100 451200 451300",
    // 四川: 成都、自贡、泸州、德阳、遂宁、内江、乐山、宜宾、雅安、眉山、资阳 11 市
    "510000; 510100 510300 510500 510600 510900 511000 511100 511500 511800 511400 512000",
    // 云南: 昆明、玉溪、楚雄、红河、文山、普洱、西双版纳、大理、丽江 9 州市
    "530000; 530100 530400 532300 532500 532600 530800 532800 532900 530700",
  })
  void partialProvinceListsExactlyItsPrefectures(String province, String prefectures) {
    Set<String> expected = new TreeSet<>(Arrays.asList(prefectures.split(" ")));
    Set<String> listed = AREA.prefectures().stream()
        .filter(p -> p.province().value().equals(province))
        .map(PlaceCode::value)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, listed);
    assertFalse(AREA.wholeProvinces().contains(PlaceCode.of(province)));
    assertFalse(AREA.contains(PlaceCode.of(province)), "a partial province code is not contained");
    // every prefecture of the province: contained exactly when listed
    int contained = 0;
    for (int i = 1; i < 100; i++) {
      String code = province.substring(0, 2) + String.format("%02d", i) + "00";
      if (CATALOGUE.place(PlaceCode.of(code)).isPresent()) {
        assertEquals(expected.contains(code), AREA.contains(PlaceCode.of(code)), code);
        if (AREA.contains(PlaceCode.of(code))) {
          contained++;
        }
      }
    }
    assertEquals(expected.size(), contained);
  }

  @ParameterizedTest(name = "{0}: {1} cities")
  @CsvSource({"140000, 2", "230000, 1", "360000, 2", "450000, 12", "510000, 11", "530000, 9"})
  void partialProvinceCityCounts(String province, int count) {
    assertEquals(count, AREA.prefectures().stream().filter(p -> p.province().value().equals(province)).count());
  }

  @ParameterizedTest(name = "whole province {0}")
  @ValueSource(strings = {
    "110000", "120000", "130000", "210000", "310000", "320000", "330000", "340000", "350000",
    "370000", "410000", "420000", "430000", "440000", "460000", "500000", "520000", "610000"})
  void wholeProvince(String code) {
    PlaceCode province = PlaceCode.of(code);
    assertTrue(AREA.wholeProvinces().contains(province));
    assertTrue(AREA.contains(province));
    for (int i = 1; i < 100; i++) {
      PlaceCode pref = PlaceCode.of(code.substring(0, 2) + String.format("%02d", i) + "00");
      if (CATALOGUE.place(pref).isPresent()) {
        assertTrue(AREA.contains(pref), pref.value());
      }
    }
  }

  @Test
  void theEighteenWholeProvinces() {
    assertEquals(List.of("110000", "120000", "130000", "210000", "310000", "320000", "330000", "340000", "350000",
            "370000", "410000", "420000", "430000", "440000", "460000", "500000", "520000", "610000"),
        AREA.wholeProvinces().stream().map(PlaceCode::value).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0} is not covered")
  @ValueSource(strings = {"150000", "220000", "540000", "620000", "630000", "640000", "650000"})
  void provinceNotCovered(String code) {
    assertFalse(AREA.contains(PlaceCode.of(code)));
    int prefectures = 0;
    for (int i = 1; i < 100; i++) {
      PlaceCode pref = PlaceCode.of(code.substring(0, 2) + String.format("%02d", i) + "00");
      if (CATALOGUE.place(pref).isPresent()) {
        prefectures++;
        assertFalse(AREA.contains(pref), pref.value());
      }
    }
    assertTrue(prefectures >= 5, code + " has only " + prefectures + " prefectures in places.tsv");
  }

  @Test
  void everyProvinceIsWholePartialOrNotCovered() {
    Set<String> covered = new TreeSet<>();
    AREA.wholeProvinces().forEach(p -> covered.add(p.value()));
    AREA.prefectures().forEach(p -> covered.add(p.province().value()));
    List<String> notCovered = new ArrayList<>();
    CATALOGUE.provinces().forEach(p -> {
      if (!covered.contains(p.code().value())) {
        notCovered.add(p.code().value());
      }
    });
    assertEquals(24, covered.size());
    assertEquals(List.of("150000", "220000", "540000", "620000", "630000", "640000", "650000"), notCovered);
  }

  @ParameterizedTest(name = "{0} contained: {1}")
  @CsvSource({
    "320506, true",   // 吴中区, Suzhou, Jiangsu (whole province)
    "320500, true",   // Suzhou
    "511300, false",  // 南充市, Sichuan: not listed
    "511302, false",  // 顺庆区, a county of Nanchong
    "511321, false",  // 南部县, Nanchong
    "510104, true",   // 锦江区, Chengdu
    "532801, true",   // 景洪市, Xishuangbanna
    "140105, true",   // 小店区, Taiyuan
    "140300, false",  // 阳泉市, Shanxi: not listed
    "230202, false",  // 龙沙区, Qiqihar
    "440305, true",   // 南山区, Shenzhen
    "650102, false",  // 天山区, Urumqi
    "150102, false",  // 新城区, Hohhot
  })
  void countyAndPrefectureCodesResolve(String code, boolean contained) {
    PlaceCode place = PlaceCode.of(code);
    assertTrue(CATALOGUE.knows(place), code + " is not in places.tsv");
    assertEquals(contained, AREA.contains(place));
  }

  @Test
  void areaIsEmptyTheDayBeforeThePolicyAndEqualFromItsFirstDay() {
    assertTrue(CATALOGUE.permittedArea(LocalDate.of(2024, 12, 16)).isEmpty());
    assertFalse(CATALOGUE.permittedArea(LocalDate.of(2024, 12, 16)).contains(PlaceCode.of("320506")));
    assertEquals(AREA, CATALOGUE.permittedArea(LocalDate.of(2024, 12, 17)));
    assertEquals(AREA, CATALOGUE.permittedArea(LocalDate.of(2026, 8, 20)));
    assertEquals(55, AREA.wholeProvinces().size() + AREA.prefectures().size());
  }

  @Test
  void listedPrefecturesAreKnownPrefecturesWithEnglishNames() {
    for (PlaceCode p : AREA.prefectures()) {
      Place place = CATALOGUE.place(p).orElseThrow();
      assertEquals(PlaceLevel.PREFECTURE, place.level(), p.value());
      assertTrue(place.nameEn().isPresent() && !place.nameEn().get().isBlank(), p.value());
    }
  }
}
