package io.github.transitpolicy.data.internal;

import java.util.List;
import java.util.Locale;

/**
 * Writes the exports for data teams: each table as CSV and as JSON, and {@code datapackage.json}, the
 * Frictionless Data Package that describes the CSV files (fields and their types, primary and foreign
 * keys) and carries the data version and as-of day. One implementation: the table compiler writes the
 * files into the jar with it at build time, and the catalogue writes them on demand with it at run time.
 * Depends on nothing but the JDK and {@link TableDefinitions}, so that the build can run it.
 */
public final class TableExports {

  /** The file name of the Data Package descriptor. */
  public static final String DATA_PACKAGE = "datapackage.json";

  private TableExports() {}

  /**
   * RFC 4180 CSV: a header line of column names, then the rows, CRLF line ends, quotes only where a cell
   * needs them. The data version and as-of day are in {@link #dataPackage}, the descriptor beside it.
   *
   * @param table the table's definition
   * @param rows the rows' cells, in column order
   * @return the CSV text
   */
  public static String csv(TableDefinitions.Definition table, List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    appendCsvRecord(b, table.columns());
    for (List<String> row : rows) {
      appendCsvRecord(b, row);
    }
    return b.toString();
  }

  private static void appendCsvRecord(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      b.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
    }
    b.append("\r\n");
  }

  /**
   * A JSON object: {@code table}, {@code data_version}, {@code as_of} and {@code rows}, an array of
   * objects, one a row, keys in column order, one row a line. Values are typed as the table's definition
   * says: integers as numbers, {@code yes}/{@code no} as booleans, every other value as a string, an
   * empty cell as {@code null}.
   *
   * @param table the table's definition
   * @param dataVersion the catalogue's data version
   * @param asOf the catalogue's as-of day
   * @param rows the rows' cells, in column order
   * @return the JSON text, ending in a line break
   */
  public static String json(TableDefinitions.Definition table, String dataVersion, String asOf,
      List<List<String>> rows) {
    List<String> columns = table.columns();
    TableDefinitions.Type[] types = new TableDefinitions.Type[columns.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = table.type(columns.get(i));
    }
    StringBuilder b = new StringBuilder("{\"table\": ").append(jsonString(table.name()))
        .append(", \"data_version\": ").append(jsonString(dataVersion))
        .append(", \"as_of\": ").append(jsonString(asOf)).append(", \"rows\": [");
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      b.append(r == 0 ? "\n  {" : ",\n  {");
      for (int i = 0; i < columns.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(jsonString(columns.get(i))).append(": ")
            .append(jsonValue(types[i], row.get(i)));
      }
      b.append('}');
    }
    return b.append(rows.isEmpty() ? "]}\n" : "\n]}\n").toString();
  }

  /** A cell as a JSON value of its column's type; a cell the type does not fit stays a string. */
  static String jsonValue(TableDefinitions.Type type, String cell) {
    if (cell.isEmpty()) {
      return "null";
    }
    switch (type) {
      case INTEGER:
        return isWholeNumber(cell) ? cell : jsonString(cell);
      case BOOLEAN:
        return cell.equals("yes") ? "true" : cell.equals("no") ? "false" : jsonString(cell);
      default:
        return jsonString(cell);
    }
  }

  private static boolean isWholeNumber(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start || s.length() - start > 9 || (s.charAt(start) == '0' && s.length() - start > 1)) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The Frictionless Data Package descriptor of the CSV exports ({@code datapackage.json}): a tabular data
   * resource per table with its path, CSV dialect and Table Schema (fields with their types, empty cells
   * missing, the primary key and the foreign keys), and the catalogue's {@code data_version} and
   * {@code as_of} as properties of the package.
   *
   * @param dataVersion the catalogue's data version
   * @param asOf the catalogue's as-of day
   * @return the JSON text, ending in a line break
   */
  public static String dataPackage(String dataVersion, String asOf) {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"profile\": \"tabular-data-package\",\n");
    b.append("  \"name\": \"transit-policy-catalogue\",\n");
    b.append("  \"title\": \"transit-policy: the policy tables of China's visa-free transit and entry\",\n");
    b.append("  \"data_version\": ").append(jsonString(dataVersion)).append(",\n");
    b.append("  \"as_of\": ").append(jsonString(asOf)).append(",\n");
    b.append("  \"resources\": [");
    List<TableDefinitions.Definition> tables = TableDefinitions.all();
    for (int t = 0; t < tables.size(); t++) {
      TableDefinitions.Definition d = tables.get(t);
      b.append(t == 0 ? "\n" : ",\n");
      b.append("    {\n");
      b.append("      \"name\": ").append(jsonString(d.name())).append(",\n");
      b.append("      \"title\": ").append(jsonString(d.title())).append(",\n");
      b.append("      \"path\": ").append(jsonString(d.name() + ".csv")).append(",\n");
      b.append("      \"profile\": \"tabular-data-resource\",\n");
      b.append("      \"format\": \"csv\",\n");
      b.append("      \"mediatype\": \"text/csv\",\n");
      b.append("      \"encoding\": \"utf-8\",\n");
      b.append("      \"dialect\": {\"delimiter\": \",\", \"lineTerminator\": \"\\r\\n\", \"quoteChar\": \"\\\"\","
          + " \"doubleQuote\": true, \"header\": true},\n");
      b.append("      \"schema\": {\n");
      b.append("        \"fields\": [");
      List<String> columns = d.columns();
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        TableDefinitions.Type type = d.type(c);
        b.append(i == 0 ? "\n" : ",\n").append("          {\"name\": ").append(jsonString(c))
            .append(", \"type\": ").append(jsonString(type.frictionless()));
        if (type == TableDefinitions.Type.BOOLEAN) {
          b.append(", \"trueValues\": [\"yes\"], \"falseValues\": [\"no\"]");
        }
        b.append('}');
      }
      b.append("\n        ],\n");
      b.append("        \"missingValues\": [\"\"],\n");
      b.append("        \"primaryKey\": ").append(jsonArray(d.key())).append(",\n");
      b.append("        \"foreignKeys\": [");
      List<TableDefinitions.ForeignKey> fks = d.foreignKeys();
      for (int i = 0; i < fks.size(); i++) {
        TableDefinitions.ForeignKey fk = fks.get(i);
        b.append(i == 0 ? "\n" : ",\n").append("          {\"fields\": [").append(jsonString(fk.column()))
            .append("], \"reference\": {\"resource\": ").append(jsonString(fk.table())).append(", \"fields\": [")
            .append(jsonString(fk.referencedColumn())).append("]}}");
      }
      b.append(fks.isEmpty() ? "]\n" : "\n        ]\n");
      b.append("      }\n");
      b.append("    }");
    }
    b.append("\n  ]\n}\n");
    return b.toString();
  }

  private static String jsonArray(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(jsonString(values.get(i)));
    }
    return b.append(']').toString();
  }

  private static String csvCell(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** A JSON string literal. */
  static String jsonString(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append("\\\"");
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
