package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.Province;
import io.github.transitpolicy.model.ProvinceKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Provinces, prefectures and counties (GB/T 2260) as the catalogue resolves them. */
class PlaceLookupTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  @Test
  void suzhouIsAPrefectureOfJiangsu() {
    Place suzhou = CATALOGUE.place(PlaceCode.of("320500")).orElseThrow();
    assertEquals("苏州市", suzhou.nameZh());
    assertEquals(Optional.of("Suzhou"), suzhou.nameEn());
    assertEquals(PlaceLevel.PREFECTURE, suzhou.level());
    assertEquals(Optional.of(PlaceCode.of("320000")), suzhou.parent());
    assertEquals("Suzhou", suzhou.name(Locale.ENGLISH));
    assertEquals("苏州市", suzhou.name(Locale.CHINESE));
  }

  @Test
  void wuzhongIsACountyOfSuzhou() {
    Place wuzhong = CATALOGUE.place(PlaceCode.of("320506")).orElseThrow();
    assertEquals("吴中区", wuzhong.nameZh());
    assertEquals(PlaceLevel.COUNTY, wuzhong.level());
    assertEquals(Optional.of(PlaceCode.of("320500")), wuzhong.parent());
    assertEquals(PlaceCode.of("320500"), CATALOGUE.prefectureOf(PlaceCode.of("320506")).orElseThrow().code());
  }

  @ParameterizedTest(name = "prefectureOf({0}) = {1}")
  @CsvSource({
    "320500, 320500",
    "320506, 320500",
    "511302, 511300",
    "532801, 532800",
    "110105, 110100",
    "442000, 442000",
    "469001, 469000",
  })
  void prefectureOf(String code, String prefecture) {
    assertEquals(PlaceCode.of(prefecture), CATALOGUE.prefectureOf(PlaceCode.of(code)).orElseThrow().code());
  }

  @ParameterizedTest(name = "prefectureOf({0}) is empty")
  @CsvSource({"320000", "110000", "320599", "329999", "710000", "810000"})
  void prefectureOfUnknownOrProvinceIsEmpty(String code) {
    assertEquals(Optional.empty(), CATALOGUE.prefectureOf(PlaceCode.of(code)));
  }

  @ParameterizedTest(name = "place({0}) is empty")
  @CsvSource({"320000", "320599", "329999", "810000"})
  void placeOfUnknownOrProvinceIsEmpty(String code) {
    assertEquals(Optional.empty(), CATALOGUE.place(PlaceCode.of(code)));
  }

  @ParameterizedTest(name = "province({0}) = {1}")
  @CsvSource({
    "320506, 320000, CN-JS, Jiangsu, 江苏省, PROVINCE",
    "320500, 320000, CN-JS, Jiangsu, 江苏省, PROVINCE",
    "320000, 320000, CN-JS, Jiangsu, 江苏省, PROVINCE",
    "110105, 110000, CN-BJ, Beijing, 北京市, MUNICIPALITY",
    "450100, 450000, CN-GX, Guangxi, 广西壮族自治区, AUTONOMOUS_REGION",
    "540000, 540000, CN-XZ, Tibet, 西藏自治区, AUTONOMOUS_REGION",
    "329999, 320000, CN-JS, Jiangsu, 江苏省, PROVINCE",
  })
  void provinceOf(String code, String province, String iso, String en, String zh, ProvinceKind kind) {
    Province p = CATALOGUE.province(PlaceCode.of(code)).orElseThrow();
    assertEquals(PlaceCode.of(province), p.code());
    assertEquals(iso, p.iso());
    assertEquals(en, p.nameEn());
    assertEquals(zh, p.nameZh());
    assertEquals(kind, p.kind());
  }

  @ParameterizedTest(name = "province({0}) is empty: not mainland")
  @CsvSource({"710000", "810000", "820000"})
  void provinceOfHongKongMacaoTaiwanIsEmpty(String code) {
    assertEquals(Optional.empty(), CATALOGUE.province(PlaceCode.of(code)));
  }

  @ParameterizedTest(name = "knows({0}) = {1}")
  @CsvSource({
    "110000, true", "320500, true", "320506, true", "650000, true", "653100, true",
    "329999, false", "320599, false", "710000, false", "810000, false", "320099, false",
  })
  void knows(String code, boolean known) {
    assertEquals(known, CATALOGUE.knows(PlaceCode.of(code)));
  }

  @Test
  void thirtyOneProvincesWithUniqueIsoCodesInCodeOrder() {
    List<Province> provinces = CATALOGUE.provinces();
    assertEquals(31, provinces.size());
    Set<String> iso = provinces.stream().map(Province::iso).collect(Collectors.toSet());
    assertEquals(31, iso.size());
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < provinces.size(); i++) {
      Province p = provinces.get(i);
      assertTrue(p.iso().matches("CN-[A-Z]{2}"), p.iso());
      assertTrue(codes.add(p.code().value()));
      assertEquals(PlaceLevel.PROVINCE, p.code().level());
      if (i > 0) {
        assertTrue(provinces.get(i - 1).code().compareTo(p.code()) < 0, p.code().value());
      }
    }
    assertEquals("110000", provinces.get(0).code().value());
    assertEquals("650000", provinces.get(30).code().value());
  }

  @Test
  void everyPlaceInThePermittedAreaHasAnEnglishName() {
    PermittedArea area = CATALOGUE.permittedArea(LocalDate.of(2025, 12, 1));
    for (PlaceCode code : area.wholeProvinces()) {
      Province p = CATALOGUE.province(code).orElseThrow();
      assertTrue(!p.nameEn().isBlank(), code.value());
    }
    for (PlaceCode code : area.prefectures()) {
      assertTrue(CATALOGUE.place(code).orElseThrow().nameEn().filter(s -> !s.isBlank()).isPresent(), code.value());
    }
    // every real prefecture of a whole province too (the GB/T placeholders 市辖区, 县 ... have none)
    Set<String> placeholders = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    int named = 0;
    for (PlaceCode code : area.wholeProvinces()) {
      for (int i = 1; i < 100; i++) {
        Optional<Place> p = CATALOGUE.place(PlaceCode.of(code.value().substring(0, 2) + String.format("%02d", i) + "00"));
        if (p.isPresent() && !placeholders.contains(p.get().nameZh())) {
          assertTrue(p.get().nameEn().filter(s -> !s.isBlank()).isPresent(), p.get().code().value());
          named++;
        }
      }
    }
    assertTrue(named > 150, "only " + named + " named prefectures in whole provinces");
  }

  @Test
  void portPrefecturesAreKnownPrefecturesOfThePortsProvince() {
    CATALOGUE.ports().forEach(port -> port.prefecture().ifPresent(code -> {
      Place p = CATALOGUE.place(code).orElseThrow(() -> new AssertionError(port.id() + " " + code));
      assertEquals(PlaceLevel.PREFECTURE, p.level(), port.id());
      assertEquals(Optional.of(port.province()), p.parent(), port.id());
    }));
    assertEquals(List.of("RAIL-WEST-KOWLOON"), CATALOGUE.ports().stream()
        .filter(p -> p.prefecture().isEmpty()).map(p -> p.id()).collect(Collectors.toList()));
  }
}
