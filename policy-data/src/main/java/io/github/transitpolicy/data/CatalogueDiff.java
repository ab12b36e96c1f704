package io.github.transitpolicy.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two catalogues, table by table: the rows added, removed and changed, each row
 * matched by its table's key columns ({@link Catalogue#keyColumns}), with every cell, so with its dates
 * and sources. For reviewing a data change before it is released or loaded ({@link Catalogue#load}),
 * and for data teams who follow the tables from release to release.
 *
 * <pre>{@code
 * CatalogueDiff diff = CatalogueDiff.between(Catalogue.load(before), Catalogue.load(after));
 * diff.tables();   // the tables that differ, e.g. transit_240h_countries: 2 rows added (KG, VN)
 * diff.toText();   // for a reviewer;  diff.toJson() for a program
 * }</pre>
 *
 * <p>Computed from each catalogue's public API alone (its table names, key columns and CSV exports), so
 * any two catalogues can be compared. Immutable.
 */
public final class CatalogueDiff {

  /** Columns that date a row, shown beside its key in {@link #toText()}. */
  private static final List<String> DATE_COLUMNS = List.of("effective", "published", "from", "until", "as_of");

  private final String olderVersion;
  private final String newerVersion;
  private final String olderAsOf;
  private final String newerAsOf;
  private final List<TableDiff> tables;

  private CatalogueDiff(Catalogue older, Catalogue newer, List<TableDiff> tables) {
    this.olderVersion = older.dataVersion();
    this.newerVersion = newer.dataVersion();
    this.olderAsOf = older.asOf().toString();
    this.newerAsOf = newer.asOf().toString();
    this.tables = List.copyOf(tables);
  }

  /**
   * The differences from one catalogue to another.
   *
   * @param older the catalogue before the change
   * @param newer the catalogue after it
   * @return the rows added, removed and changed in each table (a table only one of them has counts as all
   *     added or all removed)
   * @throws NullPointerException if either is null
   */
  public static CatalogueDiff between(Catalogue older, Catalogue newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Set<String> names = new LinkedHashSet<>(older.tableNames());
    names.addAll(newer.tableNames());
    List<TableDiff> diffs = new ArrayList<>();
    for (String table : names) {
      boolean inOlder = older.tableNames().contains(table);
      boolean inNewer = newer.tableNames().contains(table);
      List<String> key = inNewer ? newer.keyColumns(table) : older.keyColumns(table);
      Map<String, Map<String, String>> before = inOlder ? byKey(older, table, key) : Map.of();
      Map<String, Map<String, String>> after = inNewer ? byKey(newer, table, key) : Map.of();
      List<Map<String, String>> added = new ArrayList<>();
      List<Map<String, String>> removed = new ArrayList<>();
      List<RowChange> changed = new ArrayList<>();
      for (Map.Entry<String, Map<String, String>> e : after.entrySet()) {
        Map<String, String> was = before.get(e.getKey());
        if (was == null) {
          added.add(e.getValue());
        } else if (!was.equals(e.getValue())) {
          changed.add(new RowChange(key, was, e.getValue()));
        }
      }
      for (Map.Entry<String, Map<String, String>> e : before.entrySet()) {
        if (!after.containsKey(e.getKey())) {
          removed.add(e.getValue());
        }
      }
      if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
        diffs.add(new TableDiff(table, key, added, removed, changed));
      }
    }
    return new CatalogueDiff(older, newer, diffs);
  }

  /** A table's rows by the values of its key columns, in table order. */
  private static Map<String, Map<String, String>> byKey(Catalogue c, String table, List<String> key) {
    List<List<String>> records = Csv.parse(c.export(table, ExportFormat.CSV));
    List<String> header = records.get(0);
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (List<String> record : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < record.size() ? record.get(i) : "");
      }
      StringBuilder k = new StringBuilder();
      for (String column : key) {
        k.append(row.getOrDefault(column, "")).append('\t');
      }
      String base = k.toString();
      String unique = base;
      // a catalogue that repeats a key (the validated tables never do) still shows every row
      for (int n = 2; out.containsKey(unique); n++) {
        unique = base + "#" + n;
      }
      out.put(unique, Collections.unmodifiableMap(row));
    }
    return out;
  }

  /** {@return the data version of the older catalogue} */
  public String olderVersion() {
    return olderVersion;
  }

  /** {@return the data version of the newer catalogue} */
  public String newerVersion() {
    return newerVersion;
  }

  /** {@return the as-of day of the older catalogue, as an ISO date} */
  public String olderAsOf() {
    return olderAsOf;
  }

  /** {@return the as-of day of the newer catalogue, as an ISO date} */
  public String newerAsOf() {
    return newerAsOf;
  }

  /** {@return the tables that differ, in table order; empty when the catalogues hold the same rows} */
  public List<TableDiff> tables() {
    return tables;
  }

  /** {@return true when no table differs} */
  public boolean isEmpty() {
    return tables.isEmpty();
  }

  /**
   * The differences for a reader: a line per table with its counts, then a line per row: {@code +} added,
   * {@code -} removed, {@code ~} changed (with each changed cell, before and after), each with its key,
   * its dates and its source.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("data version ").append(olderVersion).append(" (as of ").append(olderAsOf).append(") -> ")
        .append(newerVersion).append(" (as of ").append(newerAsOf).append(")\n");
    if (tables.isEmpty()) {
      return b.append("no differences\n").toString();
    }
    for (TableDiff t : tables) {
      b.append(t.table()).append(": ").append(t.added().size()).append(" added, ").append(t.removed().size())
          .append(" removed, ").append(t.changed().size()).append(" changed\n");
      for (Map<String, String> row : t.added()) {
        b.append("  + ").append(describe(t.key(), row)).append('\n');
      }
      for (Map<String, String> row : t.removed()) {
        b.append("  - ").append(describe(t.key(), row)).append('\n');
      }
      for (RowChange c : t.changed()) {
        b.append("  ~ ").append(describe(t.key(), c.after())).append('\n');
        for (String column : c.changedColumns()) {
          b.append("      ").append(column).append(": ").append(quoted(c.before().get(column))).append(" -> ")
              .append(quoted(c.after().get(column))).append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String describe(List<String> key, Map<String, String> row) {
    StringBuilder b = new StringBuilder();
    for (String column : key) {
      b.append(b.length() == 0 ? "" : " ").append(column).append('=').append(row.getOrDefault(column, ""));
    }
    for (String column : DATE_COLUMNS) {
      if (row.containsKey(column) && !key.contains(column)) {
        b.append(' ').append(column).append('=').append(row.get(column));
      }
    }
    if (row.containsKey("source")) {
      b.append(" source=").append(row.get("source"));
    }
    return b.toString();
  }

  private static String quoted(@Nullable String v) {
    return v == null ? "(none)" : "\"" + v + "\"";
  }

  /**
   * The differences as a JSON object: {@code older} and {@code newer} (each {@code data_version},
   * {@code as_of}), and {@code tables}, an array of objects with {@code table}, {@code key} (the key
   * columns), {@code added} and {@code removed} (rows as objects, empty cells null) and {@code changed}
   * (objects with {@code key}, {@code columns}, {@code before}, {@code after}).
   *
   * @return the JSON text, ending in a line break
   */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"older\": {\"data_version\": ").append(json(olderVersion)).append(", \"as_of\": ")
        .append(json(olderAsOf)).append("},\n");
    b.append("  \"newer\": {\"data_version\": ").append(json(newerVersion)).append(", \"as_of\": ")
        .append(json(newerAsOf)).append("},\n");
    b.append("  \"tables\": [");
    for (int i = 0; i < tables.size(); i++) {
      TableDiff t = tables.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("    {\"table\": ").append(json(t.table())).append(", \"key\": ")
          .append(jsonArray(t.key())).append(",\n");
      b.append("     \"added\": ").append(jsonRows(t.added())).append(",\n");
      b.append("     \"removed\": ").append(jsonRows(t.removed())).append(",\n");
      b.append("     \"changed\": [");
      for (int c = 0; c < t.changed().size(); c++) {
        RowChange change = t.changed().get(c);
        b.append(c == 0 ? "\n" : ",\n").append("       {\"key\": ").append(jsonObject(change.key()))
            .append(", \"columns\": ").append(jsonArray(change.changedColumns())).append(",\n")
            .append("        \"before\": ").append(jsonObject(change.before())).append(",\n")
            .append("        \"after\": ").append(jsonObject(change.after())).append('}');
      }
      b.append(t.changed().isEmpty() ? "]}" : "\n     ]}");
    }
    b.append(tables.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }

  private static String jsonRows(List<Map<String, String>> rows) {
    if (rows.isEmpty()) {
      return "[]";
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      b.append(i == 0 ? "\n       " : ",\n       ").append(jsonObject(rows.get(i)));
    }
    return b.append("\n     ]").toString();
  }

  private static String jsonObject(Map<String, String> row) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> e : row.entrySet()) {
      b.append(b.length() == 1 ? "" : ", ").append(json(e.getKey())).append(": ")
          .append(e.getValue().isEmpty() ? "null" : json(e.getValue()));
    }
    return b.append('}').toString();
  }

  private static String jsonArray(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      b.append(b.length() == 1 ? "" : ", ").append(json(v));
    }
    return b.append(']').toString();
  }

  private static String json(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CatalogueDiff && toJson().equals(((CatalogueDiff) o).toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }

  /** The differences in one table. */
  public static final class TableDiff {
    private final String table;
    private final List<String> key;
    private final List<Map<String, String>> added;
    private final List<Map<String, String>> removed;
    private final List<RowChange> changed;

    TableDiff(String table, List<String> key, List<Map<String, String>> added, List<Map<String, String>> removed,
        List<RowChange> changed) {
      this.table = table;
      this.key = List.copyOf(key);
      this.added = List.copyOf(added);
      this.removed = List.copyOf(removed);
      this.changed = List.copyOf(changed);
    }

    /** {@return the table's name, e.g. {@code transit_240h_countries}} */
    public String table() {
      return table;
    }

    /** {@return the columns that identify a row of the table} */
    public List<String> key() {
      return key;
    }

    /** {@return the rows only the newer catalogue has, column to cell (empty for none), in table order} */
    public List<Map<String, String>> added() {
      return added;
    }

    /** {@return the rows only the older catalogue has, column to cell (empty for none), in table order} */
    public List<Map<String, String>> removed() {
      return removed;
    }

    /** {@return the rows both have under the same key, with some other cell changed} */
    public List<RowChange> changed() {
      return changed;
    }
  }

  /** A row both catalogues have, under the same key, with different cells. */
  public static final class RowChange {
    private final Map<String, String> key;
    private final Map<String, String> before;
    private final Map<String, String> after;
    private final List<String> changedColumns;

    RowChange(List<String> keyColumns, Map<String, String> before, Map<String, String> after) {
      Map<String, String> k = new LinkedHashMap<>();
      for (String column : keyColumns) {
        k.put(column, after.getOrDefault(column, ""));
      }
      this.key = Collections.unmodifiableMap(k);
      this.before = before;
      this.after = after;
      Set<String> columns = new LinkedHashSet<>(before.keySet());
      columns.addAll(after.keySet());
      List<String> changed = new ArrayList<>();
      for (String column : columns) {
        if (!Objects.equals(before.get(column), after.get(column))) {
          changed.add(column);
        }
      }
      this.changedColumns = List.copyOf(changed);
    }

    /** {@return the key columns and their values} */
    public Map<String, String> key() {
      return key;
    }

    /** {@return the row in the older catalogue, column to cell} */
    public Map<String, String> before() {
      return before;
    }

    /** {@return the row in the newer catalogue, column to cell} */
    public Map<String, String> after() {
      return after;
    }

    /** {@return the columns whose cells differ, in column order} */
    public List<String> changedColumns() {
      return changedColumns;
    }
  }

  /** Reads the RFC 4180 CSV that {@link Catalogue#export} writes. */
  private static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String csv) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < csv.length(); i++) {
        char c = csv.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          record.add(cell.toString());
          cell.setLength(0);
          records.add(record);
          record = new ArrayList<>();
          i++;
        } else {
          cell.append(c);
        }
      }
      if (cell.length() > 0 || !record.isEmpty()) {
        record.add(cell.toString());
        records.add(record);
      }
      if (records.isEmpty()) {
        throw new IllegalStateException("a CSV export without a header line");
      }
      return records;
    }
  }
}
