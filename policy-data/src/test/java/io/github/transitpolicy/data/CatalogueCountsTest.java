package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counts the announcement (NIA No. 4 of 2025) and FACTS.md state, as the bundled catalogue answers them. */
class CatalogueCountsTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void bundledIsOneSharedInstance() {
    assertSame(CATALOGUE, Catalogue.bundled());
  }

  @ParameterizedTest(name = "{0}: {1} entry ports")
  @CsvSource({
    "2024-12-16, 0",
    "2024-12-17, 60",
    "2025-06-12, 60",
    "2025-11-04, 60",
    "2025-11-05, 65",
    "2026-08-20, 65",
  })
  void entryPortsOnADay(String day, int expected) {
    assertEquals(expected, CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, d(day)).size());
  }

  @Test
  void theFiveGuangdongPortsAddedOn20251105AreTheNewEntryPorts() {
    Set<String> before = ids(CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, d("2025-11-04")));
    Set<String> after = ids(CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, d("2025-11-05")));
    after.removeAll(before);
    assertEquals(
        new TreeSet<>(Set.of("SEA-GUANGZHOU-PAZHOU", "SEA-ZHONGSHAN", "ROAD-HENGQIN", "ROAD-HZMB-ZHUHAI",
            "RAIL-WEST-KOWLOON")),
        after);
  }

  @Test
  void entryPortsAreExactlyTheAnnex2PortsInAnnexOrder() {
    List<Port> entry = CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, d("2025-11-05"));
    for (int i = 0; i < entry.size(); i++) {
      assertEquals(i + 1, entry.get(i).annex2Row().getAsInt(), entry.get(i).id());
    }
  }

  @ParameterizedTest(name = "{0}: {1} provinces in the permitted area")
  @CsvSource({"2024-12-17, 24", "2025-11-05, 24", "2026-08-20, 24", "2030-01-01, 24"})
  void provincesInThePermittedArea(String day, int expected) {
    PermittedArea area = CATALOGUE.permittedArea(d(day));
    Set<String> provinces = new TreeSet<>();
    area.wholeProvinces().forEach(p -> provinces.add(p.value()));
    area.prefectures().forEach(p -> provinces.add(p.province().value()));
    assertEquals(expected, provinces.size());
    assertEquals(18, area.wholeProvinces().size());
    assertEquals(37, area.prefectures().size());
  }

  @Test
  void noPermittedAreaTheDayBeforeThePolicy() {
    assertTrue(CATALOGUE.permittedArea(d("2024-12-16")).isEmpty());
    assertFalse(CATALOGUE.permittedArea(d("2024-12-16")).contains(PlaceCode.of("110000")));
  }

  @ParameterizedTest(name = "{0}: {1} eligible countries")
  @CsvSource({
    "2024-12-16, 0",
    "2024-12-17, 54",
    "2025-06-11, 54",
    "2025-06-12, 55",
    "2025-11-05, 55",
    "2026-08-19, 55",
    "2026-08-20, 57",
    "2030-01-01, 57",
  })
  void eligibleCountriesOnADay(String day, int expected) {
    assertEquals(expected, CATALOGUE.transitCountries(d(day)).size());
  }

  @Test
  void policyVersionsAreTheFourDatedVersionsWithTheirCounts() {
    List<PolicyVersion> versions = CATALOGUE.policyVersions();
    assertEquals(
        List.of("2024-12-17 54/60/24", "2025-06-12 55/60/24", "2025-11-05 55/65/24", "2026-08-20 57/65/24"),
        versions.stream()
            .map(v -> v.effective() + " " + v.countries() + "/" + v.ports() + "/" + v.provinces())
            .collect(Collectors.toList()));
    assertEquals(Confidence.M, versions.get(3).confidence());
    assertEquals(Confidence.H, versions.get(0).confidence());
    assertTrue(versions.get(2).source().contains("NIA-2025-4#item6"), versions.get(2).source());
  }

  @ParameterizedTest(name = "{0}: version {1}")
  @CsvSource({
    "2024-12-17, 2024-12-17",
    "2025-06-11, 2024-12-17",
    "2025-06-12, 2025-06-12",
    "2025-11-04, 2025-06-12",
    "2025-11-05, 2025-11-05",
    "2026-08-19, 2025-11-05",
    "2026-08-20, 2026-08-20",
    "2099-12-31, 2026-08-20",
  })
  void policyVersionInForce(String day, String effective) {
    assertEquals(d(effective), CATALOGUE.policyVersionOn(d(day)).orElseThrow().effective());
  }

  @Test
  void noPolicyVersionBefore20241217() {
    assertTrue(CATALOGUE.policyVersionOn(d("2024-12-16")).isEmpty());
  }

  @Test
  void versionCountsAgreeWithTheCatalogueOnEachEffectiveDay() {
    for (PolicyVersion v : CATALOGUE.policyVersions()) {
      assertEquals(v.countries(), CATALOGUE.transitCountries(v.effective()).size(), v.effective().toString());
      assertEquals(v.ports(), CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, v.effective()).size(),
          v.effective().toString());
    }
  }

  @Test
  void dataVersionIsTheNewestEffectiveDate() {
    assertEquals("2026-08-20", CATALOGUE.dataVersion());
  }

  @ParameterizedTest(name = "{0}: {1} Taiwan permit ports")
  @CsvSource({"2025-11-19, 58", "2025-11-20, 100", "2026-01-01, 100"})
  void taiwanPermitPorts(String day, int expected) {
    assertEquals(expected, CATALOGUE.ports(Capability.TAIWAN_PERMIT, d(day)).size());
  }

  @ParameterizedTest(name = "{0}: {1} airports without border inspection for 24-hour transit")
  @CsvSource({"2024-01-10, 0", "2024-01-11, 9", "2025-11-04, 9", "2025-11-05, 19"})
  void inspectionFreeAirports(String day, int expected) {
    assertEquals(expected, CATALOGUE.ports(Capability.INSPECTION_FREE_24H, d(day)).size());
  }

  @Test
  void theNineAndTheTenInspectionFreeAirports() {
    assertEquals(new TreeSet<>(Set.of("PEK", "PKX", "PVG", "HGH", "XMN", "CAN", "SZX", "TFU", "XIY")),
        ids(CATALOGUE.ports(Capability.INSPECTION_FREE_24H, d("2024-01-11"))));
    Set<String> added = ids(CATALOGUE.ports(Capability.INSPECTION_FREE_24H, d("2025-11-05")));
    added.removeAll(ids(CATALOGUE.ports(Capability.INSPECTION_FREE_24H, d("2025-11-04"))));
    assertEquals(new TreeSet<>(Set.of("TSN", "DLC", "NKG", "FOC", "TAO", "WUH", "NNG", "HAK", "CKG", "KMG")), added);
  }

  @ParameterizedTest(name = "{0}: {1} smart clearance ports")
  @CsvSource({"2025-11-04, 2", "2025-11-05, 14"})
  void smartClearancePorts(String day, int expected) {
    assertEquals(expected, CATALOGUE.ports(Capability.SMART_CLEARANCE, d(day)).size());
  }

  @Test
  void portAndProvinceTotals() {
    // 115 named by the announcement, and Hainan's Boao airport and Yangpu port.
    assertEquals(118, CATALOGUE.ports().size());
    assertEquals(118, CATALOGUE.ports(Capability.OPEN_PORT, d("2025-12-01")).size());
    assertEquals(74, CATALOGUE.ports(Capability.TRANSIT_240H_EXIT, d("2025-12-01")).size());
    assertEquals(31, CATALOGUE.provinces().size());
  }

  private static Set<String> ids(List<Port> ports) {
    return ports.stream().map(Port::id).collect(Collectors.toCollection(TreeSet::new));
  }
}
