package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.transitpolicy.data.internal.TableDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table compiler on a small fixture of every table: its Java source and exports must equal the golden
 * files under src/test/resources/fixtures/golden byte for byte.
 *
 * <p>To accept a deliberate change of the output, run once with
 * {@code -Dtransitpolicy.golden.update=src/test/resources/fixtures/golden}, review the diff, and commit it.
 */
class TableCompilerGoldenTest {

  private static final String FIXTURE_VERSION = "2025-11-05";
  private static final String UPDATE = System.getProperty("transitpolicy.golden.update", "");

  static final List<String> TABLES = List.of("sources", "countries", "annex1_countries", "transit_240h_countries",
      "regime_countries", "provinces", "places", "annex2_ports", "permitted_areas", "ports", "port_capabilities", "policy_versions",
      "visa_exemptions", "unilateral_terms", "regime_terms", "regime_purposes", "purpose_visas",
      "arrival_card_rules", "rule_bases", "transit_history_zones", "transit_history_ports", "transit_history_lists",
      "group_areas", "catalogue", "airports");

  private static TableCompiler.Compiled compileFixture() {
    return TableCompiler.compile(Fixtures.valid(), FIXTURE_VERSION);
  }

  static Stream<String> tables() {
    return TABLES.stream();
  }

  @Test
  void schemasCoverEveryTableInEmissionOrder() {
    assertEquals(TABLES, TableDefinitions.names());
    assertEquals(List.of("regime", "code", "source", "confidence"), TableCompiler.columns("rule_bases"));
  }

  @Test
  void validFixtureCompilesWithItsRowCounts() {
    TableCompiler.Compiled c = compileFixture();
    assertEquals(FIXTURE_VERSION, c.dataVersion());
    Map<String, Integer> expected = new LinkedHashMap<>();
    int[] rows = {7, 5, 3, 3, 1, 3, 8, 3, 4, 5, 12, 3, 4, 2, 12, 11, 12, 3, 5, 1, 1, 1, 7, 1, 7};
    for (int i = 0; i < TABLES.size(); i++) {
      expected.put(TABLES.get(i), rows[i]);
    }
    assertEquals(expected, c.rowCounts());
  }

  @Test
  void javaSourceEqualsGolden() throws IOException {
    assertSameText("BundledTables.java.golden", compileFixture().javaSource());
  }

  @ParameterizedTest(name = "{0}.csv equals golden")
  @MethodSource("tables")
  void csvEqualsGolden(String table) throws IOException {
    String actual = compileFixture().csvExports().get(table + ".csv");
    assertTrue(actual != null, "no CSV export for " + table);
    assertSameText("export/" + table + ".csv", actual);
  }

  @ParameterizedTest(name = "{0}.json equals golden")
  @MethodSource("tables")
  void jsonEqualsGolden(String table) throws IOException {
    String actual = compileFixture().jsonExports().get(table + ".json");
    assertTrue(actual != null, "no JSON export for " + table);
    assertSameText("export/" + table + ".json", actual);
  }

  @Test
  void dataPackageEqualsGolden() throws IOException {
    assertSameText("datapackage.json", compileFixture().dataPackage());
  }

