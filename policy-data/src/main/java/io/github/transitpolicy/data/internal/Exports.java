package io.github.transitpolicy.data.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a compiled table as CSV or JSON. The table compiler writes the same files into the jar at build
 * time; a test holds the two byte-identical, so a data team gets the same file either way.
 */
final class Exports {

  private Exports() {}

  /** RFC 4180 CSV: header line, CRLF line ends, quotes only where a cell needs them. */
  static String csv(String[] chunks) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : lines(chunks)) {
      for (int i = 0; i < row.size(); i++) {
        b.append(i == 0 ? "" : ",").append(csvCell(row.get(i)));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  /** A JSON array of objects, keys in column order, empty cells as null. */
  static String json(String[] chunks) {
    List<List<String>> lines = lines(chunks);
    List<String> header = lines.get(0);
    StringBuilder b = new StringBuilder("[");
    for (int r = 1; r < lines.size(); r++) {
      List<String> row = lines.get(r);
      b.append(r == 1 ? "\n  {" : ",\n  {");
      for (int i = 0; i < header.size(); i++) {
        String v = row.get(i);
        b.append(i == 0 ? "" : ", ").append(jsonString(header.get(i))).append(": ")
            .append(v.isEmpty() ? "null" : jsonString(v));
      }
      b.append('}');
    }
    b.append(lines.size() == 1 ? "]\n" : "\n]\n");
    return b.toString();
  }

  private static List<List<String>> lines(String[] chunks) {
    List<List<String>> out = new ArrayList<>();
    for (String line : Tsv.lines(chunks)) {
      out.add(Tsv.cells(line, '\t'));
    }
    return out;
  }

  private static String csvCell(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String jsonString(String v) {
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
