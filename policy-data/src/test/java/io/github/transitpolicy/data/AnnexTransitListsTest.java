package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Annex 1 (the nationality list) and annex 2 (the airports) as FACTS.md sections 1 and 2 state them. */
class AnnexTransitListsTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  /** FACTS.md section 2: the 47 annex 2 airports, in annex order. */
  private static final List<String> ANNEX2_AIRPORTS = List.of(
      "PEK", "PKX", "TSN", "SJW", "SHE", "DLC", "SHA", "PVG", "NKG", "WUX", "YTY", "HGH", "NGB", "WNZ", "YIW",
      "HFE", "TXN", "FOC", "XMN", "JJN", "WUS", "TNA", "TAO", "YNT", "WEH", "CGO", "WUH", "CSX", "DYG", "CAN",
      "SZX", "SWA", "HAK", "SYX", "CKG", "KWE", "XIY", "TYN", "HRB", "KHN", "NNG", "KWL", "BHY", "CTU", "TFU",
      "KMG", "LJG");

  /** FACTS.md section 1, in annex 1 order: Europe (40), Americas (6), Oceania (2), Asia (6 + ID). */
  private static final List<String> ANNEX1 = List.of(
      "AT", "BE", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
      "PT", "SK", "SI", "ES", "SE", "CH", "MC", "RU", "GB", "IE", "CY", "BG", "RO", "UA", "RS", "HR", "BA", "ME",
      "MK", "AL", "BY", "NO", "US", "CA", "BR", "MX", "AR", "CL", "AU", "NZ", "KR", "JP", "SG", "BN", "AE", "QA",
      "ID");

  static Stream<Arguments> eligibleCountries() {
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < ANNEX1.size(); i++) {
      String iso = ANNEX1.get(i);
      out.add(Arguments.of(iso, iso.equals("ID") ? "2025-06-12" : "2024-12-17", i + 1));
    }
    out.add(Arguments.of("KG", "2026-08-20", 0));
    out.add(Arguments.of("VN", "2026-08-20", 0));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} eligible from {1} (annex 1 row {2})")
  @MethodSource("eligibleCountries")
  void countryEligibleFromItsDateAndNotTheDayBefore(String iso, String from, int annexRow) {
    CountryCode country = CountryCode.of(iso);
    LocalDate first = LocalDate.parse(from);
    CountryEligibility e = CATALOGUE.transitEligibility(country, first).orElseThrow();
    assertEquals(country, e.country());
    assertEquals(first, e.validity().from().orElseThrow());
    assertTrue(e.validity().until().isEmpty(), iso + " has an end date");
    assertEquals(annexRow == 0 ? OptionalInt.empty() : OptionalInt.of(annexRow), e.annex1Row());
    assertTrue(CATALOGUE.transitCountries(first).contains(country));
    assertTrue(CATALOGUE.transitEligibility(country, first.minusDays(1)).isEmpty(), iso + " the day before");
    assertTrue(!CATALOGUE.transitCountries(first.minusDays(1)).contains(country));
  }

  @Test
  void theListHas57EntriesOneForEachCountry() {
    List<String> listed = CATALOGUE.transitEligibility().stream()
        .map(e -> e.country().code())
        .collect(Collectors.toList());
    List<String> expected = new ArrayList<>(ANNEX1);
    expected.add("KG");
    expected.add("VN");
    assertEquals(expected, listed);
  }

  @ParameterizedTest(name = "{0} is not eligible on {1}")
  @CsvSource({
    "IN, 2025-12-01",
    "CN, 2025-12-01",
    "TR, 2025-12-01",
    "ZA, 2025-12-01",
    "HK, 2025-12-01",
    "MO, 2025-12-01",
    "TW, 2025-12-01",
    "VN, 2026-08-19",
    "KG, 2025-12-01",
    "ID, 2025-06-11",
    "MY, 2026-09-01",
    "TH, 2026-09-01",
  })
  void notOnTheList(String iso, String day) {
    CountryCode country = CountryCode.of(iso);
    LocalDate date = LocalDate.parse(day);
    assertTrue(CATALOGUE.transitEligibility(country, date).isEmpty());
    assertTrue(!CATALOGUE.transitCountries(date).contains(country));
  }

  @Test
  void annex2AirportsAreExactlyTheAirPortsWithAnAnnex2RowInAnnexOrder() {
    List<String> airports = CATALOGUE.ports().stream()
        .filter(p -> p.kind() == PortKind.AIR && p.annex2Row().isPresent())
        .map(Port::id)
        .collect(Collectors.toList());
    assertEquals(ANNEX2_AIRPORTS, airports);
    assertEquals(47, airports.size());
  }

  @Test
  void annex2HasEighteenOtherPorts() {
    List<Port> others = CATALOGUE.ports().stream()
        .filter(p -> p.kind() != PortKind.AIR && p.annex2Row().isPresent())
        .collect(Collectors.toList());
    assertEquals(18, others.size());
    assertEquals(List.of("RAIL-WEST-KOWLOON", "RAIL-MOHAN"), others.stream()
        .filter(p -> p.kind() == PortKind.RAIL).map(Port::id).collect(Collectors.toList()));
    assertEquals(List.of("ROAD-HENGQIN", "ROAD-HZMB-ZHUHAI"), others.stream()
        .filter(p -> p.kind() == PortKind.ROAD).map(Port::id).collect(Collectors.toList()));
    assertEquals(14, others.stream().filter(p -> p.kind() == PortKind.SEA).count());
  }

  @Test
  void portsListAnnex2PortsFirstInRowOrder() {
    List<Port> ports = CATALOGUE.ports();
    for (int i = 0; i < 65; i++) {
      assertEquals(OptionalInt.of(i + 1), ports.get(i).annex2Row(), ports.get(i).id());
    }
    for (int i = 65; i < ports.size(); i++) {
      assertTrue(ports.get(i).annex2Row().isEmpty(), ports.get(i).id());
    }
  }
}