  @Test
  void goldenExportsAreExactlyTheCompilersExports() throws IOException {
    TableCompiler.Compiled c = compileFixture();
    TreeSet<String> produced = new TreeSet<>(c.csvExports().keySet());
    produced.addAll(c.jsonExports().keySet());
    try (Stream<Path> files = Files.list(Fixtures.golden().resolve("export"))) {
      assertEquals(produced, files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
    }
    assertEquals(50, produced.size());
  }

  @Test
  void compilingTwiceGivesIdenticalOutput() {
    TableCompiler.Compiled a = compileFixture();
    TableCompiler.Compiled b = compileFixture();
    assertEquals(a.javaSource(), b.javaSource());
    assertEquals(a.csvExports(), b.csvExports());
    assertEquals(a.jsonExports(), b.jsonExports());
    assertEquals(new ArrayList<>(a.csvExports().keySet()),
        TABLES.stream().map(t -> t + ".csv").collect(Collectors.toList()));
  }

  @Test
  void writingTwiceGivesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    compileFixture().writeTo(tmp.resolve("a/java"), tmp.resolve("a/res"));
    compileFixture().writeTo(tmp.resolve("b/java"), tmp.resolve("b/res"));
    Map<String, byte[]> a = tree(tmp.resolve("a"));
    Map<String, byte[]> b = tree(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    assertEquals(53, a.size()); // BundledTables.java, 50 exports, datapackage.json, INDEX
    for (String f : a.keySet()) {
      assertTrue(java.util.Arrays.equals(a.get(f), b.get(f)), f);
    }
    String index = new String(a.get("res/" + TableCompiler.EXPORT_DIR + "/INDEX"), StandardCharsets.UTF_8);
    List<String> sorted = new ArrayList<>();
    for (String t : new TreeSet<>(TABLES)) {
      sorted.add(t + ".csv");
      sorted.add(t + ".json");
    }
    sorted.add("datapackage.json");
    sorted.sort(null);
    assertEquals(String.join("\n", sorted) + "\n", index);
    assertEquals(compileFixture().javaSource(), new String(
        a.get("java/io/github/transitpolicy/data/internal/BundledTables.java"), StandardCharsets.UTF_8));
  }

  @Test
  void longTablesAreSplitIntoChunksBelowTheLimit(@TempDir Path tmp) {
    Path dir = Fixtures.copyValid(tmp.resolve("tables"));
    // 40 extra prefectures of Jiangsu with 99 counties each, named in (3-byte) Chinese characters,
    // merged into the fixture's places in code order (the compiler requires it)
    List<String> placeLines = Fixtures.lines(dir.resolve("places.tsv"));
    List<String> dataLines = new java.util.ArrayList<>(placeLines.subList(1, 9));
    String longName = "长".repeat(25);
    for (int p = 60; p < 100; p++) {
      String pref = "32" + p + "00";
      dataLines.add(Fixtures.row(pref, "PREFECTURE", "320000", longName + "市", "Prefecture " + p, "GBT-2260"));
      for (int c = 1; c < 100; c++) {
        String county = "32" + p + String.format("%02d", c);
        dataLines.add(Fixtures.row(county, "COUNTY", pref, longName + c + "县", "", "GBT-2260"));
      }
    }
    dataLines.sort(java.util.Comparator.comparing(line -> line.substring(0, 6)));
    StringBuilder expectedPlaces = new StringBuilder(String.join("\t", TableCompiler.columns("places"))).append('\n');
    List<String> written = new java.util.ArrayList<>(placeLines.subList(0, 1));
    for (String line : dataLines) {
      written.add(line);
      expectedPlaces.append(line).append('\n');
    }
    Fixtures.write(dir.resolve("places.tsv"), written);
    TableCompiler.Compiled c = TableCompiler.compile(dir, FIXTURE_VERSION);
    assertEquals(8 + 40 * 100, c.rowCounts().get("places"));
    Map<String, List<String>> chunks = chunkConstants(c.javaSource());
    assertEquals(TABLES.size(), chunks.size());
    List<String> places = chunks.get("places");
    int total = expectedPlaces.toString().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(total > 10 * TableCompiler.MAX_CHUNK_BYTES, "fixture too small: " + total);
    assertTrue(places.size() >= total / TableCompiler.MAX_CHUNK_BYTES + 1, places.size() + " chunks");
    assertEquals(expectedPlaces.toString(), String.join("", places));
    for (int i = 0; i < places.size(); i++) {
      String chunk = places.get(i);
      int bytes = chunk.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes <= TableCompiler.MAX_CHUNK_BYTES, "chunk " + i + " has " + bytes + " bytes");
      assertTrue(chunk.endsWith("\n"), "chunk " + i + " does not end on a line break");
      if (i + 1 < places.size()) {
        // greedy: a chunk is closed only when the next line would not fit
        assertTrue(bytes > TableCompiler.MAX_CHUNK_BYTES - 200, "chunk " + i + " has only " + bytes + " bytes");
      }
    }
    assertEquals(1, chunks.get("sources").size());
    assertEquals(30_000, TableCompiler.MAX_CHUNK_BYTES);
    // so many chunks go into a class of their own, loaded only when the table is first read
    assertTrue(c.javaSource().contains("  private static final class PlacesTable {\n"));
    assertTrue(c.javaSource().contains("  private static String[] places() {\n    return PlacesTable.chunks();\n  }\n"));
    assertTrue(!c.javaSource().contains("class SourcesTable"));
  }

  @Test
  void theBundledTablesCompileToTheGeneratedSource() throws IOException {
    Path tables = Path.of("src/main/tables");
    TableCompiler.Compiled c = TableCompiler.compile(tables, "2026-08-20");
    assertEquals("2026-08-20", c.dataVersion());
    assertEquals(118, c.rowCounts().get("ports"));
    assertEquals(65, c.rowCounts().get("annex2_ports"));
    assertEquals(55, c.rowCounts().get("annex1_countries"));
    Map<String, List<String>> chunks = chunkConstants(c.javaSource());
    for (Map.Entry<String, List<String>> e : chunks.entrySet()) {
      for (String chunk : e.getValue()) {
        assertTrue(chunk.getBytes(StandardCharsets.UTF_8).length <= TableCompiler.MAX_CHUNK_BYTES, e.getKey());
      }
    }
    assertTrue(chunks.get("places").size() > 1, "places.tsv should need several chunks");
    Path generated = Path.of("target/generated-sources/tables/io/github/transitpolicy/data/internal/BundledTables.java");
    if (Files.isRegularFile(generated)) {
      assertEquals(Files.readString(generated, StandardCharsets.UTF_8), c.javaSource());
    }
  }

