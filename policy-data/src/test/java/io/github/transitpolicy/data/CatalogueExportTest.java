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
    TABLES.put("sources", new Object[] {"id,title,published,location", 83});
    TABLES.put("countries", new Object[] {"iso2,iso3,kind,name_en,name_zh,source", 95});
    TABLES.put("annex1_countries", new Object[] {"row,continent_zh,name_zh,source", 55});
    TABLES.put("transit_240h_countries", new Object[] {"iso2,from,until,annex1_row,source,confidence", 57});
    TABLES.put("regime_countries", new Object[] {"regime,iso2,from,until,source,confidence", 389});
    TABLES.put("provinces", new Object[] {"code,iso,kind,name_zh,short_zh,name_en,source", 31});
    TABLES.put("places", new Object[] {"code,level,parent,name_zh,name_en,source", 3317});
    TABLES.put("annex2_ports", new Object[] {"row,province_zh,port_zh,stay_area_zh,source", 65});
    TABLES.put("permitted_areas",
        new Object[] {"province,place,name_zh,annex2_row,from,until,source,confidence", 55});
    TABLES.put("ports", new Object[] {
        "id,kind,iata,icao,unlocode,name_zh,name_en,aliases,province,prefecture,annex2_row,source,confidence", 118});
    TABLES.put("port_capabilities", new Object[] {"port,capability,from,until,source,confidence", 407});
    TABLES.put("policy_versions",
        new Object[] {"effective,summary_en,countries,ports,provinces,source,confidence", 4});
    TABLES.put("visa_exemptions", new Object[] {
        "iso2,kind,from,until,long_standing,stay_days,max_days_in_180,terms_verified,note,source,confidence", 81});
    TABLES.put("unilateral_terms", new Object[] {"from,until,stay_days,purposes,source,confidence", 2});
    TABLES.put("regime_terms", new Object[] {
        "regime,from,until,max_stay_hours,counting,min_document_validity_months,source,confidence", 15});
    TABLES.put("regime_purposes", new Object[] {"regime,purpose,from,until,permitted,source,confidence", 36});
    TABLES.put("purpose_visas", new Object[] {"purpose,visa,max_stay_days,alternative,source,confidence", 12});
    TABLES.put("arrival_card_rules", new Object[] {"case,from,until,requirement,source,confidence", 10});
    TABLES.put("rule_bases", new Object[] {"regime,code,source,confidence", 109});
    TABLES.put("transit_history_zones", new Object[] {
        "zone,regime,hours,counting,from,until,long_standing,area,area_exact,exit_province,source,confidence", 19});
    TABLES.put("transit_history_ports",
        new Object[] {"port,zone,from,until,long_standing,source,confidence", 35});
    TABLES.put("transit_history_lists", new Object[] {"regime,from,until,source,confidence", 2});
    TABLES.put("group_areas", new Object[] {"regime,entry,place,from,until,source,confidence", 25});
    TABLES.put("catalogue", new Object[] {"as_of", 1});
    TABLES.put("airports", new Object[] {"iata,icao,country,zone", 7592});
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
    // the envelope: the table, the data version and the as-of day, then the rows
    String opening = "{\"table\": \"" + table + "\", \"data_version\": \"2026-08-20\", \"as_of\": \"2026-12-01\","
        + " \"rows\": [\n";
    assertTrue(json.startsWith(opening), table + ": " + json.substring(0, Math.min(200, json.length())));
    assertTrue(json.endsWith("\n]}\n"), table);
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
  void jsonValuesAreTyped() {
    String ports = CATALOGUE.export("ports", ExportFormat.JSON);
    assertTrue(ports.contains("{\"id\": \"PVG\", \"kind\": \"AIR\", \"iata\": \"PVG\", \"icao\": \"ZSPD\","), ports);
    assertTrue(ports.contains("\"prefecture\": \"310100\", \"annex2_row\": 11, \"source\": "), "PVG's annex 2 row, a number");
    assertTrue(!ports.contains("\"annex2_row\": \""), "annex2_row is never a string");
    String exemptions = CATALOGUE.export("visa_exemptions", ExportFormat.JSON);
    assertTrue(exemptions.contains("\"long_standing\": false"), "yes/no as booleans");
    assertTrue(exemptions.contains("\"terms_verified\": true"), "yes/no as booleans");
    assertTrue(!exemptions.contains("\"yes\"") && !exemptions.contains("\"no\""), "no yes/no string is left");
    assertTrue(exemptions.contains("\"stay_days\": 30,"), "stay_days as a number");
    assertTrue(exemptions.contains("\"until\": null"), "an empty cell is null");
    String versions = CATALOGUE.export("policy_versions", ExportFormat.JSON);
    assertTrue(versions.contains("{\"effective\": \"2026-08-20\", \"summary_en\": \"Kyrgyzstan (KG) and Vietnam (VN) added,"
        + " effective the day announced\", \"countries\": 57, \"ports\": 65, \"provinces\": 24,"), versions);
    assertTrue(CATALOGUE.export("regime_purposes", ExportFormat.JSON).contains("\"permitted\": true"));
    assertTrue(CATALOGUE.export("catalogue", ExportFormat.JSON).contains("\n  {\"as_of\": \"2026-12-01\"}\n]}\n"));
  }

  @Test
  void theSchemaIsAFrictionlessDataPackageOfEveryTable() {
    String schema = CATALOGUE.schema();
    assertTrue(schema.startsWith("{\n  \"profile\": \"tabular-data-package\",\n"), schema);
    assertTrue(schema.contains("\n  \"data_version\": \"2026-08-20\",\n  \"as_of\": \"2026-12-01\",\n"), schema);
    assertEquals(depthProfileOk(schema), true, "unbalanced brackets or quotes");
    for (String table : TABLES.keySet()) {
      assertTrue(schema.contains("      \"name\": \"" + table + "\",\n"), table);
      assertTrue(schema.contains("      \"path\": \"" + table + ".csv\",\n"), table);
      String key = String.join("\", \"", CATALOGUE.keyColumns(table));
      assertTrue(schema.contains("\"primaryKey\": [\"" + key + "\"]"), table + " key " + key);
    }
    assertTrue(schema.contains("{\"name\": \"stay_days\", \"type\": \"integer\"}"), schema);
    assertTrue(schema.contains("{\"name\": \"from\", \"type\": \"date\"}"), schema);
    assertTrue(schema.contains("{\"name\": \"long_standing\", \"type\": \"boolean\", \"trueValues\": [\"yes\"],"
        + " \"falseValues\": [\"no\"]}"), schema);
    assertTrue(schema.contains("{\"fields\": [\"port\"], \"reference\": {\"resource\": \"ports\", \"fields\": [\"id\"]}}"),
        schema);
    assertTrue(schema.contains("{\"fields\": [\"iso2\"], \"reference\": {\"resource\": \"countries\", \"fields\": [\"iso2\"]}}"),
        schema);
    assertEquals(List.of("iso2", "from"), CATALOGUE.keyColumns("transit_240h_countries"));
    assertThrows(IllegalArgumentException.class, () -> CATALOGUE.keyColumns("nope"));
  }

  /** Every foreign key the schema declares holds in the exported rows, and every primary key is unique. */
  @Test
  void theSchemasKeysHoldInTheExports() {
    Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    for (String table : TABLES.keySet()) {
      rows.put(table, csvRows(CATALOGUE.export(table, ExportFormat.CSV)));
    }
    for (String table : TABLES.keySet()) {
      java.util.Set<List<String>> keys = new java.util.HashSet<>();
      for (Map<String, String> row : java.util.Objects.requireNonNull(rows.get(table))) {
        List<String> key = new ArrayList<>();
        CATALOGUE.keyColumns(table).forEach(c -> key.add(row.get(c)));
        assertTrue(keys.add(key), table + ": duplicate key " + key);
      }
    }
    java.util.regex.Matcher fk = java.util.regex.Pattern.compile(
        "\"name\": \"([a-z0-9_]+)\",\n|\\{\"fields\": \\[\"([a-z0-9_]+)\"\\], \"reference\": \\{\"resource\": \"([a-z0-9_]+)\", "
            + "\"fields\": \\[\"([a-z0-9_]+)\"\\]\\}\\}").matcher(CATALOGUE.schema());
    String table = "";
    int checked = 0;
    while (fk.find()) {
      if (fk.group(1) != null) {
        table = fk.group(1);
        continue;
      }
      String column = fk.group(2);
      java.util.Set<String> referenced = new java.util.HashSet<>();
      String target = fk.group(3);
      String targetColumn = fk.group(4);
      java.util.Objects.requireNonNull(rows.get(target), target).forEach(r -> referenced.add(r.get(targetColumn)));
      for (Map<String, String> row : java.util.Objects.requireNonNull(rows.get(table), table)) {
        String v = java.util.Objects.requireNonNull(row.get(column), column);
        assertTrue(v.isEmpty() || referenced.contains(v), table + "." + column + " = " + v + " not in " + target);
      }
      checked++;
    }
    assertEquals(15, checked, "foreign keys checked");
  }

  /** Rows of a CSV export whose cells hold no line break, by column. */
  private static List<Map<String, String>> csvRows(String csv) {
    List<Map<String, String>> out = new ArrayList<>();
    String[] lines = csv.split("\r\n");
    List<String> header = List.of(lines[0].split(",", -1));
    for (int i = 1; i < lines.length; i++) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      String line = lines[i];
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (quoted && c == '"' && j + 1 < line.length() && line.charAt(j + 1) == '"') {
          cell.append('"');
          j++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      out.add(row);
    }
    return out;
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
    assertEquals(2 * TABLES.size() + 1, written.size());
    List<Path> expected = new ArrayList<>();
    for (String table : TABLES.keySet()) {
      expected.add(out.resolve(table + ".csv"));
      expected.add(out.resolve(table + ".json"));
    }
    expected.add(out.resolve("datapackage.json"));
    assertEquals(expected, written);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(51, files.count());
    }
    assertEquals(CATALOGUE.schema(), Files.readString(out.resolve("datapackage.json"), StandardCharsets.UTF_8));
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
  @Test
  void theSchemaEqualsTheDescriptorInTheJar() throws IOException {
    try (java.io.InputStream in =
        Catalogue.class.getResourceAsStream("/io/github/transitpolicy/data/export/datapackage.json")) {
      assertTrue(in != null, "missing datapackage.json");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), CATALOGUE.schema());
    }
  }

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
