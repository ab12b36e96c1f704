package io.github.transitpolicy.engine.internal.cli;

import org.jspecify.annotations.Nullable;

/** The result fields after {@code line}, as {@link CsvBatch#RESULT_HEADER} names them. */
final class Results {
  private static final String[] NAMES = CsvBatch.RESULT_HEADER.substring("line,".length()).split(",");

  private Results() {}

  /** Whether field {@code i} is one of the code lists, which {@code --no-codes} leaves out. */
  private static boolean isCodes(int i) {
    return NAMES[i].endsWith("_codes");
  }

  /** The CSV header after an input's {@code id}: {@code line} and the fields, without the code fields unless {@code codes}. */
  static String header(boolean codes) {
    StringBuilder b = new StringBuilder("line");
    for (int i = 0; i < NAMES.length; i++) {
      if (codes || !isCodes(i)) {
        b.append(',').append(NAMES[i]);
      }
    }
    return b.toString();
  }

  /** One CSV row; without {@code codes} the code fields are left out, the other fields as they are. */
  static void appendCsv(StringBuilder b, @Nullable String id, int lineNo, String[] results, boolean codes) {
    if (id != null) {
      Csv.appendCell(b, id);
      b.append(',');
    }
    b.append(lineNo);
    for (int i = 0; i < results.length; i++) {
      if (codes || !isCodes(i)) {
        b.append(',');
        Csv.appendCell(b, results[i]);
      }
    }
    b.append("\r\n");
  }

  /**
   * One JSON object and a line feed: {@code id} (when given) and {@code line} (when not negative)
   * first, then the result fields; an empty field is {@code null}, the codes are arrays (left out
   * without {@code codes}).
   */
  static void appendJson(StringBuilder b, @Nullable String id, int lineNo, String[] results, boolean codes) {
    b.append('{');
    boolean first = true;
    if (id != null) {
      b.append("\"id\":");
      Json.appendString(b, id);
      first = false;
    }
    if (lineNo >= 0) {
      b.append(first ? "" : ",").append("\"line\":").append(lineNo);
      first = false;
    }
    for (int i = 0; i < results.length; i++) {
      if (!codes && isCodes(i)) {
        continue;
      }
      b.append(first ? "" : ",").append('"').append(NAMES[i]).append("\":");
      first = false;
      String r = results[i];
      if (isCodes(i)) {
        b.append('[');
        if (!r.isEmpty()) {
          String[] listed = r.split(" ");
          for (int c = 0; c < listed.length; c++) {
            b.append(c == 0 ? "" : ",");
            Json.appendString(b, listed[c]);
          }
        }
        b.append(']');
      } else if (r.isEmpty()) {
        b.append("null");
      } else {
        Json.appendString(b, r);
      }
    }
    b.append("}\n");
  }
}
