package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueEntitiesTest {

  private static final LocalDate V1 = LocalDate.of(2024, 12, 17);
  private static final LocalDate V3 = LocalDate.of(2025, 11, 5);

  static Port.Builder pvg() {
    return Port.builder()
        .id("PVG")
        .kind(PortKind.AIR)
        .iata("PVG")
        .icao("ZSPD")
        .unlocode("CNSHA")
        .nameZh("上海浦东国际机场")
        .nameEn("Shanghai Pudong International Airport")
        .addAliases("浦东机场", "Pudong")
        .province(PlaceCode.of("310000"))
        .prefecture(PlaceCode.of("310100"))
        .annex2Row(9)
        .addCapabilities(
            PortCapability.of(Capability.TRANSIT_240H_ENTRY, DateRange.from(V1), "annex 2 row 9", Confidence.H),
            PortCapability.of(Capability.OPEN_PORT, DateRange.always(), "port list", Confidence.M),
            PortCapability.of(
                Capability.INSPECTION_FREE_24H, DateRange.of(V1, V3.minusDays(1)), "FACTS.md", Confidence.M))
        .source("annex 2")
        .confidence(Confidence.H);
  }

  @Test
  void portAttributesAndNames() {
    Port p = pvg().build();
    assertEquals("PVG", p.id());
    assertEquals(Optional.of("PVG"), p.iata());
    assertEquals(Optional.of("ZSPD"), p.icao());
    assertEquals(OptionalInt.of(9), p.annex2Row());
    assertEquals(List.of("浦东机场", "Pudong"), p.aliases());
    assertEquals("上海浦东国际机场", p.name(Locale.CHINA));
    assertEquals("Shanghai Pudong International Airport", p.name(Locale.ENGLISH));
  }

  @Test
  void portHasCapabilityOnADay() {
    Port p = pvg().build();
    assertTrue(p.has(Capability.TRANSIT_240H_ENTRY, V1));
    assertFalse(p.has(Capability.TRANSIT_240H_ENTRY, V1.minusDays(1)));
    assertTrue(p.has(Capability.INSPECTION_FREE_24H, V3.minusDays(1)));
    assertFalse(p.has(Capability.INSPECTION_FREE_24H, V3));
    assertFalse(p.has(Capability.TRANSIT_240H_EXIT, V3));
    assertTrue(p.has(Capability.OPEN_PORT, LocalDate.of(1990, 1, 1)));
  }

  @Test
  void portHasCapabilityAtTheEndsOfTime() {
    // has() compares the days as numbers: the ranges open at either end reach the first and last day
    // there is, and a range around year zero holds exactly its days.
    LocalDate zero = LocalDate.of(0, 1, 1);
    Port p = pvg().capabilities(List.of(
            PortCapability.of(Capability.OPEN_PORT, DateRange.of(null, zero.minusDays(1)), "a", Confidence.H),
            PortCapability.of(Capability.TRANSIT_240H_EXIT, DateRange.from(LocalDate.MAX), "b", Confidence.H),
            PortCapability.of(Capability.TRANSIT_240H_ENTRY, DateRange.of(LocalDate.of(-1, 12, 31), zero), "c",
                Confidence.H)))
        .build();
    assertTrue(p.has(Capability.OPEN_PORT, LocalDate.MIN));
    assertTrue(p.has(Capability.OPEN_PORT, LocalDate.of(-1, 12, 31)));
    assertFalse(p.has(Capability.OPEN_PORT, zero));
    assertTrue(p.has(Capability.TRANSIT_240H_EXIT, LocalDate.MAX));
    assertFalse(p.has(Capability.TRANSIT_240H_EXIT, LocalDate.MAX.minusDays(1)));
    assertFalse(p.has(Capability.TRANSIT_240H_ENTRY, LocalDate.of(-1, 12, 30)));
    assertTrue(p.has(Capability.TRANSIT_240H_ENTRY, LocalDate.of(-1, 12, 31)));
    assertTrue(p.has(Capability.TRANSIT_240H_ENTRY, zero));
    assertFalse(p.has(Capability.TRANSIT_240H_ENTRY, zero.plusDays(1)));
  }

  @Test
  void portHasCapabilityInAnyOfItsRanges() {
    // Two ranges of one capability with a gap, among others: what has() answers from its grouping is
    // what a scan of every capability answers.
    LocalDate start = LocalDate.of(2024, 1, 1);
    Port p = pvg().capabilities(List.of(
            PortCapability.of(Capability.TRANSIT_240H_EXIT, DateRange.of(start, start.plusDays(9)), "a", Confidence.H),
            PortCapability.of(Capability.OPEN_PORT, DateRange.always(), "b", Confidence.H),
            PortCapability.of(Capability.TRANSIT_240H_EXIT, DateRange.from(start.plusDays(20)), "c", Confidence.H)))
        .build();
    for (int d = -5; d < 40; d++) {
      LocalDate day = start.plusDays(d);
      for (Capability c : Capability.values()) {
        boolean scanned = false;
        for (PortCapability pc : p.capabilities()) {
          scanned |= pc.capability() == c && pc.validity().contains(day);
        }
        assertEquals(scanned, p.has(c, day), c + " on " + day);
      }
    }
    assertTrue(p.has(Capability.TRANSIT_240H_EXIT, start.plusDays(9)));
    assertFalse(p.has(Capability.TRANSIT_240H_EXIT, start.plusDays(10)));
    assertTrue(p.has(Capability.TRANSIT_240H_EXIT, start.plusDays(20)));
  }

  @Test
  void portOptionalsMayBeAbsent() {
    Port p =
        Port.builder()
            .id("SHA-SEA")
            .kind(PortKind.SEA)
            .nameZh("上海港")
            .nameEn("Port of Shanghai")
            .province(PlaceCode.of("310000"))
            .source("annex 2")
            .confidence(Confidence.M)
            .build();
    assertEquals(Optional.empty(), p.iata());
    assertEquals(Optional.empty(), p.prefecture());
    assertEquals(OptionalInt.empty(), p.annex2Row());
    assertTrue(p.capabilities().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pvg", "PV", "PVGX", "P1G"})
  void portRejectsMalformedIata(String iata) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pvg().iata(iata).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("port iata: \"" + iata + "\""), e.getMessage());
  }

  @Test
  void portRejectsPrefectureOutsideProvinceAndBlankId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pvg().prefecture(PlaceCode.of("320500")).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("port prefecture: 320500"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> pvg().id(" ").build());
    assertEquals("port id: must not be blank", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> pvg().province(PlaceCode.of("310100")).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("port province: 310100"), e.getMessage());
  }

  @Test
  void portMissingAttributeNamesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Port.builder().id("X").build());
    assertTrue(String.valueOf(e.getMessage()).contains("kind") && String.valueOf(e.getMessage()).contains("nameZh"), e.getMessage());
  }

  static Province.Builder beijing() {
    return Province.builder()
        .code(PlaceCode.of("110000"))
        .iso("CN-BJ")
        .kind(ProvinceKind.MUNICIPALITY)
        .nameZh("北京市")
        .shortZh("京")
        .nameEn("Beijing");
  }

  @Test
  void province() {
    Province p = beijing().build();
    assertEquals("北京市", p.name(Locale.CHINESE));
    assertEquals("Beijing", p.name(Locale.FRENCH));
    assertEquals("CN-BJ", p.iso());
    assertEquals(ProvinceKind.MUNICIPALITY, p.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CN-bj", "CNBJ", "CN-BJX", "US-BJ", "CN-B1", ""})
  void provinceRejectsMalformedIso(String iso) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> beijing().iso(iso).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("province iso: \"" + iso + "\""), e.getMessage());
  }

  @Test
  void provinceRejectsNonProvinceCode() {
    assertThrows(IllegalArgumentException.class, () -> beijing().code(PlaceCode.of("110100")).build());
  }

  @Test
  void place() {
    Place suzhou = Place.of(PlaceCode.of("320500"), PlaceCode.of("320000"), "苏州市", "Suzhou");
    assertEquals(PlaceLevel.PREFECTURE, suzhou.level());
    assertEquals(Optional.of(PlaceCode.of("320000")), suzhou.parent());
    assertEquals("Suzhou", suzhou.name(Locale.ENGLISH));
    assertEquals("苏州市", suzhou.name(Locale.CHINA));
    Place wuzhong = Place.of(PlaceCode.of("320506"), PlaceCode.of("320500"), "吴中区", null);
    assertEquals("吴中区", wuzhong.name(Locale.ENGLISH));
    assertEquals(Optional.empty(), wuzhong.nameEn());
    Place jiangsu = Place.builder().code(PlaceCode.of("320000")).nameZh("江苏省").build();
    assertEquals(Optional.empty(), jiangsu.parent());
    assertEquals(PlaceLevel.PROVINCE, jiangsu.level());
  }

  @Test
  void placeRejectsParentThatDoesNotContainIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Place.of(PlaceCode.of("320506"), PlaceCode.of("320600"), "吴中区", null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Place.of(PlaceCode.of("320000"), PlaceCode.of("320500"), "江苏省", null));
    assertEquals("place parent: 320500 does not contain 320000", e.getMessage());
  }

  @Test
  void policyVersionsOrderByEffectiveDate() {
    PolicyVersion v3 = EvaluationTest.version();
    PolicyVersion v1 =
        PolicyVersion.builder()
            .from(v3)
            .effective(V1)
            .summary("54 countries, 60 ports")
            .countries(54)
            .ports(60)
            .build();
    PolicyVersion v2 = PolicyVersion.builder().from(v1).effective(LocalDate.of(2025, 6, 12)).summary("Indonesia").build();
    List<PolicyVersion> versions = new ArrayList<>(List.of(v3, v1, v2));
    Collections.sort(versions);
    assertEquals(List.of(v1, v2, v3), versions);
    assertThrows(IllegalArgumentException.class, () -> PolicyVersion.builder().from(v1).ports(-1).build());
  }

  @Test
  void visaExemption() {
    VisaExemption e =
        VisaExemption.builder()
            .country(CountryCode.of("FR"))
            .kind(ExemptionKind.UNILATERAL)
            .validity(DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2026, 12, 31)))
            .stayDays(30)
            .source("FACTS.md")
            .confidence(Confidence.H)
            .build();
    assertEquals(OptionalInt.of(30), e.stayDays());
    assertEquals(OptionalInt.empty(), e.maxDaysIn180());
    assertFalse(e.termsVerified());
    assertThrows(
        IllegalArgumentException.class, () -> VisaExemption.builder().from(e).stayDays(0).build());
  }

  @Test
  void aVisaExemptionIsNotLongStandingUnlessSet() {
    VisaExemption e =
        VisaExemption.builder()
            .country(CountryCode.of("SM"))
            .kind(ExemptionKind.MUTUAL)
            .validity(DateRange.from(LocalDate.of(2014, 1, 28)))
            .stayDays(30)
            .source("PEOPLE-2014-01-30")
            .confidence(Confidence.M)
            .build();
    assertFalse(e.longStanding());
    VisaExemption longStanding = VisaExemption.builder().from(e).longStanding(true).build();
    assertTrue(longStanding.longStanding());
    assertEquals(Optional.of(LocalDate.of(2014, 1, 28)), longStanding.validity().from());
  }

  @Test
  void aLongStandingVisaExemptionNeedsTheEarliestSourcedDay() {
    VisaExemption.Builder b =
        VisaExemption.builder()
            .country(CountryCode.of("SM"))
            .kind(ExemptionKind.MUTUAL)
            .validity(DateRange.always())
            .longStanding(true)
            .source("PEOPLE-2014-01-30")
            .confidence(Confidence.M);
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(String.valueOf(x.getMessage()).contains("longStanding"), x::getMessage);
  }

  @Test
  void unilateralTermsUseEnumOrder() {
    UnilateralTerms t =
        UnilateralTerms.builder()
            .validity(DateRange.from(LocalDate.of(2024, 11, 30)))
            .stayDays(30)
            .addPurposes(Purpose.TRANSIT, Purpose.TOURISM, Purpose.BUSINESS, Purpose.TOURISM)
            .source("FACTS.md")
            .confidence(Confidence.H)
            .build();
    assertEquals("[TOURISM, BUSINESS, TRANSIT]", t.purposes().toString());
    assertTrue(t.purposes().contains(Purpose.BUSINESS));
    assertThrows(UnsupportedOperationException.class, () -> t.purposes().add(Purpose.WORK));
  }

  @Test
  void countryEligibility() {
    CountryEligibility c =
        CountryEligibility.of(CountryCode.of("ID"), DateRange.from(LocalDate.of(2025, 6, 12)), "FACTS.md", Confidence.H);
    assertEquals(OptionalInt.empty(), c.annex1Row());
    CountryEligibility withRow = CountryEligibility.builder().from(c).annex1Row(55).build();
    assertEquals(OptionalInt.of(55), withRow.annex1Row());
    assertThrows(IllegalArgumentException.class, () -> CountryEligibility.builder().from(c).annex1Row(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CountryEligibility.of(CountryCode.of("ID"), DateRange.always(), " ", Confidence.H));
  }
}
