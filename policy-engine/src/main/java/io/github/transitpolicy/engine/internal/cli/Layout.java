package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.model.Trip;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The columns of one file: where each field is, and how its results are written. */
final class Layout {
  /** Each column's position by its field name as the flags have it ({@code arrive-at}). */
  private final Map<String, Integer> positions = new HashMap<>();
  private final int size;
  private final int idPosition;
  final boolean withId;
  final boolean json;
  /** Whether the rows have the code columns (not with {@code --no-codes}). */
  final boolean codes;

  Layout(List<String> columns, boolean json, boolean codes) {
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i).replace('_', '-'), i);
    }
    this.size = columns.size();
    Integer id = positions.get(CsvBatch.ID_COLUMN);
    this.idPosition = id == null ? -1 : id;
    this.withId = id != null;
    this.json = json;
    this.codes = codes;
  }

  /** The cells of a row, as many as the header has. */
  String[] cells(String line) throws FieldException {
    List<String> cells;
    try {
      cells = Csv.split(line);
    } catch (IllegalArgumentException e) {
      throw new FieldException(CsvBatch.WHOLE_ROW, String.valueOf(e.getMessage()));
    }
    if (cells.size() != size) {
      throw new FieldException(CsvBatch.WHOLE_ROW, "has " + cells.size() + " cells, the header has " + size);
    }
    return cells.toArray(new String[0]);
  }

  private String get(String[] cells, String field) {
    Integer at = positions.get(field);
    return at == null ? "" : cells[at];
  }

  Trip trip(String[] cells) throws FieldException {
    List<String> places = new ArrayList<>();
    for (String v : get(cells, "visits").split(";")) {
      if (!v.isBlank()) {
        places.add(v);
      }
    }
    return TransitCheck.buildTrip(field -> get(cells, field), places, bool(cells, "stays-in-port", false),
        bool(cells, "onward-ticket", true), bool(cells, "visa-refusal", false),
        bool(cells, "immigration-violation", false), bool(cells, "permanent-resident-card", false));
  }

  private boolean bool(String[] cells, String field, boolean fallback) throws FieldException {
    String v = get(cells, field).strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return fallback;
    }
    if (v.equals("true") || v.equals("yes")) {
      return true;
    }
    if (v.equals("false") || v.equals("no")) {
      return false;
    }
    throw new FieldException(field, "\"" + v + "\" is not true or false");
  }

  /**
   * The row's id: null when the file has no id column, empty when the row could not be split into as
   * many cells as the header has (its id cell is not known).
   */
  @Nullable String id(String @Nullable [] cells) {
    return !withId ? null : cells == null ? "" : cells[idPosition];
  }

  /**
   * Appends one result row: the id when the file has an id column (empty when the row could not be
   * split into as many cells as the header has: its id cell is not known), the line and the results.
   */
  void append(StringBuilder out, String @Nullable [] cells, int lineNo, String[] results) {
    @Nullable String id = id(cells);
    if (json) {
      Results.appendJson(out, id, lineNo, results, codes);
    } else {
      Results.appendCsv(out, id, lineNo, results, codes);
    }
  }
}
