package io.github.transitpolicy.engine.internal.cli;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: quoted cells with doubled quotes; no line breaks inside cells. */
final class Csv {
  private Csv() {}

  /**
   * The cells of one line.
   *
   * @throws IllegalArgumentException if a quoted cell is not closed
   */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>(24);
    if (line.indexOf('"') < 0) {
      // No quoted cell: each cell is the text between two commas, taken without copying it twice.
      int start = 0;
      for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
        cells.add(line.substring(start, comma));
        start = comma + 1;
      }
      cells.add(line.substring(start));
      return cells;
    }
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted cell is not closed (line breaks inside cells are not read)");
    }
    cells.add(cell.toString());
    return cells;
  }

  /** One cell, quoted when it holds a comma, a quote or a line break. */
  static void appendCell(StringBuilder b, String c) {
    b.append(cell(c));
  }

  /** The cell as written: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
  static String cell(String c) {
    if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
      return '"' + c.replace("\"", "\"\"") + '"';
    }
    return c;
  }
}
