package io.github.transitpolicy.data.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the compiled tables: chunks into lines, lines into cells. The table compiler guarantees that
 * no cell holds a tab or a line break, and that every chunk ends on a line break. No regex: this runs
 * while the catalogue loads.
 */
final class Tsv {

  private Tsv() {}

  /** The lines of a table's chunks, header first, without their line breaks. */
  static List<String> lines(String[] chunks) {
    List<String> out = new ArrayList<>();
    for (String chunk : chunks) {
      int start = 0;
      while (start < chunk.length()) {
        int end = chunk.indexOf('\n', start);
        if (end < 0) {
          end = chunk.length();
        }
        out.add(chunk.substring(start, end));
        start = end + 1;
      }
    }
    return out;
  }

  /** The tab-separated cells of a table line. */
  static String[] row(String line) {
    return cells(line, '\t').toArray(new String[0]);
  }

  /** The first cell of a table line, without cutting the others. */
  static String firstCell(String line) {
    int tab = line.indexOf('\t');
    return tab < 0 ? line : line.substring(0, tab);
  }

  /** The cells of a line separated by {@code separator} (a tab, or {@code |} inside a list cell). */
  static List<String> cells(String line, char separator) {
    List<String> out = new ArrayList<>(8);
    int start = 0;
    while (true) {
      int at = line.indexOf(separator, start);
      if (at < 0) {
        out.add(line.substring(start));
        return out;
      }
      out.add(line.substring(start, at));
      start = at + 1;
    }
  }
}
