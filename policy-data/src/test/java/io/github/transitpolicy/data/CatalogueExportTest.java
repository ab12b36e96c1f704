package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every table exported as CSV and JSON, with the columns tables/README.md documents. */
class CatalogueExportTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  /** Table name to its header columns (tables/README.md) and its row count. */
  private static final Map<String, Object[]> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("sources", new Object[] {"id,title,published,location", 56});
    TABLES.put("countries", new Object[] {"iso2,iso3,kind,name_en,name_zh,source", 91});
    TABLES.put("annex1_countries", new Object[] {"row,continent_zh,name_zh,source", 55});
    TABLES.put("transit_240h_countries", new Object[] {"iso2,from,until,annex1_row,source,confidence", 57});
    TABLES.put("provinces", new Object[] {"code,iso,kind,name_zh,short_zh,name_en,source", 31});
    TABLES.put("places", new Object[] {"code,level,parent,name_zh,name_en,source", 3317});
    TABLES.put("annex2_ports", new Object[] {"row,province_zh,port_zh,stay_area_zh,source", 65});
    TABLES.put("permitted_areas",
        new Object[] {"province,place,name_zh,annex2_row,from,until,source,confidence", 55});
    TABLES.put("ports", new Object[] {
        "id,kind,iata,icao,unlocode,name_zh,name_en,aliases,province,prefecture,annex2_row,source,confidence", 115});
    TABLES.put("port_capabilities", new Object[] {"port,capability,from,until,source,confidence", 387});
    TABLES.put("policy_versions",
        new Object[] {"effective,summary_en,countries,ports,provinces,source,confidence", 4});
    TABLES.put("visa_exemptions", new Object[] {
        "iso2,kind,from,until,long_standing,stay_days,max_days_in_180,terms_verified,note,source,confidence", 81});
    TABLES.put("unilateral_terms", new Object[] {"from,until,stay_days,purposes,source,confidence", 2});
    TABLES.put("regime_terms", new Object[] {
        "regime,from,until,max_stay_hours,counting,min_document_validity_months,source,confidence", 3});
    TABLES.put("regime_purposes", new Object[] {"regime,purpose,permitted,source,confidence", 20});
    TABLES.put("purpose_visas", new Object[] {"purpose,visa,max_stay_days,alternative,source,confidence", 12});
    TABLES.put("arrival_card_rules", new Object[] {"case,from,until,requirement,source,confidence", 5});
    TABLES.put("rule_bases", new Object[] {"regime,code,source,confidence", 27});
    TABLES.put("catalogue", new Object[] {"as_of", 1});
  }

  static Stream<Arguments> tables() {
    return TABLES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  @Test
  void tableNamesListEveryTableInOrder() {
    assertEquals(new ArrayList<>(TABLES.keySet()), CATALOGUE.tableNames());
  }

  @ParameterizedTest(name = "{0}.csv: {2} rows")
  @MethodSource("tables")
  void csvExport(String table, String header, int rows) {
    String csv = CATALOGUE.export(table, ExportFormat.CSV);
    assertTrue(csv.endsWith("\r\n"), table);
    String[] lines = csv.split("\r\n", -1);
    // split leaves one empty string after the final CRLF
    assertEquals(rows + 2, lines.length, table);
    assertEquals("", lines[lines.length - 1]);
    assertEquals(header, lines[0]);
    assertEquals(rows, countRecords(csv) - 1, table + ": records outside quotes");
  }

  @ParameterizedTest(name = "{0}.json: {2} objects")
  @MethodSource("tables")
  void jsonExport(String table, String header, int rows) {
    String json = CATALOGUE.export(table, ExportFormat.JSON);
    assertTrue(json.startsWith("[\n"), table);
    assertTrue(json.endsWith("\n]\n"), table);
    String[] lines = json.split("\n");
    int objects = 0;
    for (String line : lines) {
      if (line.startsWith("  {")) {
        objects++;
        assertTrue(line.endsWith("},") || line.endsWith("}"), line);
      }
    }
    assertEquals(rows, objects, table);
    assertEquals(rows + 2, lines.length, table);
    // the keys of the first object, in column order
    String first = lines[1];
    int from = 0;
    for (String column : header.split(",")) {
      int at = first.indexOf("\"" + column + "\": ", from);
      assertTrue(at >= from, table + ": key " + column + " missing or out of order in " + first);
      from = at;
    }
    assertEquals(depthProfileOk(json), true, table + ": unbalanced brackets or quotes");
  }

  @Test
  void knownValuesAppearInTheExports() {
    String json = CATALOGUE.export("ports", ExportFormat.JSON);
    assertTrue(json.contains("\"id\": \"PVG\""));
    assertTrue(json.contains("\"name_zh\": \"上海浦东国际机场\""));
    assertTrue(json.contains("\"prefecture\": null"), "West Kowloon's empty prefecture is null");
    String csv = CATALOGUE.export("ports", ExportFormat.CSV);
    assertTrue(csv.contains("\r\nPVG,AIR,PVG,ZSPD,,上海浦东国际机场,Shanghai Pudong International Airport,"), csv);
    String versions = CATALOGUE.export("policy_versions", ExportFormat.CSV);
    assertTrue(versions.contains(
        "\r\n2026-08-20,\"Kyrgyzstan (KG) and Vietnam (VN) added, effective the day announced\",57,65,24,"), versions);
    // a cell with a comma is quoted
    assertTrue(versions.contains("\r\n2024-12-17,72/144-hour schemes replaced by 240 hours; cross-province"), versions);
    assertTrue(versions.contains("\r\n2025-11-05,\"Annex 2 rows 44-48 added as entry ports (Guangzhou Pazhou ferry "
        + "terminal, Zhongshan port ferry terminal,"), versions);
    String provinces = CATALOGUE.export("provinces", ExportFormat.JSON);
    assertTrue(provinces.contains("{\"code\": \"110000\", \"iso\": \"CN-BJ\", \"kind\": \"MUNICIPALITY\""));
  }

  @Test
  void exportToWritesTwoFilesPerTable(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("nested/export");
    List<Path> written = CATALOGUE.exportTo(out);
    assertEquals(2 * TABLES.size(), written.size());
    List<Path> expected = new ArrayList<>();
    for (String table : TABLES.keySet()) {
      expected.add(out.resolve(table + ".csv"));
      expected.add(out.resolve(table + ".json"));
    }
    assertEquals(expected, written);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(38, files.count());
    }
    assertEquals(CATALOGUE.export("ports", ExportFormat.CSV),
        Files.readString(out.resolve("ports.csv"), StandardCharsets.UTF_8));
    assertEquals(CATALOGUE.export("places", ExportFormat.JSON),
        Files.readString(out.resolve("places.json"), StandardCharsets.UTF_8));
  }

  @Test
  void unknownTableIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CATALOGUE.export("nope", ExportFormat.CSV));
    assertTrue(String.valueOf(e.getMessage()).contains("\"nope\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CATALOGUE.export("ports.csv", ExportFormat.CSV));
    assertThrows(IllegalArgumentException.class, () -> CATALOGUE.export("PORTS", ExportFormat.JSON));
  }

  /** Counts CSV records: CRLFs outside double quotes. */
  private static int countRecords(String csv) {
    boolean quoted = false;
    int records = 0;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        records++;
      }
    }
    return records;
  }

  /** A minimal well-formedness check: brackets balance outside strings, strings close. */
  private static boolean depthProfileOk(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
        if (depth < 0) {
          return false;
        }
      }
    }
    return depth == 0 && !inString;
  }

  /**
   * The build writes the exports into the jar (the table compiler) and the catalogue writes them on
   * demand (at run time): two implementations that must give the same bytes.
   */
  @ParameterizedTest
  @MethodSource("tables")
  void onDemandExportsEqualTheFilesInTheJar(String table, String header, int rows) throws IOException {
    for (ExportFormat format : ExportFormat.values()) {
      String resource = "/io/github/transitpolicy/data/export/" + table + "." + format.extension();
      try (java.io.InputStream in = Catalogue.class.getResourceAsStream(resource)) {
        assertTrue(in != null, "missing " + resource);
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), CATALOGUE.export(table, format),
            resource);
      }
    }
  }
}
