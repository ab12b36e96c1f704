package io.github.transitpolicy.data.internal;

import io.github.transitpolicy.data.CatalogueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a directory of policy tables ({@code policy-data/src/main/tables/*.tsv}) and validates them,
 * reporting every problem as {@code file:line: what is wrong}: unknown references, duplicate keys, bad
 * codes and dates, counts that disagree with the announcement's own text.
 *
 * <p>The one implementation of the tables' rules: the build-time table compiler calls it before it emits
 * the bundled tables, and {@code Catalogue.load} calls it at run time, so a directory loads exactly when it
 * would build. It therefore depends on nothing but the JDK and this package's {@link TableDefinitions}
 * (the build compiles the three files on their own before the rest of the module exists); the model's
 * enums are copied as name sets, which a test holds in step with the model.
 */
public final class TableValidator {

  /** Source ids in {@code sources.tsv} that name the announcement whose annexes are transcribed. */
  public static final String ANNOUNCEMENT_SOURCE = "NIA-2025-4";

  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final Pattern SOURCE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
  static final Pattern GBT_CODE = Pattern.compile("\\d{6}");
  static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");
  static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  static final Pattern ISO_3166_2_CN = Pattern.compile("CN-[A-Z]{2}");
  static final Pattern IATA = Pattern.compile("[A-Z]{3}");
  static final Pattern ICAO = Pattern.compile("[A-Z]{4}");
  static final Pattern UNLOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
  static final Pattern NON_AIR_PORT_ID = Pattern.compile("(SEA|RAIL|ROAD)-[A-Z0-9]+(-[A-Z0-9]+)*");

  /** A source's location: a public document's address. */
  static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");

  /** The model's {@code Capability} names. */
  public static final Set<String> CAPABILITIES = Set.of("TRANSIT_240H_ENTRY", "TRANSIT_240H_EXIT", "OPEN_PORT",
      "INSPECTION_FREE_24H", "SMART_CLEARANCE", "TAIWAN_PERMIT", "ASEAN_GROUP_PORT", "CRUISE_PORT");
  /** The model's {@code Purpose} names. */
  public static final Set<String> PURPOSES = Set.of("TOURISM", "BUSINESS", "VISIT", "FAMILY_VISIT", "EXCHANGE",
      "TRANSIT", "WORK", "STUDY", "JOURNALISM", "CREW");
  /** The model's {@code FindingCode} names. */
  public static final Set<String> FINDING_CODES = Set.of("POLICY_IN_FORCE", "NATIONALITY_ELIGIBLE",
      "DOCUMENT_ACCEPTED", "DOCUMENT_VALIDITY", "ENTRY_PORT_DESIGNATED", "EXIT_PORT_PERMITTED",
      "ROUTE_TO_THIRD_COUNTRY", "STAY_WITHIN_LIMIT", "ONWARD_TICKET_CONFIRMED", "PURPOSE_PERMITTED",
      "VISITS_WITHIN_AREA", "NO_ADVERSE_RECORD", "CONNECTION_WITHIN_24_HOURS", "STAYS_IN_PORT", "ENTRY_PORT_OPEN",
      "EXIT_PORT_OPEN", "RESIDENCE_DOCUMENT_HELD", "TOUR_GROUP_ADMITTED", "STAYS_WITH_SHIP");
  /** The model's {@code Regime} names. */
  public static final Set<String> REGIMES = Set.of("TRANSIT_240H", "DIRECT_TRANSIT_24H", "VISA_EXEMPTION",
      "HAINAN_30D", "RESIDENCE", "ASEAN_GROUP_XISHUANGBANNA", "ASEAN_GROUP_GUILIN", "CRUISE_GROUP_15D",
      "HK_MACAO_GROUP_GUANGDONG", "HK_MACAO_GROUP_HAINAN", "TRANSIT_144H", "TRANSIT_72H");
  /** The regimes whose terms set no stay limit of their own. */
  static final Set<String> NO_STAY_LIMIT = Set.of("VISA_EXEMPTION", "RESIDENCE");
  /** The regimes whose lists are in {@code regime_countries}. */
  public static final Set<String> LISTED_REGIMES = Set.of("HAINAN_30D", "ASEAN_GROUP_XISHUANGBANNA",
      "ASEAN_GROUP_GUILIN", "HK_MACAO_GROUP_GUANGDONG", "HK_MACAO_GROUP_HAINAN", "TRANSIT_144H", "TRANSIT_72H");
  /** The tour group regimes, whose areas are in {@code group_areas}. */
  public static final Set<String> GROUP_REGIMES = Set.of("ASEAN_GROUP_XISHUANGBANNA", "ASEAN_GROUP_GUILIN",
      "CRUISE_GROUP_15D", "HK_MACAO_GROUP_GUANGDONG", "HK_MACAO_GROUP_HAINAN");
  /** The regimes of the 72/144-hour zones. */
  public static final Set<String> ZONE_REGIMES = Set.of("TRANSIT_144H", "TRANSIT_72H");
  /** The scopes of {@code regime_purposes}; the first two must answer every purpose. */
  public static final Set<String> PURPOSE_SCOPES = Set.of("TRANSIT_240H", "MUTUAL_VISA_EXEMPTION", "HAINAN_30D",
      "TOUR_GROUP");
  /** The model's {@code VisaCategory} names. */
  public static final Set<String> VISAS = Set.of("C", "D", "F", "G", "J1", "J2", "L", "M", "Q1", "Q2", "R", "S1",
      "S2", "X1", "X2", "Z");
  /** The API's {@code ArrivalCardCase} names. */
  public static final Set<String> ARRIVAL_CARD_CASES = Set.of("FOREIGNER_ENTERING", "DIRECT_TRANSIT_IN_PORT",
      "HK_MACAO_PERMIT_HOLDER", "PERMANENT_RESIDENT", "VISA_FREE_GROUP", "CRUISE_SAME_SHIP", "FAST_LANE", "FOREIGN_CREW");

  /** One data line of a table, with where it came from. */
  public static final class Row {
    private final String file;
    private final int line;
    final Map<String, String> cells;

    Row(String file, int line, Map<String, String> cells) {
      this.file = file;
      this.line = line;
      this.cells = cells;
    }

    /**
     * A cell, stripped; for {@code annex2_ports}, the merged province and stay-area cells carried down.
     *
     * @param column a column of the table
     * @return the cell, empty when the table leaves it empty
     * @throws IllegalStateException if the table has no such column
     */
    public String get(String column) {
      String v = cells.get(column);
      if (v == null) {
        throw new IllegalStateException("no column " + column + " in " + file);
      }
      return v;
    }

    /** {@return {@code file:line}, where the row is written} */
    public String where() {
      return file + ":" + line;
    }
  }

  /** A validated table: its columns and rows, in file order. */
  public static final class Table {
    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    Table(String name, List<String> columns, List<Row> rows) {
      this.name = name;
      this.columns = columns;
      this.rows = rows;
    }

    /** {@return the table's name} */
    public String name() {
      return name;
    }

    /** {@return the header columns} */
    public List<String> columns() {
      return columns;
    }

    /** {@return the data rows, in file order} */
    public List<Row> rows() {
      return rows;
    }
  }

  /** Every table of a directory, validated. */
  public static final class Tables {
    private final String dataVersion;
    private final String asOf;
    private final Map<String, Table> tables;

    Tables(String dataVersion, String asOf, Map<String, Table> tables) {
      this.dataVersion = dataVersion;
      this.asOf = asOf;
      this.tables = tables;
    }

    /** {@return the data version: the newest effective date of {@code policy_versions.tsv}} */
    public String dataVersion() {
      return dataVersion;
    }

    /** {@return the as-of day of {@code catalogue.tsv}} */
    public String asOf() {
      return asOf;
    }

    /** {@return the tables by name, in {@link TableDefinitions} order} */
    public Map<String, Table> tables() {
      return tables;
    }

    /**
     * One table.
     *
     * @param name the table's name
     * @return the table
     * @throws IllegalArgumentException if there is no such table
     */
    public Table table(String name) {
      Table t = tables.get(name);
      if (t == null) {
        throw new IllegalArgumentException("table: no table named \"" + name + "\"");
      }
      return t;
    }
  }

  private final List<String> problems = new ArrayList<>();
  private final Map<String, Table> tables = new LinkedHashMap<>();

  private TableValidator() {}

  /**
   * Reads and validates every table in a directory.
   *
   * @param tablesDir the directory, laid out like {@code policy-data/src/main/tables}
   * @param expectedDataVersion the data version the build declares, which must equal the newest effective
   *     date; null not to check it
   * @param expectedAsOf the as-of day the build declares, which must equal {@code catalogue.tsv}'s; null not
   *     to check it
   * @return the validated tables
   * @throws CatalogueException listing every problem found
   */
  public static Tables read(Path tablesDir, @Nullable String expectedDataVersion, @Nullable String expectedAsOf) {
    TableValidator c = new TableValidator();
    for (TableDefinitions.Definition d : TableDefinitions.all()) {
      c.read(tablesDir, d.name(), d.columns());
    }
    c.stopIfProblems();
    String version = c.validate(expectedDataVersion);
    String asOf = c.validateCatalogue(expectedAsOf);
    c.validateAirports();
    c.validateRemainingKeys();
    c.stopIfProblems();
    return new Tables(version, asOf, java.util.Collections.unmodifiableMap(c.tables));
  }

  /** The one-row table about the catalogue itself; returns its as-of day, or "" when it is broken. */
  private String validateCatalogue(@Nullable String expectedAsOf) {
    List<Row> rows = rows("catalogue");
    if (rows.size() != 1) {
      problems.add("catalogue.tsv:0: must have exactly one row (it has " + rows.size() + ")");
      return "";
    }
    LocalDate asOf = date(rows.get(0), "as_of", false);
    if (asOf == null) {
      return "";
    }
    if (expectedAsOf != null && !asOf.toString().equals(expectedAsOf)) {
      problem(rows.get(0), "as_of: the tables say " + asOf + " but the build declares " + expectedAsOf
          + " (property transitpolicy.data.asOf in the root pom.xml)");
    }
    return asOf.toString();
  }

  /** ISO 3166-1 alpha-2 as the JDK knows it, and Kosovo's user-assigned XK, which airportsdata uses. */
  private static final Set<String> ISO_COUNTRIES = isoCountries();

  private static Set<String> isoCountries() {
    Set<String> codes = new java.util.HashSet<>(Arrays.asList(java.util.Locale.getISOCountries()));
    codes.add("XK");
    return Set.copyOf(codes);
  }

  private static final Set<String> ZONES = java.time.ZoneId.getAvailableZoneIds();

  static final Pattern AIRPORT_ICAO = Pattern.compile("[A-Z0-9]{4}");

  /**
   * The world airport table: well-formed codes, a known country, a real time zone, and agreement with the
   * ports table on every airport both list (an airport port is in China, with the same ICAO code).
   */
  private void validateAirports() {
    Map<String, Row> airports = uniqueKey("airports", "iata");
    for (Row r : rows("airports")) {
      matches(r, "iata", IATA, false);
      matches(r, "icao", AIRPORT_ICAO, true);
      String country = r.get("country");
      if (required(r, "country") && !ISO_COUNTRIES.contains(country)) {
        problem(r, "country: \"" + country + "\" is not an ISO 3166-1 alpha-2 code");
      }
      if (required(r, "zone") && !ZONES.contains(r.get("zone"))) {
        problem(r, "zone: \"" + r.get("zone") + "\" is not an IANA time zone the JDK knows");
      }
    }
    for (Row port : rows("ports")) {
      if (!port.get("kind").equals("AIR")) {
        continue;
      }
      Row airport = airports.get(port.get("iata"));
      // airportsdata 20240207 lacks a few young or small airports (YTY, NZH, BAR): the port lists them.
      if (airport == null) {
        continue;
      }
      if (!airport.get("country").equals("CN")) {
        problem(port, "iata: airports.tsv puts " + port.get("iata") + " in " + airport.get("country")
            + " (" + airport.where() + "), not in China");
      } else if (ICAO.matcher(port.get("icao")).matches() && AIRPORT_ICAO.matcher(airport.get("icao")).matches()
          && !port.get("icao").equals(airport.get("icao"))) {
        problem(port, "icao: " + port.get("icao") + " differs from airports.tsv (" + airport.get("icao") + " at "
            + airport.where() + ")");
      }
    }
  }

  private void stopIfProblems() {
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
  }

  private void problem(Row row, String message) {
    problems.add(row.where() + ": " + message);
  }

  private void problem(String file, int line, String message) {
    problems.add(file + ":" + line + ": " + message);
  }

  // ---------------------------------------------------------------- reading

  private void read(Path dir, String name, List<String> columns) {
    String file = name + ".tsv";
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      problem(file, 0, "missing table (expected columns: " + String.join(", ", columns) + ")");
      return;
    }
    List<String> lines;
    try {
      // Split on LF only, so that a CR left by a CRLF editor is seen and reported below.
      lines = Arrays.asList(Files.readString(path, StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      problem(file, 0, "cannot read: " + e.getMessage());
      return;
    }
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.endsWith("\r")) {
        problem(file, lineNo, "CR line end (tables use LF)");
        line = line.substring(0, line.length() - 1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!headerSeen) {
        headerSeen = true;
        if (!Arrays.asList(cells).equals(columns)) {
          problem(file, lineNo, "header is [" + String.join(", ", cells) + "], expected ["
              + String.join(", ", columns) + "]");
          return;
        }
        continue;
      }
      if (cells.length != columns.size()) {
        problem(file, lineNo, "has " + cells.length + " cells, the header has " + columns.size());
        continue;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        String cell = cells[c];
        if (!cell.equals(cell.strip())) {
          problem(file, lineNo, "column " + columns.get(c) + ": leading or trailing white space in \"" + cell + "\"");
        }
        map.put(columns.get(c), cell.strip());
      }
      rows.add(new Row(file, lineNo, map));
    }
    if (!headerSeen) {
      problem(file, 1, "empty table: no header line");
      return;
    }
    tables.put(name, new Table(name, columns, rows));
  }

  private List<Row> rows(String table) {
    return Objects.requireNonNull(tables.get(table), table).rows;
  }

  /**
   * The keys {@link TableDefinitions} gives that the checks above do not already hold unique (a repeated
   * key elsewhere is a duplicate, an overlap or a row out of sequence, reported there): checked last, so
   * that the problems above keep their order.
   */
  private void validateRemainingKeys() {
    uniqueKey("purpose_visas", "purpose", "max_stay_days");
  }

  // ---------------------------------------------------------------- cell checks

  private boolean required(Row row, String column) {
    if (row.get(column).isEmpty()) {
      problem(row, column + ": must not be empty");
      return false;
    }
    return true;
  }

  private boolean matches(Row row, String column, Pattern pattern, boolean optional) {
    String v = row.get(column);
    if (v.isEmpty()) {
      if (!optional) {
        problem(row, column + ": must not be empty");
      }
      return false;
    }
    if (!pattern.matcher(v).matches()) {
      problem(row, column + ": bad code \"" + v + "\" (expected " + pattern.pattern() + ")");
      return false;
    }
    return true;
  }

  private @Nullable LocalDate date(Row row, String column, boolean optional) {
    String v = row.get(column);
    if (v.isEmpty()) {
      if (!optional) {
        problem(row, column + ": must not be empty");
      }
      return null;
    }
    if (!DATE.matcher(v).matches()) {
      problem(row, column + ": bad date \"" + v + "\" (expected yyyy-MM-dd)");
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problem(row, column + ": bad date \"" + v + "\"");
      return null;
    }
  }

  private @Nullable Integer positiveInt(Row row, String column, boolean optional) {
    String v = row.get(column);
    if (v.isEmpty()) {
      if (!optional) {
        problem(row, column + ": must not be empty");
      }
      return null;
    }
    // Digits only, as written by a person: Integer.parseInt would also take "+5" and "030", which a
    // table should not hold (a sign or a leading zero is a typo, not a count).
    if (!isPlainDigits(v)) {
      problem(row, column + ": not a whole number: \"" + v + "\"");
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n <= 0) {
        problem(row, column + ": must be positive, was " + v);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      problem(row, column + ": not a whole number: \"" + v + "\"");
      return null;
    }
  }

  private void oneOf(Row row, String column, Set<String> allowed, boolean optional) {
    String v = row.get(column);
    if (v.isEmpty() && optional) {
      return;
    }
    if (!allowed.contains(v)) {
      problem(row, column + ": \"" + v + "\" is not one of " + new TreeSet<>(allowed));
    }
  }

  /** A validity range; reports from after until. Returns null when the dates are bad. */
  private LocalDate @Nullable [] range(Row row) {
    LocalDate from = date(row, "from", true);
    LocalDate until = date(row, "until", true);
    if ((!row.get("from").isEmpty() && from == null) || (!row.get("until").isEmpty() && until == null)) {
      return null;
    }
    if (from != null && until != null && until.isBefore(from)) {
      problem(row, "until " + until + " is before from " + from);
      return null;
    }
    return new LocalDate[] {from, until};
  }

  static boolean inForce(LocalDate[] range, LocalDate day) {
    return (range[0] == null || !day.isBefore(range[0])) && (range[1] == null || !day.isAfter(range[1]));
  }

  static boolean overlaps(LocalDate[] a, LocalDate[] b) {
    LocalDate aFrom = a[0] == null ? LocalDate.MIN : a[0];
    LocalDate aUntil = a[1] == null ? LocalDate.MAX : a[1];
    LocalDate bFrom = b[0] == null ? LocalDate.MIN : b[0];
    LocalDate bUntil = b[1] == null ? LocalDate.MAX : b[1];
    return !aUntil.isBefore(bFrom) && !bUntil.isBefore(aFrom);
  }

  private Map<String, Row> uniqueKey(String table, String... keyColumns) {
    Map<String, Row> seen = new LinkedHashMap<>();
    for (Row row : rows(table)) {
      StringBuilder key = new StringBuilder();
      for (String k : keyColumns) {
        key.append(key.length() == 0 ? "" : "|").append(row.get(k));
      }
      Row earlier = seen.putIfAbsent(key.toString(), row);
      if (earlier != null) {
        problem(row, "duplicate key " + String.join("+", keyColumns) + " = \"" + key + "\" (first at "
            + earlier.where() + ")");
      }
    }
    return seen;
  }

  private void sourceAndConfidence(Row row, Set<String> sourceIds) {
    String src = row.get("source");
    if (src.isEmpty()) {
      problem(row, "source: every fact needs a source");
    } else {
      for (String ref : src.split(" ; ", -1)) {
        String id = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        if (!SOURCE_ID.matcher(id).matches()) {
          problem(row, "source: bad reference \"" + ref + "\" (expected ID or ID#locator, separated by ' ; ')");
        } else if (!sourceIds.contains(id)) {
          problem(row, "source: unknown source id \"" + id + "\" (not in sources.tsv)");
        }
      }
    }
    if (row.cells.containsKey("confidence")) {
      oneOf(row, "confidence", Set.of("H", "M", "L"), true);
    }
  }

  // ---------------------------------------------------------------- validation

  private String validate(@Nullable String expectedDataVersion) {
    // sources
    Map<String, Row> sources = uniqueKey("sources", "id");
    for (Row r : rows("sources")) {
      matches(r, "id", SOURCE_ID, false);
      required(r, "title");
      if (required(r, "location") && !HTTP_URL.matcher(r.get("location")).matches()) {
        problem(r, "location: \"" + r.get("location") + "\" is not an http(s) URL (every source must be a public"
            + " document, not a file of this project)");
      }
      date(r, "published", true);
    }
    Set<String> sourceIds = sources.keySet();
    for (Table t : tables.values()) {
      if (t.columns.contains("source")) {
        for (Row r : t.rows) {
          sourceAndConfidence(r, sourceIds);
        }
      }
    }

    // countries
    Set<String> jdkAlpha2 = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    Map<String, Row> countries = uniqueKey("countries", "iso2");
    uniqueKey("countries", "iso3");
    Map<String, String> countryByNameZh = new HashMap<>();
    for (Row r : rows("countries")) {
      boolean iso2Valid = matches(r, "iso2", ISO2, false);
      if (iso2Valid && !jdkAlpha2.contains(r.get("iso2"))) {
        problem(r, "iso2: bad code \"" + r.get("iso2") + "\" (not an ISO 3166-1 alpha-2 code)");
        iso2Valid = false;
      }
      if (matches(r, "iso3", ISO3, false) && iso2Valid) {
        String expected = new Locale("", r.get("iso2")).getISO3Country();
        if (!expected.equals(r.get("iso3"))) {
          problem(r, "iso3: \"" + r.get("iso3") + "\" is not the alpha-3 code of " + r.get("iso2")
              + " (ISO 3166-1 says " + expected + ")");
        }
      }
      oneOf(r, "kind", Set.of("COUNTRY", "REGION"), false);
      boolean region = Set.of("HK", "MO", "TW").contains(r.get("iso2"));
      if (region != r.get("kind").equals("REGION")) {
        problem(r, "kind: HK, MO and TW, and only they, are REGION");
      }
      required(r, "name_en");
      if (required(r, "name_zh")) {
        String earlier = countryByNameZh.put(r.get("name_zh"), r.get("iso2"));
        if (earlier != null) {
          problem(r, "name_zh: \"" + r.get("name_zh") + "\" also names " + earlier);
        }
      }
    }

    // annex 1
    Map<Integer, String> annex1Iso = new TreeMap<>();
    int expectedRow = 1;
    for (Row r : rows("annex1_countries")) {
      Integer n = positiveInt(r, "row", false);
      if (n != null && n != expectedRow) {
        problem(r, "row: expected " + expectedRow + ", found " + n + " (annex rows run 1, 2, 3 ... in order)");
      }
      expectedRow++;
      required(r, "continent_zh");
      String iso = countryByNameZh.get(r.get("name_zh"));
      if (iso == null) {
        problem(r, "name_zh: unknown reference \"" + r.get("name_zh") + "\" (no country in countries.tsv has that name_zh)");
      } else if (n != null) {
        annex1Iso.put(n, iso);
      }
    }

    // other regimes' lists: dated, no overlap for one regime and country
    Map<String, List<LocalDate[]>> listed = new TreeMap<>();
    for (Row r : rows("regime_countries")) {
      oneOf(r, "regime", LISTED_REGIMES, false);
      String iso = r.get("iso2");
      if (!countries.containsKey(iso)) {
        problem(r, "iso2: unknown reference \"" + iso + "\" (not in countries.tsv)");
      }
      if (r.get("from").isEmpty()) {
        problem(r, "from: must not be empty");
      }
      LocalDate[] range = range(r);
      if (range != null) {
        String key = r.get("regime") + " " + iso;
        for (LocalDate[] other : listed.getOrDefault(key, List.of())) {
          if (overlaps(range, other)) {
            problem(r, "iso2: " + iso + " has overlapping periods for " + r.get("regime"));
          }
        }
        listed.computeIfAbsent(key, k -> new ArrayList<>()).add(range);
      }
    }

    // 240-hour eligibility
    Map<String, List<LocalDate[]>> eligibility = new TreeMap<>();
    Map<Integer, Row> annex1Refs = new HashMap<>();
    for (Row r : rows("transit_240h_countries")) {
      String iso = r.get("iso2");
      if (!countries.containsKey(iso)) {
        problem(r, "iso2: unknown reference \"" + iso + "\" (not in countries.tsv)");
      }
      LocalDate[] range = range(r);
      if (r.get("from").isEmpty()) {
        problem(r, "from: must not be empty");
      }
      if (range != null) {
        for (LocalDate[] other : eligibility.getOrDefault(iso, List.of())) {
          if (overlaps(range, other)) {
            problem(r, "iso2: " + iso + " has overlapping eligibility periods");
          }
        }
        eligibility.computeIfAbsent(iso, k -> new ArrayList<>()).add(range);
      }
      if (!r.get("annex1_row").isEmpty()) {
        Integer n = positiveInt(r, "annex1_row", false);
        if (n != null) {
          String annexIso = annex1Iso.get(n);
          if (annexIso == null) {
            problem(r, "annex1_row: unknown reference " + n + " (annex 1 has no such row)");
          } else if (!annexIso.equals(iso)) {
            problem(r, "annex1_row: row " + n + " of annex 1 is " + annexIso + ", not " + iso);
          }
          Row earlier = annex1Refs.put(n, r);
          if (earlier != null) {
            problem(r, "annex1_row: row " + n + " is already claimed at " + earlier.where());
          }
        }
      }
    }
    for (Row r : rows("annex1_countries")) {
      Integer n = parseIntOrNull(r.get("row"));
      if (n != null && !annex1Refs.containsKey(n)) {
        problem(r, "annex 1 row " + n + " (" + r.get("name_zh") + ") has no row in transit_240h_countries.tsv");
      }
    }

    // provinces
    Map<String, Row> provinces = uniqueKey("provinces", "code");
    uniqueKey("provinces", "iso");
    Map<String, String> provinceByShortZh = new HashMap<>();
    for (Row r : rows("provinces")) {
      matches(r, "code", PROVINCE_CODE, false);
      matches(r, "iso", ISO_3166_2_CN, false);
      oneOf(r, "kind", Set.of("PROVINCE", "MUNICIPALITY", "AUTONOMOUS_REGION"), false);
      required(r, "name_zh");
      required(r, "name_en");
      if (required(r, "short_zh")) {
        String earlier = provinceByShortZh.put(r.get("short_zh"), r.get("code"));
        if (earlier != null) {
          problem(r, "short_zh: \"" + r.get("short_zh") + "\" also names " + earlier);
        }
      }
    }

    // places
    Map<String, Row> places = uniqueKey("places", "code");
    for (Row r : rows("places")) {
      if (!matches(r, "code", GBT_CODE, false)) {
        continue;
      }
      String code = r.get("code");
      String parent = r.get("parent");
      required(r, "name_zh");
      switch (r.get("level")) {
        case "PREFECTURE":
          if (!code.endsWith("00") || code.endsWith("0000")) {
            problem(r, "code: bad code \"" + code + "\" for a prefecture (expected xxxx00)");
          }
          if (!provinces.containsKey(parent)) {
            problem(r, "parent: unknown reference \"" + parent + "\" (not a province in provinces.tsv)");
          } else if (!parent.startsWith(code.substring(0, 2))) {
            problem(r, "parent: " + parent + " is not the province of " + code);
          }
          break;
        case "COUNTY":
          if (code.endsWith("00")) {
            problem(r, "code: bad code \"" + code + "\" for a county (a county code does not end in 00)");
          }
          if (!parent.equals(code.substring(0, 4) + "00")) {
            problem(r, "parent: " + parent + " is not the prefecture that the county code " + code + " names ("
                + code.substring(0, 4) + "00)");
          }
          break;
        default:
          problem(r, "level: \"" + r.get("level") + "\" is not one of [COUNTY, PREFECTURE]");
      }
    }
    String previousPlace = "";
    for (Row r : rows("places")) {
      // The runtime index binary-searches the codes: they must ascend.
      if (r.get("code").compareTo(previousPlace) <= 0) {
        problem(r, "code: " + r.get("code") + " is out of order (places are sorted by code; it follows "
            + previousPlace + ")");
      }
      previousPlace = r.get("code");
    }
    for (Row r : rows("places")) {
      if (r.get("level").equals("COUNTY") && !places.containsKey(r.get("parent"))) {
        problem(r, "parent: unknown reference \"" + r.get("parent") + "\" (no such prefecture in places.tsv)");
      }
    }

    // annex 2: carry merged cells down
    Map<Integer, Row> annex2 = new TreeMap<>();
    Map<Integer, String> annex2Province = new HashMap<>();
    expectedRow = 1;
    String province = "";
    String stayArea = "";
    for (Row r : rows("annex2_ports")) {
      Integer n = positiveInt(r, "row", false);
      if (n != null && n != expectedRow) {
        problem(r, "row: expected " + expectedRow + ", found " + n + " (annex rows run 1, 2, 3 ... in order)");
      }
      expectedRow++;
      required(r, "port_zh");
      if (!r.get("province_zh").isEmpty()) {
        province = r.get("province_zh");
        stayArea = r.get("stay_area_zh");
        if (stayArea.isEmpty()) {
          problem(r, "stay_area_zh: the first row of a province must name its stay area");
        }
        if (!provinceByShortZh.containsKey(province)) {
          problem(r, "province_zh: unknown reference \"" + province + "\" (no short_zh in provinces.tsv)");
        }
      } else if (province.isEmpty()) {
        problem(r, "province_zh: the first row must name its province");
      } else if (!r.get("stay_area_zh").isEmpty()) {
        problem(r, "stay_area_zh: a row that continues a province must leave its stay area empty");
      }
      r.cells.put("province_zh", province);
      r.cells.put("stay_area_zh", stayArea);
      if (n != null) {
        annex2.put(n, r);
        String code = provinceByShortZh.get(province);
        if (code != null) {
          annex2Province.put(n, code);
        }
      }
    }

    // permitted areas
    uniqueKey("permitted_areas", "province", "place", "from");
    List<Object[]> areas = new ArrayList<>(); // {province, place-or-"", range}
    for (Row r : rows("permitted_areas")) {
      String prov = r.get("province");
      String place = r.get("place");
      required(r, "name_zh");
      if (!provinces.containsKey(prov)) {
        problem(r, "province: unknown reference \"" + prov + "\" (not in provinces.tsv)");
      }
      if (!place.isEmpty()) {
        Row p = places.get(place);
        if (p == null) {
          problem(r, "place: unknown reference \"" + place + "\" (not in places.tsv)");
        } else if (!p.get("level").equals("PREFECTURE") || !p.get("parent").equals(prov)) {
          problem(r, "place: " + place + " is not a prefecture of province " + prov);
        }
      }
      Integer row = positiveInt(r, "annex2_row", false);
      if (row != null) {
        if (!annex2.containsKey(row)) {
          problem(r, "annex2_row: unknown reference " + row + " (annex 2 has no such row)");
        } else if (!prov.equals(annex2Province.get(row))) {
          problem(r, "annex2_row: row " + row + " of annex 2 belongs to " + annex2Province.get(row) + ", not " + prov);
        }
      }
      if (r.get("from").isEmpty()) {
        problem(r, "from: must not be empty");
      }
      LocalDate[] range = range(r);
      if (range != null) {
        areas.add(new Object[] {prov, place, range});
      }
    }

    // tour group areas: a province or a prefecture, for every entry or for the entry ports of one prefecture
    Set<String> regimesWithArea = new TreeSet<>();
    for (Row r : rows("group_areas")) {
      oneOf(r, "regime", GROUP_REGIMES, false);
      regimesWithArea.add(r.get("regime"));
      String entry = r.get("entry");
      if (!entry.isEmpty()) {
        Row p = places.get(entry);
        if (p == null || !p.get("level").equals("PREFECTURE")) {
          problem(r, "entry: \"" + entry + "\" is not a prefecture in places.tsv");
        }
      }
      String place = r.get("place");
      Row p = places.get(place);
      if (!provinces.containsKey(place) && (p == null || !p.get("level").equals("PREFECTURE"))) {
        problem(r, "place: \"" + place + "\" is neither a province in provinces.tsv nor a prefecture in places.tsv");
      }
      range(r);
    }
    for (String regime : GROUP_REGIMES) {
      if (!regimesWithArea.contains(regime)) {
        problems.add("group_areas.tsv:0: no area for regime " + regime);
      }
    }

    // ports
    Map<String, Row> ports = uniqueKey("ports", "id");
    Map<String, Row> aliasOwner = new HashMap<>();
    Map<Integer, Row> portByAnnex2 = new HashMap<>();
    for (Row r : rows("ports")) {
      String id = r.get("id");
      String kind = r.get("kind");
      oneOf(r, "kind", Set.of("AIR", "SEA", "RAIL", "ROAD"), false);
      if (kind.equals("AIR")) {
        if (matches(r, "id", IATA, false) && !id.equals(r.get("iata"))) {
          problem(r, "id: an airport's id is its IATA code (\"" + r.get("iata") + "\"), not \"" + id + "\"");
        }
        matches(r, "iata", IATA, false);
        matches(r, "icao", ICAO, true);
      } else {
        if (matches(r, "id", NON_AIR_PORT_ID, false) && !id.startsWith(kind + "-")) {
          problem(r, "id: \"" + id + "\" must start with its kind " + kind + "-");
        }
        if (!r.get("iata").isEmpty() || !r.get("icao").isEmpty()) {
          problem(r, "iata/icao: only airports have IATA or ICAO codes");
        }
      }
      matches(r, "unlocode", UNLOCODE, true);
      required(r, "name_zh");
      required(r, "name_en");
      String prov = r.get("province");
      if (!provinces.containsKey(prov)) {
        problem(r, "province: unknown reference \"" + prov + "\" (not in provinces.tsv)");
      }
      String pref = r.get("prefecture");
      if (!pref.isEmpty()) {
        Row p = places.get(pref);
        if (p == null) {
          problem(r, "prefecture: unknown reference \"" + pref + "\" (not in places.tsv)");
        } else if (!p.get("level").equals("PREFECTURE") || !p.get("parent").equals(prov)) {
          problem(r, "prefecture: " + pref + " is not a prefecture of province " + prov);
        }
      }
      if (!r.get("annex2_row").isEmpty()) {
        Integer n = positiveInt(r, "annex2_row", false);
        if (n != null) {
          if (!annex2.containsKey(n)) {
            problem(r, "annex2_row: unknown reference " + n + " (annex 2 has no such row)");
          } else {
            if (!prov.equals(annex2Province.get(n))) {
              problem(r, "province: " + prov + " differs from annex 2 row " + n + " (" + annex2Province.get(n) + ")");
            }
            String annexName = stripPortSuffix(annex2.get(n).get("port_zh"));
            if (!annexName.equals(r.get("name_zh"))) {
              problem(r, "name_zh: \"" + r.get("name_zh") + "\" differs from annex 2 row " + n + " (\"" + annexName + "\")");
            }
          }
          Row earlier = portByAnnex2.put(n, r);
          if (earlier != null) {
            problem(r, "annex2_row: row " + n + " is already claimed by " + earlier.get("id") + " at " + earlier.where());
          }
        }
      }
      for (String alias : aliasesOf(r)) {
        Row earlier = aliasOwner.putIfAbsent(alias, r);
        if (earlier != null && earlier != r) {
          problem(r, "aliases: \"" + alias + "\" would name both " + earlier.get("id") + " (" + earlier.where()
              + ") and " + id);
        }
      }
    }
    for (Map.Entry<Integer, Row> e : annex2.entrySet()) {
      if (!portByAnnex2.containsKey(e.getKey())) {
        problem(e.getValue(), "annex 2 row " + e.getKey() + " has no port in ports.tsv");
      }
    }

    // port capabilities
    uniqueKey("port_capabilities", "port", "capability", "from");
    Map<String, List<LocalDate[]>> capabilityRanges = new HashMap<>();
    Map<String, List<LocalDate[]>> entryPorts = new TreeMap<>();
    for (Row r : rows("port_capabilities")) {
      String port = r.get("port");
      if (!ports.containsKey(port)) {
        problem(r, "port: unknown reference \"" + port + "\" (not in ports.tsv)");
      }
      String cap = r.get("capability");
      oneOf(r, "capability", CAPABILITIES, false);
      LocalDate[] range = range(r);
      if (range == null) {
        continue;
      }
      String key = port + "|" + cap;
      for (LocalDate[] other : capabilityRanges.getOrDefault(key, List.of())) {
        if (overlaps(range, other)) {
          problem(r, "port " + port + " has overlapping periods for " + cap);
        }
      }
      capabilityRanges.computeIfAbsent(key, k -> new ArrayList<>()).add(range);
      if (cap.equals("TRANSIT_240H_ENTRY")) {
        entryPorts.computeIfAbsent(port, k -> new ArrayList<>()).add(range);
        Row p = ports.get(port);
        if (p != null && p.get("annex2_row").isEmpty()) {
          problem(r, "port " + port + " is a 240-hour entry port but has no annex 2 row");
        }
      }
    }

    // visa exemptions
    Map<String, List<LocalDate[]>> exemptionRanges = new HashMap<>();
    for (Row r : rows("visa_exemptions")) {
      String iso = r.get("iso2");
      if (!countries.containsKey(iso)) {
        problem(r, "iso2: unknown reference \"" + iso + "\" (not in countries.tsv)");
      }
      String kind = r.get("kind");
      oneOf(r, "kind", Set.of("UNILATERAL", "MUTUAL"), false);
      oneOf(r, "terms_verified", Set.of("yes", "no"), false);
      oneOf(r, "long_standing", Set.of("yes", "no"), false);
      if (r.get("from").isEmpty()) {
        problem(r, "from: a visa exemption needs its start date; where the sources only show it in force by some"
            + " day, set long_standing yes and from to the earliest such day");
      }
      Integer stay = positiveInt(r, "stay_days", true);
      positiveInt(r, "max_days_in_180", true);
      if (kind.equals("UNILATERAL") && stay != null) {
        problem(r, "stay_days: a UNILATERAL row takes its stay limit from unilateral_terms.tsv; leave it empty");
      }
      if (kind.equals("MUTUAL") && r.get("terms_verified").equals("yes") && stay == null) {
        problem(r, "stay_days: a MUTUAL agreement with verified terms needs its stay limit");
      }
      LocalDate[] range = range(r);
      if (range != null) {
        for (LocalDate[] other : exemptionRanges.getOrDefault(iso, List.of())) {
          if (overlaps(range, other)) {
            problem(r, "iso2: " + iso + " has overlapping visa exemption periods");
          }
        }
        exemptionRanges.computeIfAbsent(iso, k -> new ArrayList<>()).add(range);
      }
    }

    // unilateral terms
    List<LocalDate[]> termRanges = new ArrayList<>();
    for (Row r : rows("unilateral_terms")) {
      positiveInt(r, "stay_days", false);
      if (required(r, "purposes")) {
        for (String p : r.get("purposes").split("\\|", -1)) {
          if (!PURPOSES.contains(p)) {
            problem(r, "purposes: \"" + p + "\" is not one of " + new TreeSet<>(PURPOSES));
          }
        }
      }
      LocalDate[] range = range(r);
      if (range != null) {
        for (LocalDate[] other : termRanges) {
          if (overlaps(range, other)) {
            problem(r, "unilateral terms overlap another row");
          }
        }
        termRanges.add(range);
      }
    }

    // the 72/144-hour zones: each port row's zone exists, for the regime's dates
    Set<String> zones = new HashSet<>();
    for (Row r : rows("transit_history_zones")) {
      oneOf(r, "regime", ZONE_REGIMES, false);
      oneOf(r, "counting", Set.of("NEXT_DAY_MIDNIGHT", "ELAPSED"), true);
      positiveInt(r, "hours", false);
      range(r);
      for (String code : r.get("area").split("\\|", -1)) {
        if (!code.matches("[0-9]{6}")) {
          problem(r, "area: \"" + code + "\" is not a 6-digit place code");
        }
      }
      zones.add(r.get("zone"));
    }
    for (Row r : rows("transit_history_ports")) {
      range(r);
      if (!zones.contains(r.get("zone"))) {
        problem(r, "zone: no zone \"" + r.get("zone") + "\" in transit_history_zones.tsv");
      }
    }
    for (Row r : rows("transit_history_lists")) {
      oneOf(r, "regime", ZONE_REGIMES, false);
      range(r);
    }

    // regime terms
    Map<String, List<LocalDate[]>> termsByRegime = new HashMap<>();
    for (Row r : rows("regime_terms")) {
      oneOf(r, "regime", REGIMES, false);
      oneOf(r, "counting", Set.of("NEXT_DAY_MIDNIGHT", "ELAPSED", "UNCERTAIN"), false);
      positiveInt(r, "max_stay_hours", true);
      positiveInt(r, "min_document_validity_months", true);
      // Visa exemption takes its length from its own tables; residence lasts as long as the permit.
      if (!NO_STAY_LIMIT.contains(r.get("regime")) && r.get("max_stay_hours").isEmpty()) {
        problem(r, "max_stay_hours: must not be empty for " + r.get("regime"));
      }
      LocalDate[] range = range(r);
      if (range != null) {
        for (LocalDate[] other : termsByRegime.getOrDefault(r.get("regime"), List.of())) {
          if (overlaps(range, other)) {
            problem(r, "regime " + r.get("regime") + " has overlapping terms");
          }
        }
        termsByRegime.computeIfAbsent(r.get("regime"), k -> new ArrayList<>()).add(range);
      }
    }
    for (String regime : REGIMES) {
      if (!termsByRegime.containsKey(regime)) {
        problems.add("regime_terms.tsv:0: no terms for regime " + regime);
      }
    }

    // purposes by regime: every purpose answered, exactly once, for each regime listed
    // A dated scheme (Hainan) may leave a purpose out: its sources list what it admits "and so on" (等),
    // so an unlisted purpose is unknown, not refused.
    uniqueKey("regime_purposes", "regime", "purpose", "from");
    Map<String, Set<String>> purposesByRegime = new TreeMap<>();
    Map<String, List<LocalDate[]>> purposeRanges = new HashMap<>();
    for (Row r : rows("regime_purposes")) {
      oneOf(r, "regime", PURPOSE_SCOPES, false);
      oneOf(r, "purpose", PURPOSES, false);
      oneOf(r, "permitted", Set.of("yes", "no"), false);
      LocalDate[] range = range(r);
      if (range != null) {
        String key = r.get("regime") + " " + r.get("purpose");
        for (LocalDate[] other : purposeRanges.getOrDefault(key, List.of())) {
          if (overlaps(range, other)) {
            problem(r, "purpose: " + r.get("purpose") + " has overlapping periods for " + r.get("regime"));
          }
        }
        purposeRanges.computeIfAbsent(key, k -> new ArrayList<>()).add(range);
      }
      if (!r.get("regime").equals("HAINAN_30D") && !r.get("regime").equals("TOUR_GROUP")) {
        purposesByRegime.computeIfAbsent(r.get("regime"), k -> new TreeSet<>()).add(r.get("purpose"));
      }
    }
    purposesByRegime.forEach((regime, listed2) -> {
      if (!listed2.containsAll(PURPOSES)) {
        Set<String> missing = new TreeSet<>(PURPOSES);
        missing.removeAll(listed2);
        problems.add("regime_purposes.tsv:0: regime " + regime + " does not say whether it admits " + missing);
      }
    });

    // purpose to visa: every purpose has a last row without a length limit
    Map<String, Row> lastVisaRow = new HashMap<>();
    for (Row r : rows("purpose_visas")) {
      oneOf(r, "purpose", PURPOSES, false);
      oneOf(r, "visa", VISAS, false);
      oneOf(r, "alternative", VISAS, true);
      positiveInt(r, "max_stay_days", true);
      Row earlier = lastVisaRow.get(r.get("purpose"));
      if (earlier != null && earlier.get("max_stay_days").isEmpty()) {
        problem(r, "purpose " + r.get("purpose") + ": unreachable, the row at " + earlier.where() + " has no length limit");
      }
      lastVisaRow.put(r.get("purpose"), r);
    }
    for (String purpose : new TreeSet<>(PURPOSES)) {
      Row last = lastVisaRow.get(purpose);
      if (last == null) {
        problems.add("purpose_visas.tsv:0: no visa for purpose " + purpose);
      } else if (!last.get("max_stay_days").isEmpty()) {
        problem(last, "purpose " + purpose + ": the last row must have no length limit, so every trip gets a visa");
      }
    }

    // arrival card rules
    Map<String, List<LocalDate[]>> cardRanges = new HashMap<>();
    for (Row r : rows("arrival_card_rules")) {
      oneOf(r, "case", ARRIVAL_CARD_CASES, false);
      oneOf(r, "requirement", Set.of("REQUIRED", "EXEMPT"), false);
      LocalDate[] range = range(r);
      if (range != null) {
        for (LocalDate[] other : cardRanges.getOrDefault(r.get("case"), List.of())) {
          if (overlaps(range, other)) {
            problem(r, "case " + r.get("case") + " has overlapping periods");
          }
        }
        cardRanges.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(range);
      }
    }

    // legal bases of the rules
    uniqueKey("rule_bases", "regime", "code");
    for (Row r : rows("rule_bases")) {
      oneOf(r, "regime", REGIMES, false);
      oneOf(r, "code", FINDING_CODES, false);
    }

    // policy versions: the counts each version states must agree with the tables
    uniqueKey("policy_versions", "effective");
    LocalDate newest = null;
    LocalDate previous = null;
    Row announcementVersion = null;
    for (Row r : rows("policy_versions")) {
      LocalDate effective = date(r, "effective", false);
      Integer nCountries = positiveInt(r, "countries", false);
      Integer nPorts = positiveInt(r, "ports", false);
      Integer nProvinces = positiveInt(r, "provinces", false);
      required(r, "summary_en");
      if (effective == null) {
        continue;
      }
      if (previous != null && !effective.isAfter(previous)) {
        problem(r, "effective: versions must be in date order (" + effective + " after " + previous + ")");
      }
      previous = effective;
      newest = newest == null || effective.isAfter(newest) ? effective : newest;
      if (Arrays.asList(r.get("source").split(" ; ")).stream()
          .anyMatch(s -> s.equals(ANNOUNCEMENT_SOURCE) || s.startsWith(ANNOUNCEMENT_SOURCE + "#"))) {
        announcementVersion = r;
      }
      int actualCountries = 0;
      for (List<LocalDate[]> ranges : eligibility.values()) {
        if (ranges.stream().anyMatch(x -> inForce(x, effective))) {
          actualCountries++;
        }
      }
      if (nCountries != null && nCountries != actualCountries) {
        problem(r, "countries: the version says " + nCountries + " countries on " + effective
            + ", transit_240h_countries.tsv has " + actualCountries);
      }
      int actualPorts = 0;
      for (List<LocalDate[]> ranges : entryPorts.values()) {
        if (ranges.stream().anyMatch(x -> inForce(x, effective))) {
          actualPorts++;
        }
      }
      if (nPorts != null && nPorts != actualPorts) {
        problem(r, "ports: the version says " + nPorts + " entry ports on " + effective
            + ", port_capabilities.tsv has " + actualPorts);
      }
      Set<String> areaProvinces = new TreeSet<>();
      for (Object[] a : areas) {
        if (inForce((LocalDate[]) a[2], effective)) {
          areaProvinces.add((String) a[0]);
        }
      }
      if (nProvinces != null && nProvinces != areaProvinces.size()) {
        problem(r, "provinces: the version says " + nProvinces + " provinces on " + effective
            + ", permitted_areas.tsv has " + areaProvinces.size());
      }
    }
    if (announcementVersion == null) {
      problems.add("policy_versions.tsv:0: no version cites " + ANNOUNCEMENT_SOURCE + ", the announcement the annexes come from");
    } else {
      Integer nCountries = parseIntOrNull(announcementVersion.get("countries"));
      Integer nPorts = parseIntOrNull(announcementVersion.get("ports"));
      Integer nProvinces = parseIntOrNull(announcementVersion.get("provinces"));
      int annex1Rows = rows("annex1_countries").size();
      int annex2Rows = rows("annex2_ports").size();
      long annex2Provinces = annex2Province.values().stream().distinct().count();
      if (nCountries != null && annex1Rows != nCountries) {
        problems.add("annex1_countries.tsv:0: annex 1 has " + annex1Rows + " rows; the announcement says "
            + nCountries + " countries (" + announcementVersion.where() + ")");
      }
      if (nPorts != null && annex2Rows != nPorts) {
        problems.add("annex2_ports.tsv:0: annex 2 has " + annex2Rows + " rows; the announcement says " + nPorts
            + " ports (" + announcementVersion.where() + ")");
      }
      if (nProvinces != null && annex2Provinces != nProvinces) {
        problems.add("annex2_ports.tsv:0: annex 2 names " + annex2Provinces + " provinces; the announcement says "
            + nProvinces + " (" + announcementVersion.where() + ")");
      }
    }
    if (newest != null && expectedDataVersion != null && !newest.toString().equals(expectedDataVersion)) {
      problems.add("policy_versions.tsv:0: the newest version is " + newest + " but the build declares data version "
          + expectedDataVersion + " (property transitpolicy.data.version in the root pom.xml)");
    }
    return newest == null ? "" : newest.toString();
  }

  /** Whether {@code s} is digits 0-9 without a leading zero (or is "0"). */
  static boolean isPlainDigits(String s) {
    if (s.isEmpty() || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Integer parseIntOrNull(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The announcement writes ports with the suffix 口岸 ("port"); the catalogue names them without it. */
  public static String stripPortSuffix(String name) {
    return name.endsWith("口岸") ? name.substring(0, name.length() - 2) : name;
  }

  /**
   * Normalises a port alias the way the runtime catalogue does: trimmed, upper case, without the suffix
   * 口岸. The two must agree, or an alias that validates here would not resolve at run time.
   */
  public static String normaliseAlias(String alias) {
    return stripPortSuffix(alias.strip()).toUpperCase(Locale.ROOT);
  }

  static List<String> aliasesOf(Row port) {
    Set<String> all = new TreeSet<>();
    for (String column : List.of("id", "iata", "icao", "unlocode", "name_zh", "name_en")) {
      if (!port.get(column).isEmpty()) {
        all.add(normaliseAlias(port.get(column)));
      }
    }
    if (!port.get("aliases").isEmpty()) {
      for (String a : port.get("aliases").split("\\|", -1)) {
        if (!a.isBlank()) {
          all.add(normaliseAlias(a));
        }
      }
    }
    return new ArrayList<>(all);
  }

}
