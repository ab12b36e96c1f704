package io.github.transitpolicy.data.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Exports a compiled table through {@link TableExports}, the code the table compiler wrote the jar's
 * export files with: a test holds the two byte-identical, so a data team gets the same file either way.
 */
final class Exports {

  private Exports() {}

  /** The table as CSV. */
  static String csv(String table, String[] chunks) {
    return TableExports.csv(TableDefinitions.of(table), rows(chunks));
  }

  /** The table as JSON, with the catalogue's data version and as-of day. */
  static String json(String table, String[] chunks, String dataVersion, String asOf) {
    return TableExports.json(TableDefinitions.of(table), dataVersion, asOf, rows(chunks));
  }

  /** The rows of a table's chunks, header dropped. */
  private static List<List<String>> rows(String[] chunks) {
    List<String> lines = Tsv.lines(chunks);
    List<List<String>> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      out.add(Tsv.cells(lines.get(i), '\t'));
    }
    return out;
  }
}
