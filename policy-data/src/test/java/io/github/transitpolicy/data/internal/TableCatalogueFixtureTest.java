package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.ExportFormat;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.VisaCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TableCatalogue read from the fixture tables (src/test/resources/fixtures/valid), not the bundled ones. */
class TableCatalogueFixtureTest {

  /** The fixture tables as one chunk each, the way the compiler emits a short table. */
  static final TableCatalogue.TableSource ONE_CHUNK = table -> new String[] {String.join("", tsv(table))};

  /** The fixture tables one line per chunk: chunk boundaries must not matter. */
  static final TableCatalogue.TableSource LINE_CHUNKS = table -> tsv(table).toArray(new String[0]);

  /**
   * Read afresh for each test (JUnit makes an instance per test), not once per JVM: the lazily built
   * indexes are then built by the code under test each time, which a mutation run relies on.
   */
  private final TableCatalogue catalogue = new TableCatalogue(ONE_CHUNK);

  /** The data lines of a fixture table, each ending in a line break, header first, comments dropped. */
  static List<String> tsv(String table) {
    try {
      Path file = Path.of(TableCatalogueFixtureTest.class.getResource("/fixtures/valid/" + table + ".tsv").toURI());
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line + "\n");
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void versions() {
    assertEquals("2025-11-05", catalogue.dataVersion());
    assertEquals(d("2025-11-10"), catalogue.asOf());
    assertEquals(List.of(d("2024-12-17"), d("2025-06-12"), d("2025-11-05")),
        catalogue.policyVersions().stream().map(v -> v.effective()).collect(Collectors.toList()));
    assertEquals(d("2024-12-17"), catalogue.policyVersionOn(d("2025-06-11")).orElseThrow().effective());
    assertEquals(3, catalogue.policyVersionOn(d("2030-01-01")).orElseThrow().ports());
    assertEquals(Optional.empty(), catalogue.policyVersionOn(d("2024-12-16")));
    assertEquals("First version, \"240 hours\"", catalogue.policyVersions().get(0).summary());
    assertEquals(Confidence.H, catalogue.policyVersions().get(0).confidence(), "empty confidence means H");
  }

  @Test
  void chunkBoundariesDoNotMatter() {
    TableCatalogue lines = new TableCatalogue(LINE_CHUNKS);
    assertEquals(catalogue.ports().size(), lines.ports().size());
    for (int i = 0; i < catalogue.ports().size(); i++) {
      assertEquals(catalogue.ports().get(i), lines.ports().get(i));
    }
    assertEquals(catalogue.permittedArea(d("2025-12-01")), lines.permittedArea(d("2025-12-01")));
    assertEquals(catalogue.transitEligibility(), lines.transitEligibility());
    assertEquals(catalogue.place(PlaceCode.of("320506")), lines.place(PlaceCode.of("320506")));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource({
    "PEK, PEK", "zbaa, PEK", "首都机场, PEK", "北京首都国际机场口岸, PEK", "beijing capital international airport, PEK",
    "白云机场, CAN", "罗湖口岸, ROAD-LUOHU", "深圳罗湖, ROAD-LUOHU", "cntag, SEA-SUZHOU", "太仓港, SEA-SUZHOU",
  })
  void portAliases(String alias, String id) {
    assertEquals(id, catalogue.port(alias).map(Port::id).orElse("<none>"));
  }

  @Test
  void unknownPortInTheFixture() {
    assertEquals(Optional.empty(), catalogue.port("PVG"), "the fixture has no Pudong");
  }

  @Test
  void portsByCapabilityAndDay() {
    assertEquals(List.of("PEK", "NKG"), ids(catalogue.ports(Capability.TRANSIT_240H_ENTRY, d("2025-11-04"))));
    assertEquals(List.of("PEK", "NKG", "CAN"), ids(catalogue.ports(Capability.TRANSIT_240H_ENTRY, d("2025-11-05"))));
    assertEquals(List.of("PEK"), ids(catalogue.ports(Capability.TRANSIT_240H_EXIT, d("2025-11-04"))));
    assertEquals(List.of("PEK", "CAN", "ROAD-LUOHU"), ids(catalogue.ports(Capability.TRANSIT_240H_EXIT, d("2025-11-05"))));
    assertEquals(List.of("SEA-SUZHOU"), ids(catalogue.ports(Capability.SMART_CLEARANCE, d("2025-12-31"))));
    assertEquals(List.of(), ids(catalogue.ports(Capability.SMART_CLEARANCE, d("2026-01-01"))), "until is inclusive");
    Port luohu = catalogue.port("ROAD-LUOHU").orElseThrow();
    assertEquals(OptionalInt.empty(), luohu.annex2Row());
    assertEquals(Optional.of(PlaceCode.of("440300")), luohu.prefecture());
    assertEquals(List.of("罗湖口岸", "深圳罗湖"), luohu.aliases());
    Port suzhou = catalogue.port("SEA-SUZHOU").orElseThrow();
    assertEquals("Suzhou Port, \"Taicang\"", suzhou.nameEn());
    assertEquals(Confidence.L, suzhou.confidence());
    assertEquals(Optional.of("CNTAG"), suzhou.unlocode());
    assertEquals(Optional.empty(), suzhou.iata());
  }

  @Test
  void permittedAreaByDay() {
    PermittedArea before = catalogue.permittedArea(d("2025-11-04"));
    assertTrue(before.contains(PlaceCode.of("320506")));
    assertTrue(before.contains(PlaceCode.of("110105")));
    assertFalse(before.contains(PlaceCode.of("320300")), "Xuzhou is not listed");
    assertFalse(before.contains(PlaceCode.of("440100")), "Guangdong only from 2025-11-05");
    PermittedArea after = catalogue.permittedArea(d("2025-11-05"));
    assertTrue(after.contains(PlaceCode.of("440100")));
    assertEquals(2, after.wholeProvinces().size());
    assertEquals(2, after.prefectures().size());
    assertTrue(catalogue.permittedArea(d("2024-12-16")).isEmpty());
  }

  @Test
  void places() {
    assertEquals("吴中区", catalogue.place(PlaceCode.of("320506")).orElseThrow().nameZh());
    assertEquals(PlaceCode.of("320500"), catalogue.prefectureOf(PlaceCode.of("320506")).orElseThrow().code());
    assertEquals(Optional.empty(), catalogue.place(PlaceCode.of("320599")));
    assertTrue(catalogue.knows(PlaceCode.of("110000")));
    assertFalse(catalogue.knows(PlaceCode.of("650000")), "the fixture has no Xinjiang");
    assertFalse(catalogue.knows(PlaceCode.of("511300")));
    assertEquals("Guangdong", catalogue.province(PlaceCode.of("440300")).orElseThrow().nameEn());
    assertEquals(Optional.empty(), catalogue.province(PlaceCode.of("510000")));
    assertEquals(3, catalogue.provinces().size());
  }

  @Test
  void placesProvincesVisasAndTheLaterRegimesTablesAreReadOnFirstUseAndOnlyOnce() {
    List<String> asked = new ArrayList<>();
    TableCatalogue c = new TableCatalogue(table -> {
      asked.add(table);
      return ONE_CHUNK.chunks(table);
    });
    assertEquals(new java.util.TreeSet<>(List.of("policy_versions", "ports", "port_capabilities",
        "transit_240h_countries", "visa_exemptions", "unilateral_terms", "permitted_areas", "regime_terms",
        "regime_purposes", "arrival_card_rules", "catalogue")),
        new java.util.TreeSet<>(asked));
    assertTrue(c.knows(PlaceCode.of("320506")));
    assertTrue(c.place(PlaceCode.of("320500")).isPresent());
    assertTrue(c.knows(PlaceCode.of("320000")));
    assertEquals(3, c.provinces().size());
    assertTrue(c.province(PlaceCode.of("440300")).isPresent());
    assertEquals(VisaCategory.L, c.visaSuggestion(Purpose.TOURISM, 10).visa());
    c.visaSuggestion(Purpose.BUSINESS, 10);
    // The tables only the Hainan, group and history regimes read, which most first trips never try.
    io.github.transitpolicy.model.Regime history = io.github.transitpolicy.model.Regime.TRANSIT_144H;
    for (int twice = 0; twice < 2; twice++) {
      assertEquals(1, c.transitZones().size());
      assertEquals(1, c.transitZonePorts().size());
      assertTrue(c.transitZoneListComplete(history, d("2023-01-08")));
      assertEquals(catalogue.groupAreas(io.github.transitpolicy.model.Regime.CRUISE_GROUP_15D),
          c.groupAreas(io.github.transitpolicy.model.Regime.CRUISE_GROUP_15D));
      assertEquals(catalogue.eligibility(history), c.eligibility(history));
      assertEquals(catalogue.ruleBasis(history, FindingCode.POLICY_IN_FORCE), c.ruleBasis(history,
          FindingCode.POLICY_IN_FORCE));
    }
    for (String lazy : List.of("places", "provinces", "purpose_visas", "regime_countries", "transit_history_zones",
        "transit_history_ports", "transit_history_lists", "group_areas", "rule_bases")) {
      assertEquals(1, asked.stream().filter(lazy::equals).count(), lazy);
    }
  }

  @Test
  void theHistoryZonesTheirPortsAndCompleteListDays() {
    assertEquals(1, catalogue.transitZones().size());
    assertEquals("BTH-144", catalogue.transitZones().get(0).zone());
    assertEquals(144, catalogue.transitZones().get(0).hours());
    assertEquals(1, catalogue.transitZonePorts().size());
    assertEquals("PEK", catalogue.transitZonePorts().get(0).port());
    assertTrue(catalogue.transitZoneListComplete(io.github.transitpolicy.model.Regime.TRANSIT_144H, d("2023-01-08")));
    assertTrue(!catalogue.transitZoneListComplete(io.github.transitpolicy.model.Regime.TRANSIT_144H, d("2023-01-07")));
    assertTrue(!catalogue.transitZoneListComplete(io.github.transitpolicy.model.Regime.TRANSIT_72H, d("2023-01-08")));
  }

  @Test
  void countriesAndExemptions() {
    assertEquals(List.of("DE", "FR"), catalogue.transitCountries(d("2025-06-11")).stream().map(CountryCode::code)
        .collect(Collectors.toList()));
    assertEquals(List.of("DE", "FR", "US"), catalogue.transitCountries(d("2025-06-12")).stream().map(CountryCode::code)
        .collect(Collectors.toList()));
    assertEquals(OptionalInt.of(3),
        catalogue.transitEligibility(CountryCode.of("US"), d("2025-06-12")).orElseThrow().annex1Row());
    assertFalse(catalogue.visaExemptions(CountryCode.of("US")).get(0).termsVerified());
    assertTrue(catalogue.visaExemptions(CountryCode.of("US")).get(0).longStanding());
    assertFalse(catalogue.visaExemptions(CountryCode.of("SG")).get(0).longStanding());
    assertEquals(OptionalInt.of(30), catalogue.visaExemptions(CountryCode.of("SG")).get(0).stayDays());
    assertEquals(DateRange.of(d("2023-12-01"), d("2026-12-31")),
        catalogue.visaExemptions(CountryCode.of("FR")).get(0).validity());
    assertEquals(15, catalogue.unilateralTermsOn(d("2024-11-29")).orElseThrow().stayDays());
  }

  @Test
  void termsPurposesVisasCardsBases() {
    assertEquals(OptionalInt.of(240),
        catalogue.regimeTerms(Regime.TRANSIT_240H, d("2025-01-01")).orElseThrow().maxStayHours());
    assertEquals(Optional.empty(), catalogue.regimeTerms(Regime.TRANSIT_240H, d("2024-12-16")));
    assertFalse(catalogue.purposeRule(PurposeScope.TRANSIT_240H, Purpose.WORK).orElseThrow().permitted());
    assertEquals(Optional.empty(), catalogue.purposeRule(PurposeScope.MUTUAL_VISA_EXEMPTION, Purpose.WORK),
        "the fixture says nothing about mutual agreements");
    assertEquals(VisaCategory.X1, catalogue.visaSuggestion(Purpose.STUDY, 181).visa());
    assertEquals(VisaCategory.X2, catalogue.visaSuggestion(Purpose.STUDY, 180).visa());
    assertTrue(catalogue.arrivalCardRule(ArrivalCardCase.FOREIGNER_ENTERING, d("2025-11-19")).orElseThrow().required());
    assertEquals(Optional.empty(), catalogue.arrivalCardRule(ArrivalCardCase.DIRECT_TRANSIT_IN_PORT, d("2025-11-19")));
    assertEquals(Optional.empty(), catalogue.ruleBasis(Regime.TRANSIT_240H, FindingCode.DOCUMENT_VALIDITY));
    assertEquals("FACTS#5", catalogue.ruleBasis(Regime.DIRECT_TRANSIT_24H, FindingCode.STAYS_IN_PORT).orElseThrow().source());
  }

  @Test
  void bundledIsASingleton() {
    assertSame(TableCatalogue.bundled(), TableCatalogue.bundled());
    assertEquals("Catalogue[data version 2026-08-20, 118 ports]", TableCatalogue.bundled().toString());
    assertEquals("Catalogue[data version 2025-11-05, 5 ports]", catalogue.toString());
  }

  @Test
  void permittedAreaSwitchesOnTheDayARangeStartsAndTheDayAfterItEnds() {
    String areas = String.join("\n",
        "province\tplace\tname_zh\tannex2_row\tfrom\tuntil\tsource\tconfidence",
        "320000\t320100\t南京市\t2\t2025-01-01\t2025-01-31\tFACTS#3\t",
        "320000\t320500\t苏州市\t2\t2025-01-15\t\tFACTS#3\tM",
        "440000\t\t广东省\t3\t2025-03-01\t\tFACTS#3\t") + "\n";
    TableCatalogue c = new TableCatalogue(
        table -> table.equals("permitted_areas") ? new String[] {areas} : ONE_CHUNK.chunks(table));
    PlaceCode nanjing = PlaceCode.of("320100");
    PlaceCode suzhou = PlaceCode.of("320506");
    PlaceCode guangzhou = PlaceCode.of("440100");
    assertTrue(c.permittedArea(d("2024-12-31")).isEmpty());
    assertEquals(List.of(true, false, false), contains(c.permittedArea(d("2025-01-01")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(true, false, false), contains(c.permittedArea(d("2025-01-14")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(true, true, false), contains(c.permittedArea(d("2025-01-15")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(true, true, false), contains(c.permittedArea(d("2025-01-31")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, true, false), contains(c.permittedArea(d("2025-02-01")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, true, false), contains(c.permittedArea(d("2025-02-28")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, true, true), contains(c.permittedArea(d("2025-03-01")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, true, true), contains(c.permittedArea(d("2099-12-31")), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, false, false), contains(c.permittedArea(LocalDate.MIN), nanjing, suzhou, guangzhou));
    assertEquals(List.of(false, true, true), contains(c.permittedArea(LocalDate.MAX), nanjing, suzhou, guangzhou));
  }

  private static List<Boolean> contains(PermittedArea area, PlaceCode... codes) {
    List<Boolean> out = new ArrayList<>();
    for (PlaceCode code : codes) {
      out.add(area.contains(code));
    }
    return out;
  }

  /**
   * Regression (was a bug in TableCatalogue.java, tableNames/export): a catalogue read from a TableSource exports the bundled
   * tables (BundledTables.NAMES and the /io/github/transitpolicy/data/export resources), not its own.
   */
  @Test
  void exportsItsOwnTables() {
    String csv = catalogue.export("ports", ExportFormat.CSV);
    assertEquals(1 + 5, csv.split("\r\n").length, "the fixture has 5 ports");
  }

  private static String describe(LocalDate day) {
    String state;
    if (day.isBefore(d("2025-01-01"))) {
      state = "none";
    } else if (day.isAfter(d("2025-01-31")) && day.isBefore(d("2025-03-01"))) {
      state = "gap";
    } else {
      state = "on";
    }
    return state + "@" + day;
  }

  private static List<String> ids(List<Port> ports) {
    return ports.stream().map(Port::id).collect(Collectors.toList());
  }
}