  @Test
  void diffHintPointsAtTheFirstDifferingLine() {
    assertEquals("@@ line 3 (golden 5 lines, actual 5 lines) @@\n  a\n  b\n- c\\r\n- d\n- e\n+ C\\t\n+ d\n+ e\n",
        diffHint("a\nb\nc\r\nd\ne", "a\nb\nC\t\nd\ne"));
  }

  // ------------------------------------------------------------------ helpers

  /** Compares with a golden file; on a difference, fails with the first differing lines. */
  private static void assertSameText(String goldenName, String actual) throws IOException {
    if (!UPDATE.isEmpty()) {
      Path out = Path.of(UPDATE).resolve(goldenName);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    Path golden = Fixtures.golden().resolve(goldenName);
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (expected.equals(actual)) {
      return;
    }
    fail(goldenName + " differs from the compiler's output:\n" + diffHint(expected, actual)
        + "\n(if the change is intended, rerun with -Dtransitpolicy.golden.update=src/test/resources/fixtures/golden"
        + " and review the diff)");
  }

  /** A unified-ish diff hint: the first differing line with three lines of context. */
  static String diffHint(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int first = 0;
    while (first < e.length && first < a.length && e[first].equals(a[first])) {
      first++;
    }
    StringBuilder b = new StringBuilder("@@ line " + (first + 1) + " (golden " + e.length + " lines, actual "
        + a.length + " lines) @@\n");
    for (int i = Math.max(0, first - 3); i < first; i++) {
      b.append("  ").append(visible(e[i])).append('\n');
    }
    for (int i = first; i < Math.min(e.length, first + 3); i++) {
      b.append("- ").append(visible(e[i])).append('\n');
    }
    for (int i = first; i < Math.min(a.length, first + 3); i++) {
      b.append("+ ").append(visible(a[i])).append('\n');
    }
    return b.toString();
  }

  private static String visible(String line) {
    return line.replace("\r", "\\r").replace("\t", "\\t");
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  private static final Pattern CASE = Pattern.compile("      case \"([a-z0-9_]+)\":\n        return ([A-Za-z0-9]+)\\(\\);");
  private static final Pattern METHOD =
      Pattern.compile("  private static String\\[\\] ([A-Za-z0-9]+)\\(\\) \\{\n    return new String\\[\\] \\{\n(.*?)\n    \\};",
          Pattern.DOTALL);
  /** A large table's chunks, in a class of their own. */
  private static final Pattern HOLDER = Pattern.compile("  private static final class ([A-Za-z0-9]+)Table \\{\n"
      + "    static String\\[\\] chunks\\(\\) \\{\n      return new String\\[\\] \\{\n(.*?)\n      \\};", Pattern.DOTALL);

  /** Table name to the decoded string constants of its chunk method, read back from the generated source. */
  static Map<String, List<String>> chunkConstants(String javaSource) {
    Map<String, String> methodOf = new LinkedHashMap<>();
    Matcher cm = CASE.matcher(javaSource);
    while (cm.find()) {
      methodOf.put(cm.group(2), cm.group(1));
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    Matcher mm = METHOD.matcher(javaSource);
    while (mm.find()) {
      String table = methodOf.get(mm.group(1));
      assertTrue(table != null, "no case for method " + mm.group(1));
      out.put(table, literals(mm.group(2)));
    }
    Matcher hm = HOLDER.matcher(javaSource);
    while (hm.find()) {
      String method = Character.toLowerCase(hm.group(1).charAt(0)) + hm.group(1).substring(1);
      String table = methodOf.get(method);
      assertTrue(table != null, "no case for holder " + hm.group(1));
      out.put(table, literals(hm.group(2)));
    }
    return out;
  }

  private static List<String> literals(String body) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      int start = body.indexOf('"', i);
      if (start < 0) {
        return out;
      }
      StringBuilder s = new StringBuilder();
      int j = start + 1;
      while (body.charAt(j) != '"') {
        char c = body.charAt(j);
        if (c == '\\') {
          char n = body.charAt(j + 1);
          switch (n) {
            case 'n':
              s.append('\n');
              j += 2;
              break;
            case 't':
              s.append('\t');
              j += 2;
              break;
            case '"':
            case '\\':
              s.append(n);
              j += 2;
              break;
            case 'u':
              s.append((char) Integer.parseInt(body.substring(j + 2, j + 6), 16));
              j += 6;
              break;
            default:
              throw new IllegalStateException("unexpected escape \\" + n);
          }
        } else {
          if (c > 0x7e || c < 0x20) {
            throw new IllegalStateException("raw non-ASCII character in a literal: " + (int) c);
          }
          s.append(c);
          j++;
        }
      }
      out.add(s.toString());
      i = j + 1;
    }
  }
}
