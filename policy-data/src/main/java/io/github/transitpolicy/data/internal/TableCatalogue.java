package io.github.transitpolicy.data.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.ArrivalCardRule;
import io.github.transitpolicy.data.GroupArea;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.ExportFormat;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.RuleBasis;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.data.TransitZone;
import io.github.transitpolicy.data.TransitZonePort;
import io.github.transitpolicy.data.VisaSuggestion;
import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.ExemptionKind;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.PortKind;
import io.github.transitpolicy.model.Province;
import io.github.transitpolicy.model.ProvinceKind;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.VisaCategory;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaExemption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Catalogue} read from the compiled tables. The small tables an evaluation needs are read
 * when the catalogue is made; the ports and the countries' list and exemption entries are indexed by
 * their first cell then, and each line is cut into cells when its port or country is first asked for;
 * the provinces, places and visa suggestions, the rules' legal bases (which only a finding cites), and the
 * tables only the Hainan, group and history regimes read (their countries, the group areas, the history
 * zones), are read on first use. {@link TableValidator} has validated
 * every line, at build time for the bundled tables and in {@link #load} for a directory, so reading a line
 * late moves no error into an evaluation.
 */
public final class TableCatalogue implements Catalogue {
  private static final Regime[] REGIMES = Regime.values();
  private static final PurposeScope[] SCOPES = PurposeScope.values();
  private static final Purpose[] PURPOSES = Purpose.values();

  /** The bundled catalogue: built once, when first asked for (holder idiom, no locking after). */
  private static final class Bundled {
    static final TableCatalogue INSTANCE = new TableCatalogue(new BundledSource());
  }

  /** The compiled tables. A class, not a method reference: lambdas cost a millisecond each on first use. */
  private static final class BundledSource implements TableSource {
    @Override
    public String[] chunks(String table) {
      return BundledTables.chunks(table);
    }

    @Override
    public @Nullable String placeCodes() {
      return BundledTables.PLACE_CODES;
    }

    @Override
    public List<String> tableNames() {
      return List.of(BundledTables.NAMES);
    }
  }

  /** Supplies a table's chunks by name; the bundled tables in production, fixtures in tests. */
  @FunctionalInterface
  public interface TableSource {
    /**
     * The chunks of a table: tab-separated lines, header first.
     *
     * @param table the table name
     * @return the chunks
     */
    String[] chunks(String table);

    /**
     * Every place code, six digits each, in the place table's order, if the source has them ready:
     * then telling whether a place exists parses nothing. Null (the default) to have them read from
     * the place table when first needed.
     *
     * @return the codes, or null
     */
    default @Nullable String placeCodes() {
      return null;
    }

    /**
     * The names of the tables, in export order.
     *
     * @return the names; by default those {@link TableDefinitions} gives
     */
    default List<String> tableNames() {
      return TableDefinitions.names();
    }
  }

  /** Tables read from a directory and validated at run time ({@link #load}). */
  private static final class LoadedSource implements TableSource {
    private final Map<String, String[]> chunks = new HashMap<>();
    private final List<String> names;

    LoadedSource(TableValidator.Tables tables) {
      this.names = List.copyOf(tables.tables().keySet());
      for (TableValidator.Table t : tables.tables().values()) {
        // One chunk a table: the compiler splits only to fit class-file constants.
        StringBuilder b = new StringBuilder(String.join("\t", t.columns())).append('\n');
        for (TableValidator.Row r : t.rows()) {
          for (int i = 0; i < t.columns().size(); i++) {
            b.append(i == 0 ? "" : "\t").append(r.get(t.columns().get(i)));
          }
          b.append('\n');
        }
        chunks.put(t.name(), new String[] {b.toString()});
      }
    }

    @Override
    public String[] chunks(String table) {
      String[] c = chunks.get(table);
      if (c == null) {
        throw new IllegalArgumentException("table: no table named " + table);
      }
      return c;
    }

    @Override
    public List<String> tableNames() {
      return names;
    }
  }

  private final TableSource source;
  private final List<PolicyVersion> versions;
  private final LocalDate asOf;
  private final PortIndex ports;
  /** The provinces; read on first use, as an evaluation rarely needs them. */
  private volatile @Nullable Provinces provinces;
  private final ByCountry<CountryEligibility> eligibilityByCountry;
  private final ByCountry<VisaExemption> exemptionsByCountry;
  private final List<UnilateralTerms> unilateralTerms;
  private final DatedSnapshots<PermittedArea> areas;
  private final List<RegimeTerms> regimeTerms;
  private final Map<PurposeScope, Map<Purpose, List<DatedPurposeRule>>> purposeRules;
  /**
   * The tables only the Hainan, group and history regimes read, read when one first does (most trips are
   * decided before those regimes are tried): volatile, as the other tables read on first use.
   */
  private volatile @Nullable Map<Regime, List<CountryEligibility>> regimeCountries;
  /** The same rows by regime and country: a batch looks up a nationality in several regimes a trip. */
  private volatile @Nullable Map<Regime, Map<CountryCode, List<CountryEligibility>>> regimeCountriesByCountry;
  /**
   * Each two-letter country's 240-hour listing ({@code transit_240h_countries}), made when the country is
   * first asked about; racy but safe, as the rows are immutable and equal whoever makes them.
   */
  private final @Nullable DatedRows<?>[] transitRows = new DatedRows<?>[ByCountry.ALPHA2];
  /** Each regime's listing of each two-letter country, at the regime's ordinal times 676 plus the country's index. */
  private final @Nullable DatedRows<?>[] regimeRows = new DatedRows<?>[REGIMES.length * ByCountry.ALPHA2];
  /** Each scope's dated rules for each purpose, at the scope's ordinal times the purposes plus the purpose's. */
  private final @Nullable DatedRows<?>[] purposeRows = new DatedRows<?>[SCOPES.length * PURPOSES.length];
  /** The visas to suggest by purpose; read on first use, as only a trip that needs a visa needs them. */
  private volatile @Nullable Map<Purpose, List<VisaSuggestion>> visaSuggestions;
  private final List<ArrivalCardRule> arrivalCardRules;
  /** Read when a finding first cites a basis: an evaluation's verdict needs none. */
  private volatile @Nullable Map<Regime, Map<FindingCode, RuleBasis>> ruleBases;
  private volatile @Nullable List<TransitZone> transitZones;
  private volatile @Nullable List<TransitZonePort> transitZonePorts;
  private volatile @Nullable List<RegimeTerms> transitZoneLists;
  private volatile @Nullable Map<Regime, List<GroupArea>> groupAreas;
  private volatile @Nullable PlaceIndex places;
  /** The source's ready-made place codes, if any. */
  private final @Nullable String placeCodes;
  /** Every place code: what {@link #knows} looks in. */
  private volatile @Nullable IntSet placeCodeSet;
  private volatile @Nullable AirportIndex airports;

  /**
   * Reads a catalogue from a table source.
   *
   * @param source where the tables come from
   */
  public TableCatalogue(TableSource source) {
    this.source = source;
    this.placeCodes = source.placeCodes();
    this.versions = readVersions(table("policy_versions"));
    this.asOf = readAsOf(table("catalogue"));
    this.ports = new PortIndex(source.chunks("ports"), source.chunks("port_capabilities"));
    this.eligibilityByCountry = new EligibilityByCountry(source.chunks("transit_240h_countries"));
    this.exemptionsByCountry = new ExemptionsByCountry(source.chunks("visa_exemptions"));
    this.unilateralTerms = readUnilateralTerms(table("unilateral_terms"));
    this.areas = readAreas(table("permitted_areas"));
    this.regimeTerms = readRegimeTerms(table("regime_terms"));
    this.purposeRules = readPurposeRules(table("regime_purposes"));
    this.arrivalCardRules = readArrivalCardRules(table("arrival_card_rules"));
  }

  /**
   * The catalogue of the bundled tables.
   *
   * @return the shared instance
   */
  public static TableCatalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads and validates a directory of tables, with the checks the build applies ({@link TableValidator}),
   * then builds every entity once, so that nothing is left to fail in a later lookup.
   *
   * @param directory a directory laid out like {@code policy-data/src/main/tables}
   * @return the catalogue of its tables
   * @throws io.github.transitpolicy.data.CatalogueException listing every problem of the tables
   * @throws IllegalArgumentException if {@code directory} is not a directory
   */
  public static TableCatalogue load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("directory: " + directory + " is not a directory");
    }
    TableCatalogue catalogue = new TableCatalogue(new LoadedSource(TableValidator.read(directory, null, null)));
    catalogue.buildEverything();
    return catalogue;
  }

  /** Builds every port, country entry, province, place and visa suggestion. */
  private void buildEverything() {
    ports();
    transitEligibility();
    visaExemptions();
    provinces();
    for (int code : places().codes()) {
      place(PlaceCode.of(String.format(Locale.ROOT, "%06d", code)));
    }
    visaSuggestions();
    regimeCountryIndex();
    ruleBaseIndex();
    zoneList();
    zonePortList();
    zoneListPeriods();
    groupAreaIndex();
    airports();
  }

  // ------------------------------------------------------------------ reading

  private Rows table(String name) {
    return new Rows(name, source.chunks(name));
  }

  /** A compiled table: a header and rows of cells. */
  static final class Rows {
    final String name;
    final Map<String, Integer> columns = new HashMap<>();
    final List<String[]> rows = new ArrayList<>();

    Rows(String name, String[] chunks) {
      this(name, Tsv.lines(chunks));
    }

    /** A table from its lines, header first. */
    Rows(String name, List<String> lines) {
      this.name = name;
      List<String> header = Tsv.cells(lines.get(0), '\t');
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i), i);
      }
      for (int i = 1; i < lines.size(); i++) {
        rows.add(Tsv.row(lines.get(i)));
      }
    }

    String get(String[] row, String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalStateException("table " + name + " has no column " + column);
      }
      return row[i];
    }

    /** Checks that the first column is {@code column}: the one lines are grouped by before being cut. */
    void requireFirst(String column) {
      Integer i = columns.get(column);
      if (i == null || i != 0) {
        throw new IllegalStateException("table " + name + " must begin with column " + column);
      }
    }

    @Nullable String optional(String[] row, String column) {
      String v = get(row, column);
      return v.isEmpty() ? null : v;
    }

    @Nullable LocalDate date(String[] row, String column) {
      String v = get(row, column);
      return v.isEmpty() ? null : parseDate(v);
    }

    DateRange range(String[] row) {
      return DateRange.of(date(row, "from"), date(row, "until"));
    }

    Confidence confidence(String[] row) {
      String v = get(row, "confidence");
      return v.isEmpty() ? Confidence.H : Confidence.valueOf(v);
    }
  }

  /**
   * Parses a {@code yyyy-MM-dd} date the table compiler has already validated, without
   * DateTimeFormatter, whose first use costs several milliseconds of class loading.
   */
  static LocalDate parseDate(String iso) {
    return LocalDate.of(
        Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
  }

  /** The one row of {@code catalogue.tsv}; the table compiler has checked that there is exactly one. */
  private static LocalDate readAsOf(Rows t) {
    if (t.rows.size() != 1) {
      throw new IllegalStateException("table catalogue must have exactly one row, it has " + t.rows.size());
    }
    return parseDate(t.get(t.rows.get(0), "as_of"));
  }

  private static List<PolicyVersion> readVersions(Rows t) {
    List<PolicyVersion> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(PolicyVersion.builder()
          .effective(parseDate(t.get(r, "effective")))
          .summary(t.get(r, "summary_en"))
          .countries(Integer.parseInt(t.get(r, "countries")))
          .ports(Integer.parseInt(t.get(r, "ports")))
          .provinces(Integer.parseInt(t.get(r, "provinces")))
          .source(t.get(r, "source"))
          .confidence(t.confidence(r))
          .build());
    }
    return List.copyOf(out);
  }

  private static List<Province> readProvinces(Rows t) {
    List<Province> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(Province.builder()
          .code(PlaceCode.of(t.get(r, "code")))
          .iso(t.get(r, "iso"))
          .kind(ProvinceKind.valueOf(t.get(r, "kind")))
          .nameZh(t.get(r, "name_zh"))
          .shortZh(t.get(r, "short_zh"))
          .nameEn(t.get(r, "name_en"))
          .build());
    }
    return List.copyOf(out);
  }

  /**
   * The ports: an id index over the raw lines, and {@link Port} objects built one at a time when a port
   * is asked for. A line is cut into cells only when its port is built (or, for the full alias index,
   * when a port is first asked for by another name): in a fresh JVM, cutting the 500 lines of the two
   * port tables took a tenth of the first evaluation, which needs two ports.
   */
  static final class PortIndex {
    private static final List<String> ALIAS_COLUMNS = List.of("id", "iata", "icao", "unlocode", "name_zh", "name_en");

    /** The header of the port table, for its column names. */
    private final Rows columns;
    /** The port table's lines after the header, one a port, its id the first cell. */
    private final List<String> lines;
    private final Rows capabilityColumns;
    private final List<String> capabilityLines;
    /** Port ids, the usual way to name a port: enough for most lookups, and cheap to build. */
    private final Map<String, Integer> byId = new HashMap<>();
    /**
     * Ids of three letters A-Z (the airports' IATA codes, most ports asked for), found without hashing:
     * the row plus one, indexed by the letters in base 26; 0 where no port has that id.
     */
    private final short[] byThreeLetters = new short[26 * 26 * 26];
    /** Every alias, normalised; built on the first lookup that is not an id. */
    private volatile @Nullable Map<String, Integer> byAlias;
    /** Capability lines by port id; grouped when the first port is built. */
    private volatile @Nullable Map<String, List<String>> capabilitiesByPort;
    private final @Nullable Port[] built;
    private volatile @Nullable List<Port> all;

    PortIndex(String[] portChunks, String[] capabilityChunks) {
      List<String> portLines = Tsv.lines(portChunks);
      this.columns = new Rows("ports", portLines.subList(0, 1));
      this.lines = portLines.subList(1, portLines.size());
      List<String> capLines = Tsv.lines(capabilityChunks);
      this.capabilityColumns = new Rows("port_capabilities", capLines.subList(0, 1));
      this.capabilityLines = capLines.subList(1, capLines.size());
      columns.requireFirst("id");
      capabilityColumns.requireFirst("port");
      if (lines.size() >= Short.MAX_VALUE) {
        throw new IllegalStateException("ports: more than " + (Short.MAX_VALUE - 1) + " rows");
      }
      this.built = new Port[lines.size()];
      for (int i = 0; i < lines.size(); i++) {
        String id = normaliseAlias(Tsv.firstCell(lines.get(i)));
        byId.put(id, i);
        int letters = threeLetters(id);
        if (letters >= 0) {
          byThreeLetters[letters] = (short) (i + 1);
        }
      }
    }

    private String[] cells(int i) {
      return Tsv.row(lines.get(i));
    }

    /** Every alias of every port. The table compiler has checked that no alias names two ports. */
    private Map<String, Integer> aliases() {
      Map<String, Integer> m = byAlias;
      if (m == null) {
        m = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
          String[] r = cells(i);
          for (String column : ALIAS_COLUMNS) {
            String v = columns.get(r, column);
            if (!v.isEmpty()) {
              m.put(normaliseAlias(v), i);
            }
          }
          for (String alias : splitList(columns.get(r, "aliases"))) {
            m.put(normaliseAlias(alias), i);
          }
        }
        byAlias = m; // racy but safe: built fully before it is published, equal whoever builds it
      }
      return m;
    }

    private Map<String, List<String>> capabilitiesByPort() {
      Map<String, List<String>> m = capabilitiesByPort;
      if (m == null) {
        m = new HashMap<>();
        for (String line : capabilityLines) {
          listIn(m, Tsv.firstCell(line)).add(line);
        }
        capabilitiesByPort = m;
      }
      return m;
    }

    /** 0..17,575 for a string of three letters A-Z, else -1. */
    static int threeLetters(String s) {
      if (s.length() != 3) {
        return -1;
      }
      int a = s.charAt(0) - 'A';
      int b = s.charAt(1) - 'A';
      int c = s.charAt(2) - 'A';
      return (a | b | c) >= 0 && a < 26 && b < 26 && c < 26 ? (a * 26 + b) * 26 + c : -1;
    }

    @Nullable Port byAlias(String alias) {
      int letters = threeLetters(alias);
      if (letters >= 0 && byThreeLetters[letters] != 0) {
        return get(byThreeLetters[letters] - 1);
      }
      Integer i = byId.get(alias); // already normal (e.g. "SEA-XIAMEN"): no allocation
      if (i == null) {
        String normal = normaliseAlias(alias);
        i = byId.get(normal);
        if (i == null) {
          i = aliases().get(normal);
        }
      }
      return i == null ? null : get(i);
    }

    Port get(int i) {
      Port p = built[i];
      if (p == null) {
        // Racy but safe: Port is immutable with final fields; at worst two threads build equal ports.
        p = build(cells(i));
        built[i] = p;
      }
      return p;
    }

    List<Port> all() {
      List<Port> a = all;
      if (a == null) {
        List<Port> out = new ArrayList<>(built.length);
        for (int i = 0; i < built.length; i++) {
          out.add(get(i));
        }
        all = a = List.copyOf(out);
      }
      return a;
    }

    int size() {
      return built.length;
    }

    private Port build(String[] r) {
      Rows t = columns;
      String id = t.get(r, "id");
      List<PortCapability> caps = new ArrayList<>();
      Rows ct = capabilityColumns;
      for (String line : capabilitiesByPort().getOrDefault(id, List.of())) {
        String[] c = Tsv.row(line);
        caps.add(PortCapability.of(
            Capability.valueOf(ct.get(c, "capability")), ct.range(c), ct.get(c, "source"), ct.confidence(c)));
      }
      String prefecture = t.optional(r, "prefecture");
      String annexRow = t.optional(r, "annex2_row");
      return Port.builder()
          .id(id)
          .kind(PortKind.valueOf(t.get(r, "kind")))
          .iata(Optional.ofNullable(t.optional(r, "iata")))
          .icao(Optional.ofNullable(t.optional(r, "icao")))
          .unlocode(Optional.ofNullable(t.optional(r, "unlocode")))
          .nameZh(t.get(r, "name_zh"))
          .nameEn(t.get(r, "name_en"))
          .aliases(splitList(t.get(r, "aliases")))
          .province(PlaceCode.of(t.get(r, "province")))
          .prefecture(prefecture == null ? Optional.empty() : Optional.of(PlaceCode.of(prefecture)))
          .annex2Row(annexRow == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(annexRow)))
          .capabilities(caps)
          .source(t.get(r, "source"))
          .confidence(t.confidence(r))
          .build();
    }
  }

  /** The 240-hour list's entries by country. */
  private static final class EligibilityByCountry extends ByCountry<CountryEligibility> {
    EligibilityByCountry(String[] chunks) {
      super("transit_240h_countries", chunks);
    }

    @Override
    CountryEligibility read(Rows t, String[] r) {
      String row = t.optional(r, "annex1_row");
      return CountryEligibility.builder()
          .country(CountryCode.of(t.get(r, "iso2")))
          .validity(t.range(r))
          .annex1Row(row == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(row)))
          .source(t.get(r, "source"))
          .confidence(t.confidence(r))
          .build();
    }
  }

  /** The visa exemptions by country. */
  private static final class ExemptionsByCountry extends ByCountry<VisaExemption> {
    ExemptionsByCountry(String[] chunks) {
      super("visa_exemptions", chunks);
    }

    @Override
    VisaExemption read(Rows t, String[] r) {
      String stay = t.optional(r, "stay_days");
      String cap = t.optional(r, "max_days_in_180");
      return VisaExemption.builder()
          .country(CountryCode.of(t.get(r, "iso2")))
          .kind(ExemptionKind.valueOf(t.get(r, "kind")))
          .validity(t.range(r))
          .stayDays(stay == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(stay)))
          .maxDaysIn180(cap == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cap)))
          .termsVerified(t.get(r, "terms_verified").equals("yes"))
          .longStanding(t.get(r, "long_standing").equals("yes"))
          .source(t.get(r, "source"))
          .confidence(t.confidence(r))
          .build();
    }
  }

  private static List<UnilateralTerms> readUnilateralTerms(Rows t) {
    List<UnilateralTerms> out = new ArrayList<>();
    for (String[] r : t.rows) {
      Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
      for (String p : splitList(t.get(r, "purposes"))) {
        purposes.add(Purpose.valueOf(p));
      }
      out.add(UnilateralTerms.builder()
          .validity(t.range(r))
          .stayDays(Integer.parseInt(t.get(r, "stay_days")))
          .purposes(purposes)
          .source(t.get(r, "source"))
          .confidence(t.confidence(r))
          .build());
    }
    return List.copyOf(out);
  }

  private static DatedSnapshots<PermittedArea> readAreas(Rows t) {
    List<PlaceCode> provinces = new ArrayList<>();
    List<PlaceCode> places = new ArrayList<>();
    List<DateRange> ranges = new ArrayList<>();
    for (String[] r : t.rows) {
      String place = t.get(r, "place");
      provinces.add(PlaceCode.of(t.get(r, "province")));
      places.add(place.isEmpty() ? null : PlaceCode.of(place));
      ranges.add(t.range(r));
    }
    TreeSet<LocalDate> boundaries = DatedSnapshots.boundaries(ranges);
    List<PermittedArea> areas = new ArrayList<>();
    for (LocalDate day : boundaries) {
      List<PlaceCode> whole = new ArrayList<>();
      List<PlaceCode> prefectures = new ArrayList<>();
      for (int i = 0; i < ranges.size(); i++) {
        if (ranges.get(i).contains(day)) {
          PlaceCode place = places.get(i);
          if (place == null) {
            whole.add(provinces.get(i));
          } else {
            prefectures.add(place);
          }
        }
      }
      areas.add(PermittedArea.of(whole, prefectures));
    }
    return new DatedSnapshots<>(boundaries.toArray(new LocalDate[0]), areas, PermittedArea.empty());
  }

  private static OptionalInt optionalInt(Rows t, String[] r, String column) {
    String v = t.optional(r, column);
    return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
  }

  private static List<RegimeTerms> readRegimeTerms(Rows t) {
    List<RegimeTerms> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(new RegimeTerms(
          Regime.valueOf(t.get(r, "regime")),
          t.range(r),
          optionalInt(t, r, "max_stay_hours"),
          StayCounting.valueOf(t.get(r, "counting")),
          optionalInt(t, r, "min_document_validity_months"),
          t.get(r, "source"),
          t.confidence(r)));
    }
    return List.copyOf(out);
  }

  /** A purpose rule and the days it applies on. */
  private record DatedPurposeRule(DateRange validity, PurposeRule rule) {}

  private static Map<PurposeScope, Map<Purpose, List<DatedPurposeRule>>> readPurposeRules(Rows t) {
    Map<PurposeScope, Map<Purpose, List<DatedPurposeRule>>> out = new java.util.EnumMap<>(PurposeScope.class);
    for (String[] r : t.rows) {
      PurposeRule rule = new PurposeRule(
          PurposeScope.valueOf(t.get(r, "regime")),
          Purpose.valueOf(t.get(r, "purpose")),
          t.get(r, "permitted").equals("yes"),
          t.get(r, "source"),
          t.confidence(r));
      // Plain get and put, not computeIfAbsent with a lambda: these tables are read by the first
      // evaluation in a JVM, and a first lambda bootstraps the JDK's lambda machinery (README, First use).
      Map<Purpose, List<DatedPurposeRule>> byPurpose = out.get(rule.scope());
      if (byPurpose == null) {
        byPurpose = new java.util.EnumMap<>(Purpose.class);
        out.put(rule.scope(), byPurpose);
      }
      List<DatedPurposeRule> rules = byPurpose.get(rule.purpose());
      if (rules == null) {
        rules = new ArrayList<>();
        byPurpose.put(rule.purpose(), rules);
      }
      rules.add(new DatedPurposeRule(t.range(r), rule));
    }
    return out;
  }

  private static List<TransitZone> readTransitZones(Rows t) {
    List<TransitZone> out = new ArrayList<>();
    for (String[] r : t.rows) {
      List<PlaceCode> area = new ArrayList<>();
      for (String code : t.get(r, "area").split("\\|", -1)) {
        area.add(PlaceCode.of(code));
      }
      String counting = t.get(r, "counting");
      String exit = t.get(r, "exit_province");
      out.add(new TransitZone(t.get(r, "zone"), Regime.valueOf(t.get(r, "regime")), t.range(r),
          Integer.parseInt(t.get(r, "hours")),
          counting.isEmpty() ? Optional.empty() : Optional.of(StayCounting.valueOf(counting)),
          t.get(r, "long_standing").equals("yes"), area, t.get(r, "area_exact").equals("yes"),
          exit.isEmpty() ? Optional.empty() : Optional.of(PlaceCode.of(exit)), t.get(r, "source"), t.confidence(r)));
    }
    return List.copyOf(out);
  }

  private static List<TransitZonePort> readTransitZonePorts(Rows t) {
    List<TransitZonePort> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(new TransitZonePort(t.get(r, "port"), t.get(r, "zone"), t.range(r),
          t.get(r, "long_standing").equals("yes"), t.get(r, "source"), t.confidence(r)));
    }
    return List.copyOf(out);
  }

  /** The complete-list periods, held as terms without a stay (only regime and dates are read). */
  private static List<RegimeTerms> readTransitZoneLists(Rows t) {
    List<RegimeTerms> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(new RegimeTerms(Regime.valueOf(t.get(r, "regime")), t.range(r), OptionalInt.empty(),
          StayCounting.NEXT_DAY_MIDNIGHT, OptionalInt.empty(), t.get(r, "source"), t.confidence(r)));
    }
    return List.copyOf(out);
  }

  private static Map<Regime, List<GroupArea>> readGroupAreas(Rows t) {
    Map<Regime, List<GroupArea>> out = new java.util.EnumMap<>(Regime.class);
    // No lambdas, as in readPurposeRules: the first in a JVM bootstraps the JDK's lambda machinery.
    for (String[] r : t.rows) {
      String entry = t.get(r, "entry");
      Regime regime = Regime.valueOf(t.get(r, "regime"));
      List<GroupArea> list = out.get(regime);
      if (list == null) {
        list = new ArrayList<>();
        out.put(regime, list);
      }
      list.add(new GroupArea(regime,
          entry.isEmpty() ? Optional.empty() : Optional.of(PlaceCode.of(entry)), PlaceCode.of(t.get(r, "place")),
          t.range(r), t.get(r, "source"), t.confidence(r)));
    }
    for (Map.Entry<Regime, List<GroupArea>> e : out.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    return out;
  }

  private static Map<Regime, List<CountryEligibility>> readRegimeCountries(Rows t) {
    Map<Regime, List<CountryEligibility>> out = new java.util.EnumMap<>(Regime.class);
    // No lambdas, as in readPurposeRules.
    for (String[] r : t.rows) {
      Regime regime = Regime.valueOf(t.get(r, "regime"));
      List<CountryEligibility> list = out.get(regime);
      if (list == null) {
        list = new ArrayList<>();
        out.put(regime, list);
      }
      list.add(CountryEligibility.of(CountryCode.of(t.get(r, "iso2")), t.range(r), t.get(r, "source"),
          t.confidence(r)));
    }
    for (Map.Entry<Regime, List<CountryEligibility>> e : out.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    return out;
  }

  private static Map<Purpose, List<VisaSuggestion>> readVisaSuggestions(Rows t) {
    Map<Purpose, List<VisaSuggestion>> out = new java.util.EnumMap<>(Purpose.class);
    for (String[] r : t.rows) {
      String alternative = t.optional(r, "alternative");
      VisaSuggestion s = new VisaSuggestion(
          Purpose.valueOf(t.get(r, "purpose")),
          VisaCategory.valueOf(t.get(r, "visa")),
          optionalInt(t, r, "max_stay_days"),
          alternative == null ? Optional.empty() : Optional.of(VisaCategory.valueOf(alternative)),
          t.get(r, "source"),
          t.confidence(r));
      listIn(out, s.purpose()).add(s);
    }
    return out;
  }

  private static List<ArrivalCardRule> readArrivalCardRules(Rows t) {
    List<ArrivalCardRule> out = new ArrayList<>();
    for (String[] r : t.rows) {
      out.add(new ArrivalCardRule(
          ArrivalCardCase.valueOf(t.get(r, "case")),
          t.range(r),
          t.get(r, "requirement").equals("REQUIRED"),
          t.get(r, "source"),
          t.confidence(r)));
    }
    return List.copyOf(out);
  }

  private static Map<Regime, Map<FindingCode, RuleBasis>> readRuleBases(Rows t) {
    Map<Regime, Map<FindingCode, RuleBasis>> out = new java.util.EnumMap<>(Regime.class);
    for (String[] r : t.rows) {
      RuleBasis b = new RuleBasis(
          Regime.valueOf(t.get(r, "regime")),
          FindingCode.valueOf(t.get(r, "code")),
          t.get(r, "source"),
          t.confidence(r));
      Map<FindingCode, RuleBasis> byCode = out.get(b.regime());
      if (byCode == null) {
        byCode = new java.util.EnumMap<>(FindingCode.class);
        out.put(b.regime(), byCode);
      }
      byCode.put(b.code(), b);
    }
    return out;
  }

  /** The provinces in table order, and by the first two digits of their code. */
  private static final class Provinces {
    final List<Province> list;
    final Map<String, Province> byCode = new HashMap<>();

    Provinces(List<Province> list) {
      this.list = list;
      for (Province p : list) {
        byCode.put(p.code().value().substring(0, 2), p);
      }
    }
  }

  private Provinces provinceIndex() {
    Provinces p = provinces;
    if (p == null) {
      p = new Provinces(readProvinces(table("provinces")));
      provinces = p; // racy but safe: built in full before it is published, equal whoever builds it
    }
    return p;
  }

  private Map<Regime, List<CountryEligibility>> regimeCountryIndex() {
    Map<Regime, List<CountryEligibility>> v = regimeCountries;
    if (v == null) {
      v = readRegimeCountries(table("regime_countries"));
      regimeCountries = v; // racy but safe, as above
    }
    return v;
  }

  private Map<Regime, Map<CountryCode, List<CountryEligibility>>> regimeCountryByCountry() {
    Map<Regime, Map<CountryCode, List<CountryEligibility>>> v = regimeCountriesByCountry;
    if (v == null) {
      v = new EnumMap<>(Regime.class);
      for (Map.Entry<Regime, List<CountryEligibility>> e : regimeCountryIndex().entrySet()) {
        Map<CountryCode, List<CountryEligibility>> byCountry = new HashMap<>();
        for (CountryEligibility c : e.getValue()) {
          byCountry.computeIfAbsent(c.country(), k -> new ArrayList<>(1)).add(c);
        }
        v.put(e.getKey(), byCountry);
      }
      regimeCountriesByCountry = v; // racy but safe, as above
    }
    return v;
  }

  private Map<Regime, Map<FindingCode, RuleBasis>> ruleBaseIndex() {
    Map<Regime, Map<FindingCode, RuleBasis>> v = ruleBases;
    if (v == null) {
      v = readRuleBases(table("rule_bases"));
      ruleBases = v; // racy but safe, as above
    }
    return v;
  }

  private List<TransitZone> zoneList() {
    List<TransitZone> v = transitZones;
    if (v == null) {
      v = readTransitZones(table("transit_history_zones"));
      transitZones = v; // racy but safe, as above
    }
    return v;
  }

  private List<TransitZonePort> zonePortList() {
    List<TransitZonePort> v = transitZonePorts;
    if (v == null) {
      v = readTransitZonePorts(table("transit_history_ports"));
      transitZonePorts = v; // racy but safe, as above
    }
    return v;
  }

  private List<RegimeTerms> zoneListPeriods() {
    List<RegimeTerms> v = transitZoneLists;
    if (v == null) {
      v = readTransitZoneLists(table("transit_history_lists"));
      transitZoneLists = v; // racy but safe, as above
    }
    return v;
  }

  private Map<Regime, List<GroupArea>> groupAreaIndex() {
    Map<Regime, List<GroupArea>> v = groupAreas;
    if (v == null) {
      v = readGroupAreas(table("group_areas"));
      groupAreas = v; // racy but safe, as above
    }
    return v;
  }

  private Map<Purpose, List<VisaSuggestion>> visaSuggestions() {
    Map<Purpose, List<VisaSuggestion>> v = visaSuggestions;
    if (v == null) {
      v = readVisaSuggestions(table("purpose_visas"));
      visaSuggestions = v; // racy but safe, as above
    }
    return v;
  }

  /** The place codes, from the source's ready-made string if it has one, else from the place index. */
  private IntSet placeCodeSet() {
    IntSet set = placeCodeSet;
    if (set == null) {
      String codes = placeCodes;
      set = new IntSet(codes != null ? FixedWidthCodes.parse(codes) : places().codes());
      placeCodeSet = set; // racy but safe: a volatile write of a set built in full, equal whoever builds it
    }
    return set;
  }

  private PlaceIndex places() {
    PlaceIndex p = places;
    if (p == null) {
      synchronized (this) {
        p = places;
        if (p == null) {
          places = p = new PlaceIndex(source.chunks("places"));
        }
      }
    }
    return p;
  }

  /**
   * The 3,000-row place table as sorted codes and where each row starts: answering "is this code known"
   * needs no objects, and a row is cut into cells, and a {@link Place} built, only when one is asked
   * for. Built by one scan for line ends, with no string made per row: in a fresh JVM that scan runs
   * interpreted, and cutting 3,000 lines took most of the first evaluation's place lookup.
   */
  static final class PlaceIndex {
    private final String[] chunks;
    private final int[] codes;
    /** Per row: its chunk in the high 32 bits, its first character in the low 32. */
    private final long[] starts;
    private final @Nullable Place[] built;
    private final int parent;
    private final int nameZh;
    private final int nameEn;

    PlaceIndex(String[] chunks) {
      this.chunks = chunks;
      int lineCount = 0;
      for (String chunk : chunks) {
        for (int at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) {
          lineCount++;
        }
        if (!chunk.isEmpty() && chunk.charAt(chunk.length() - 1) != '\n') {
          lineCount++;
        }
      }
      int n = lineCount - 1;
      this.codes = new int[n];
      this.starts = new long[n];
      this.built = new Place[n];
      String header = null;
      int row = -1;
      for (int c = 0; c < chunks.length; c++) {
        String chunk = chunks[c];
        int start = 0;
        while (start < chunk.length()) {
          int end = chunk.indexOf('\n', start);
          if (end < 0) {
            end = chunk.length();
          }
          if (row < 0) {
            header = chunk.substring(start, end);
          } else {
            codes[row] = digits(chunk, start);
            starts[row] = ((long) c << 32) | start;
            if (row > 0 && codes[row] <= codes[row - 1]) {
              throw new IllegalStateException("places: codes out of order at " + codes[row]);
            }
          }
          row++;
          start = end + 1;
        }
      }
      List<String> columns = Tsv.cells(Objects.requireNonNull(header, "places: no header"), '\t');
      this.parent = columns.indexOf("parent");
      this.nameZh = columns.indexOf("name_zh");
      this.nameEn = columns.indexOf("name_en");
    }

    /** The six-digit code at the start of a row. */
    private static int digits(String chunk, int start) {
      int v = start + FixedWidthCodes.WIDTH <= chunk.length() ? FixedWidthCodes.read(chunk, start) : -1;
      if (v < 0) {
        throw new IllegalStateException("places: not a six-digit code at row start: " + chunk.substring(start));
      }
      return v;
    }

    int[] codes() {
      return codes;
    }

    int indexOf(PlaceCode code) {
      return java.util.Arrays.binarySearch(codes, code.intValue()); // the code as a number, parsed once
    }

    private String line(int i) {
      String chunk = chunks[(int) (starts[i] >>> 32)];
      int start = (int) starts[i];
      int end = chunk.indexOf('\n', start);
      return chunk.substring(start, end < 0 ? chunk.length() : end);
    }

    @Nullable Place get(PlaceCode code) {
      int i = indexOf(code);
      if (i < 0) {
        return null;
      }
      Place p = built[i];
      if (p == null) {
        // Racy but safe: Place is immutable with final fields, so a thread sees either null or a
        // complete Place, and at worst two threads build equal ones.
        List<String> cells = Tsv.cells(line(i), '\t');
        String en = cells.get(nameEn);
        p = Place.builder()
            .code(code)
            .parent(Optional.of(PlaceCode.of(cells.get(parent))))
            .nameZh(cells.get(nameZh))
            .nameEn(en.isEmpty() ? Optional.empty() : Optional.of(en))
            .build();
        built[i] = p;
      }
      return p;
    }
  }

  /**
   * A table whose first column is a country code, its entries read a country at a time: at load only
   * each line's code is read, and a country's lines are cut and built the first time it is asked for
   * (an evaluation asks for one nationality). A two-letter code finds its entries in an array without
   * hashing; the few three-letter ICAO codes (stateless, refugees, British nationals) are read afresh.
   */
  abstract static class ByCountry<T> {
    /** The two-letter codes A-Z. */
    static final int ALPHA2 = 26 * 26;

    private final Rows columns;
    private final List<String> lines;
    /** Line numbers by normalised country code, in table order. */
    private final Map<String, List<Integer>> linesByCode = new HashMap<>();
    /** Each two-letter country's entries, once read; racy but safe, being immutable lists. */
    private final List<?>[] byAlpha2 = new List<?>[ALPHA2];
    private volatile @Nullable List<T> all;

    ByCountry(String table, String[] chunks) {
      List<String> tableLines = Tsv.lines(chunks);
      this.columns = new Rows(table, tableLines.subList(0, 1));
      this.lines = tableLines.subList(1, tableLines.size());
      columns.requireFirst("iso2");
      for (int i = 0; i < lines.size(); i++) {
        listIn(linesByCode, CountryCode.of(Tsv.firstCell(lines.get(i))).code()).add(i);
      }
    }

    /** Builds the entry of one row. */
    abstract T read(Rows columns, String[] row);

    private T readLine(int i) {
      return read(columns, Tsv.row(lines.get(i)));
    }

    /** The country's entries in table order; empty if it has none. */
    @SuppressWarnings("unchecked") // only lists of T are stored
    List<T> get(CountryCode country) {
      int i = alpha2Index(country);
      if (i < 0) {
        return readCountry(country.code());
      }
      List<?> list = byAlpha2[i];
      if (list == null) {
        list = readCountry(country.code());
        byAlpha2[i] = list;
      }
      return (List<T>) list;
    }

    private List<T> readCountry(String code) {
      List<Integer> numbers = linesByCode.get(code);
      if (numbers == null) {
        return List.of();
      }
      List<T> out = new ArrayList<>(numbers.size());
      for (int n : numbers) {
        out.add(readLine(n));
      }
      return List.copyOf(out);
    }

    /** Every entry in table order. */
    List<T> all() {
      List<T> a = all;
      if (a == null) {
        List<T> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
          out.add(readLine(i));
        }
        all = a = List.copyOf(out);
      }
      return a;
    }

    /** 0..675 for a code of two letters A-Z, else -1. */
    static int alpha2Index(CountryCode country) {
      String code = country.code();
      if (code.length() != 2) {
        return -1;
      }
      int a = code.charAt(0) - 'A';
      int b = code.charAt(1) - 'A';
      return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
    }
  }

  /** The list under a key, created if missing (no lambda: see {@link BundledSource}). */
  private static <K, V> List<V> listIn(Map<K, List<V>> map, K key) {
    List<V> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    return list;
  }

  /** A {@code |}-separated cell as a list. */
  static List<String> splitList(String cell) {
    return cell.isEmpty() ? List.of() : Tsv.cells(cell, '|');
  }

  // ------------------------------------------------------------------ aliases

  /**
   * Normalises a port alias: trimmed, upper case (ROOT locale), without the suffix 口岸. Must agree with
   * the table compiler's normalisation, which checks that no alias names two ports.
   *
   * @param alias a port name
   * @return the normalised key
   */
  public static String normaliseAlias(String alias) {
    String s = alias.strip();
    if (s.endsWith("口岸")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.toUpperCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ Catalogue

  @Override
  public String dataVersion() {
    return versions.isEmpty() ? "" : versions.get(versions.size() - 1).effective().toString();
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public List<PolicyVersion> policyVersions() {
    return versions;
  }

  @Override
  public Optional<PolicyVersion> policyVersionOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    PolicyVersion found = null;
    for (PolicyVersion v : versions) {
      if (!v.effective().isAfter(day)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public List<Port> ports() {
    return ports.all();
  }

  @Override
  public Optional<Port> port(String alias) {
    Objects.requireNonNull(alias, "alias");
    Port p = ports.byAlias(alias);
    return Optional.ofNullable(p);
  }

  @Override
  public Optional<Airport> airport(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(airportIndex().byCode(code));
  }

  @Override
  public List<Airport> airports() {
    return airportIndex().all();
  }

  private AirportIndex airportIndex() {
    AirportIndex a = airports;
    if (a == null) {
      synchronized (this) {
        a = airports;
        if (a == null) {
          airports = a = new AirportIndex(source.chunks("airports"));
        }
      }
    }
    return a;
  }

  @Override
  public List<Port> ports(Capability capability, LocalDate day) {
    Objects.requireNonNull(capability, "capability");
    Objects.requireNonNull(day, "day");
    List<Port> out = new ArrayList<>();
    for (Port p : ports.all()) {
      if (p.has(capability, day)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Province> provinces() {
    return provinceIndex().list;
  }

  @Override
  public Optional<Province> province(PlaceCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(provinceIndex().byCode.get(code.value().substring(0, 2)));
  }

  @Override
  public Optional<Place> place(PlaceCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(places().get(code));
  }

  @Override
  public Optional<Place> prefectureOf(PlaceCode code) {
    Objects.requireNonNull(code, "code");
    PlaceIndex all = places();
    Place p = all.get(code);
    if (p == null) {
      return Optional.empty();
    }
    if (p.level() == PlaceLevel.COUNTY) {
      return Optional.ofNullable(all.get(code.prefecture()));
    }
    return Optional.of(p);
  }

  @Override
  public boolean knows(PlaceCode code) {
    Objects.requireNonNull(code, "code");
    if (code.level() == PlaceLevel.PROVINCE) {
      return provinceIndex().byCode.containsKey(code.value().substring(0, 2));
    }
    return placeCodeSet().contains(code.intValue());
  }

  @Override
  public PermittedArea permittedArea(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return areas.on(day);
  }

  @Override
  public List<CountryEligibility> transitEligibility() {
    return eligibilityByCountry.all();
  }

  @Override
  public Set<CountryCode> transitCountries(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Map<String, CountryCode> byCode = new TreeMap<>();
    for (CountryEligibility e : eligibilityByCountry.all()) {
      if (e.validity().contains(day)) {
        byCode.put(e.country().code(), e.country());
      }
    }
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(byCode.values()));
  }

  @Override
  public Optional<CountryEligibility> transitEligibility(CountryCode country, LocalDate day) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(day, "day");
    int i = ByCountry.alpha2Index(country);
    if (i < 0) {
      return eligibilityRows(eligibilityByCountry.get(country)).on(day);
    }
    @SuppressWarnings("unchecked") // only a country's eligibility rows are stored
    DatedRows<CountryEligibility> rows = (DatedRows<CountryEligibility>) transitRows[i];
    if (rows == null) {
      rows = eligibilityRows(eligibilityByCountry.get(country));
      transitRows[i] = rows;
    }
    return rows.on(day);
  }

  /** A country's listing, searched by day. */
  private static DatedRows<CountryEligibility> eligibilityRows(@Nullable List<CountryEligibility> rows) {
    if (rows == null || rows.isEmpty()) {
      return DatedRows.none();
    }
    List<DateRange> validities = new ArrayList<>(rows.size());
    for (CountryEligibility e : rows) {
      validities.add(e.validity());
    }
    return new DatedRows<>(rows, validities);
  }

  @Override
  public List<VisaExemption> visaExemptions() {
    return exemptionsByCountry.all();
  }

  @Override
  public List<VisaExemption> visaExemptions(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return exemptionsByCountry.get(country);
  }

  @Override
  public List<UnilateralTerms> unilateralTerms() {
    return unilateralTerms;
  }

  @Override
  public Optional<UnilateralTerms> unilateralTermsOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    for (UnilateralTerms t : unilateralTerms) {
      if (t.validity().contains(day)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<RegimeTerms> regimeTerms(Regime regime, LocalDate day) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(day, "day");
    for (RegimeTerms t : regimeTerms) {
      if (t.regime() == regime && t.validity().contains(day)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<PurposeRule> purposeRule(PurposeScope scope, Purpose purpose) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(purpose, "purpose");
    // The rule with no end: the one in force now and later.
    for (DatedPurposeRule d : datedPurposeRules(scope, purpose)) {
      if (d.validity().until().isEmpty()) {
        return Optional.of(d.rule());
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<PurposeRule> purposeRule(PurposeScope scope, Purpose purpose, LocalDate day) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(day, "day");
    int i = scope.ordinal() * PURPOSES.length + purpose.ordinal();
    @SuppressWarnings("unchecked") // only purpose rules are stored
    DatedRows<PurposeRule> rows = (DatedRows<PurposeRule>) purposeRows[i];
    if (rows == null) {
      List<DatedPurposeRule> dated = datedPurposeRules(scope, purpose);
      List<PurposeRule> rules = new ArrayList<>(dated.size());
      List<DateRange> validities = new ArrayList<>(dated.size());
      for (DatedPurposeRule d : dated) {
        rules.add(d.rule());
        validities.add(d.validity());
      }
      rows = new DatedRows<>(rules, validities);
      purposeRows[i] = rows;
    }
    return rows.on(day);
  }

  private List<DatedPurposeRule> datedPurposeRules(PurposeScope scope, Purpose purpose) {
    Map<Purpose, List<DatedPurposeRule>> byPurpose = purposeRules.get(scope);
    List<DatedPurposeRule> rules = byPurpose == null ? null : byPurpose.get(purpose);
    return rules == null ? List.of() : rules;
  }

  @Override
  public List<CountryEligibility> eligibility(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    return regimeCountryIndex().getOrDefault(regime, List.of());
  }

  @Override
  public List<TransitZone> transitZones() {
    return zoneList();
  }

  @Override
  public List<TransitZonePort> transitZonePorts() {
    return zonePortList();
  }

  @Override
  public List<GroupArea> groupAreas(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    return groupAreaIndex().getOrDefault(regime, List.of());
  }

  @Override
  public boolean transitZoneListComplete(Regime regime, LocalDate day) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(day, "day");
    for (RegimeTerms t : zoneListPeriods()) {
      if (t.regime() == regime && t.validity().contains(day)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<CountryEligibility> eligibility(Regime regime, CountryCode country, LocalDate day) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(day, "day");
    int c = ByCountry.alpha2Index(country);
    if (c < 0) {
      return eligibilityRows(regimeListing(regime, country)).on(day);
    }
    int i = regime.ordinal() * ByCountry.ALPHA2 + c;
    @SuppressWarnings("unchecked") // only a country's eligibility rows are stored
    DatedRows<CountryEligibility> rows = (DatedRows<CountryEligibility>) regimeRows[i];
    if (rows == null) {
      rows = eligibilityRows(regimeListing(regime, country));
      regimeRows[i] = rows;
    }
    return rows.on(day);
  }

  private @Nullable List<CountryEligibility> regimeListing(Regime regime, CountryCode country) {
    Map<CountryCode, List<CountryEligibility>> byCountry = regimeCountryByCountry().get(regime);
    return byCountry == null ? null : byCountry.get(country);
  }


  @Override
  public VisaSuggestion visaSuggestion(Purpose purpose, long stayDays) {
    Objects.requireNonNull(purpose, "purpose");
    List<VisaSuggestion> rows = visaSuggestions().get(purpose);
    if (rows == null || rows.isEmpty()) {
      // The table compiler refuses tables that leave a purpose without a visa.
      throw new IllegalStateException("purpose_visas has no row for " + purpose);
    }
    for (VisaSuggestion s : rows) {
      if (s.maxStayDays().isEmpty() || stayDays <= s.maxStayDays().getAsInt()) {
        return s;
      }
    }
    return rows.get(rows.size() - 1);
  }

  @Override
  public Optional<ArrivalCardRule> arrivalCardRule(ArrivalCardCase arrivalCase, LocalDate day) {
    Objects.requireNonNull(arrivalCase, "arrivalCase");
    Objects.requireNonNull(day, "day");
    for (ArrivalCardRule r : arrivalCardRules) {
      if (r.arrivalCase() == arrivalCase && r.validity().contains(day)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<RuleBasis> ruleBasis(Regime regime, FindingCode code) {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(code, "code");
    Map<FindingCode, RuleBasis> byCode = ruleBaseIndex().get(regime);
    return Optional.ofNullable(byCode == null ? null : byCode.get(code));
  }

  @Override
  public List<String> tableNames() {
    return source.tableNames();
  }

  @Override
  public String export(String table, ExportFormat format) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(format, "format");
    if (!tableNames().contains(table)) {
      throw new IllegalArgumentException("table: no table named \"" + table + "\"; known: " + tableNames());
    }
    String[] chunks = source.chunks(table);
    return format == ExportFormat.CSV ? Exports.csv(table, chunks)
        : Exports.json(table, chunks, dataVersion(), asOf.toString());
  }

  @Override
  public String schema() {
    return TableExports.dataPackage(dataVersion(), asOf.toString());
  }

  @Override
  public List<Path> exportTo(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (String table : tableNames()) {
      for (ExportFormat format : ExportFormat.values()) {
        Path file = directory.resolve(table + "." + format.extension());
        Files.writeString(file, export(table, format), StandardCharsets.UTF_8);
        written.add(file);
      }
    }
    Path descriptor = directory.resolve(TableExports.DATA_PACKAGE);
    Files.writeString(descriptor, schema(), StandardCharsets.UTF_8);
    written.add(descriptor);
    return List.copyOf(written);
  }

  @Override
  public String toString() {
    return "Catalogue[data version " + dataVersion() + ", " + ports.size() + " ports]";
  }

  /** Values that change only on a few dates, precomputed for each period between those dates. */
  static final class DatedSnapshots<T> {
    private final LocalDate[] starts;
    private final List<T> values;
    private final T before;

    DatedSnapshots(LocalDate[] starts, List<T> values, T before) {
      this.starts = starts;
      this.values = values;
      this.before = before;
    }

    /** Every day on which some range starts or the day after one ends, and the earliest date. */
    static TreeSet<LocalDate> boundaries(List<DateRange> ranges) {
      TreeSet<LocalDate> boundaries = new TreeSet<>();
      boundaries.add(LocalDate.MIN);
      for (DateRange r : ranges) {
        if (r.from().isPresent()) {
          boundaries.add(r.from().get());
        }
        if (r.until().isPresent()) {
          boundaries.add(r.until().get().plusDays(1));
        }
      }
      return boundaries;
    }

    T on(LocalDate day) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (!starts[mid].isAfter(day)) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found < 0 ? before : values.get(found);
    }
  }
}
