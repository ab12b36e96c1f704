package io.github.transitpolicy.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one definition of every policy table: its columns in header order, each column's type, the key
 * columns that identify a row, and the columns that refer to another table. The validator reads the
 * headers from it, the exports type their values by it, {@code datapackage.json} is written from it and
 * the diff between two catalogues matches rows by its keys.
 *
 * <p>Shared by the build-time table compiler and the runtime: depends on nothing but the JDK (and
 * JSpecify's annotations, which are not needed at run time).
 */
public final class TableDefinitions {

  /** A column's type, as the exports and the Frictionless schema give it. */
  public enum Type {
    /** Text, as written. */
    STRING("string"),
    /** A whole number. */
    INTEGER("integer"),
    /** {@code yes} or {@code no} in the tables. */
    BOOLEAN("boolean"),
    /** An ISO {@code yyyy-MM-dd} date. */
    DATE("date");

    private final String frictionless;

    Type(String frictionless) {
      this.frictionless = frictionless;
    }

    /**
     * The Frictionless Table Schema type name.
     *
     * @return e.g. {@code "integer"}
     */
    public String frictionless() {
      return frictionless;
    }
  }

  /** A column that refers to the key of another table. */
  public static final class ForeignKey {
    private final String column;
    private final String table;
    private final String referencedColumn;

    ForeignKey(String column, String table, String referencedColumn) {
      this.column = column;
      this.table = table;
      this.referencedColumn = referencedColumn;
    }

    /** {@return the referring column} */
    public String column() {
      return column;
    }

    /** {@return the table referred to} */
    public String table() {
      return table;
    }

    /** {@return the column referred to} */
    public String referencedColumn() {
      return referencedColumn;
    }
  }

  /** One table's definition. */
  public static final class Definition {
    private final String name;
    private final String title;
    private final List<String> columns;
    private final Map<String, Type> types;
    private final List<String> key;
    private final List<ForeignKey> foreignKeys;

    Definition(String name, String title, List<String> columns, Map<String, Type> types, List<String> key,
        List<ForeignKey> foreignKeys) {
      this.name = name;
      this.title = title;
      this.columns = List.copyOf(columns);
      this.types = types;
      this.key = List.copyOf(key);
      this.foreignKeys = List.copyOf(foreignKeys);
      for (String k : key) {
        if (!columns.contains(k)) {
          throw new IllegalStateException(name + ": key column " + k + " is not a column");
        }
      }
    }

    /** {@return the table's name: its file name without {@code .tsv}} */
    public String name() {
      return name;
    }

    /** {@return what the table holds, in a few words} */
    public String title() {
      return title;
    }

    /** {@return the header columns, in order} */
    public List<String> columns() {
      return columns;
    }

    /**
     * A column's type.
     *
     * @param column a column of this table
     * @return its type
     */
    public Type type(String column) {
      return Objects.requireNonNull(types.get(column), column);
    }

    /** {@return the columns whose values identify a row; no two rows share them} */
    public List<String> key() {
      return key;
    }

    /** {@return the columns that refer to another table} */
    public List<ForeignKey> foreignKeys() {
      return foreignKeys;
    }
  }

  private static final Map<String, Definition> TABLES = new LinkedHashMap<>();

  static {
    define("sources", "Every document a row cites", "id", "id", "title", "published:date", "location");
    define("countries", "Countries and regions the tables mention", "iso2", "iso2", "iso3", "kind", "name_en",
        "name_zh", "source");
    define("annex1_countries", "Annex 1 of NIA announcement No. 4 of 2025, as it stands", "row", "row:integer",
        "continent_zh", "name_zh>countries.name_zh", "source");
    define("transit_240h_countries", "Nationalities eligible for 240-hour transit, dated", "iso2,from",
        "iso2>countries.iso2", "from:date", "until:date", "annex1_row:integer>annex1_countries.row", "source",
        "confidence");
    define("regime_countries", "Nationalities eligible for a regime other than 240-hour transit, dated",
        "regime,iso2,from", "regime", "iso2>countries.iso2", "from:date", "until:date", "source", "confidence");
    define("provinces", "The provincial-level divisions of the mainland", "code", "code", "iso", "kind", "name_zh",
        "short_zh", "name_en", "source");
    define("places", "Prefecture- and county-level divisions (GB/T 2260)", "code", "code", "level", "parent",
        "name_zh", "name_en", "source");
    define("annex2_ports", "Annex 2 of NIA announcement No. 4 of 2025, merged cells carried down", "row",
        "row:integer", "province_zh>provinces.short_zh", "port_zh", "stay_area_zh", "source");
    define("permitted_areas", "Where a 240-hour transit traveller may stay", "province,place,from",
        "province>provinces.code", "place>places.code", "name_zh", "annex2_row:integer>annex2_ports.row",
        "from:date", "until:date", "source", "confidence");
    define("ports", "Every port the announcement names", "id", "id", "kind", "iata", "icao", "unlocode",
        "name_zh", "name_en", "aliases", "province>provinces.code", "prefecture>places.code",
        "annex2_row:integer>annex2_ports.row", "source", "confidence");
    define("port_capabilities", "What a port can do, dated", "port,capability,from", "port>ports.id",
        "capability", "from:date", "until:date", "source", "confidence");
    define("policy_versions", "Effective-dated versions of the 240-hour policy", "effective", "effective:date",
        "summary_en", "countries:integer", "ports:integer", "provinces:integer", "source", "confidence");
    define("visa_exemptions", "Unilateral and mutual visa exemptions for ordinary passports", "iso2,from",
        "iso2>countries.iso2", "kind", "from:date", "until:date", "long_standing:boolean", "stay_days:integer",
        "max_days_in_180:integer", "terms_verified:boolean", "note", "source", "confidence");
    define("unilateral_terms", "The dated terms of the unilateral visa exemption", "from", "from:date",
        "until:date", "stay_days:integer", "purposes", "source", "confidence");
    define("regime_terms", "Each regime's dated terms", "regime,from", "regime", "from:date", "until:date",
        "max_stay_hours:integer", "counting", "min_document_validity_months:integer", "source", "confidence");
    define("regime_purposes", "Which purposes a regime admits, dated", "regime,purpose,from", "regime", "purpose",
        "from:date", "until:date", "permitted:boolean", "source", "confidence");
    define("purpose_visas", "The visa to apply for, by purpose and length of stay", "purpose,max_stay_days",
        "purpose", "visa", "max_stay_days:integer", "alternative", "source", "confidence");
    define("arrival_card_rules", "Who fills in an arrival card, dated", "case,from", "case", "from:date",
        "until:date", "requirement", "source", "confidence");
    define("rule_bases", "The legal basis each rule cites", "regime,code", "regime", "code", "source",
        "confidence");
    define("transit_history_zones", "The zones of the 72- and 144-hour transit schemes, dated", "zone,from", "zone",
        "regime", "hours:integer", "counting", "from:date", "until:date", "long_standing:boolean", "area",
        "area_exact:boolean", "exit_province>provinces.code", "source", "confidence");
    define("transit_history_ports", "The entry ports of each 72/144-hour zone, dated", "port,zone,from",
        "port>ports.id", "zone", "from:date", "until:date", "long_standing:boolean", "source", "confidence");
    define("transit_history_lists", "The days the 72/144-hour port lists are complete", "regime,from", "regime",
        "from:date", "until:date", "source", "confidence");
    define("group_areas", "Where a tour group regime's groups may stay, by entry prefecture, dated",
        "regime,entry,place,from", "regime", "entry", "place", "from:date", "until:date", "source", "confidence");
    define("catalogue", "The catalogue itself: the day its facts were last checked", "as_of", "as_of:date");
    define("airports", "The world's airports with an IATA code (from airportsdata)", "iata", "iata", "icao",
        "country", "zone");
  }

  /**
   * Defines a table; a column is written {@code name[:type][>table.column]}.
   *
   * @param key the key columns, comma-separated
   */
  private static void define(String name, String title, String key, String... columns) {
    List<String> names = new ArrayList<>();
    Map<String, Type> types = new LinkedHashMap<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (String spec : columns) {
      String column = spec;
      String reference = null;
      int arrow = column.indexOf('>');
      if (arrow >= 0) {
        reference = column.substring(arrow + 1);
        column = column.substring(0, arrow);
      }
      Type type = Type.STRING;
      int colon = column.indexOf(':');
      if (colon >= 0) {
        type = Type.valueOf(column.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
        column = column.substring(0, colon);
      }
      names.add(column);
      types.put(column, type);
      if (reference != null) {
        int dot = reference.indexOf('.');
        foreignKeys.add(new ForeignKey(column, reference.substring(0, dot), reference.substring(dot + 1)));
      }
    }
    TABLES.put(name, new Definition(name, title, names, types, List.of(key.split(",")), foreignKeys));
  }

  private TableDefinitions() {}

  /**
   * Every table, in the order they are read, validated and exported.
   *
   * @return the definitions
   */
  public static List<Definition> all() {
    return List.copyOf(TABLES.values());
  }

  /**
   * The table names, in order.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.copyOf(TABLES.keySet());
  }

  /**
   * One table's definition.
   *
   * @param table the table's name
   * @return its definition
   * @throws IllegalArgumentException if there is no such table
   */
  public static Definition of(String table) {
    Definition d = TABLES.get(table);
    if (d == null) {
      throw new IllegalArgumentException("table: no table named \"" + table + "\"; known: " + names());
    }
    return d;
  }
}
