package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.engine.Itinerary;
import io.github.transitpolicy.engine.ItineraryEvaluation;
import io.github.transitpolicy.engine.Leg;
import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * {@code transit-check legs FILE [--out FILE [--fsync]]}: evaluates itineraries given as a CSV of legs, one row a leg,
 * consecutive rows with the same {@code itinerary} value one itinerary (SPEC 8), into one result row per
 * mainland stay.
 *
 * <p>Columns (a header names them, each once): {@code itinerary, nationality, expiry, purpose, flight, from,
 * departs, to, arrives}; optional {@code document} (default ORDINARY_PASSPORT) and
 * {@code clears_immigration} (true/false). Times are local at each airport, {@code yyyy-MM-ddTHH:mm}, or
 * carry their offset ({@code 2026-06-01T09:00+09:00}). The traveller columns must agree on every row of an
 * itinerary. Output columns: {@code itinerary, stay, verdict, stay_verdict, regime, entry, arrive_at, exit,
 * depart_at, from, to, exit_deadline, failing_codes, error}: {@code verdict} is the itinerary's over all its
 * stays, {@code stay} counts from 1 (0 for an itinerary with no stay, one row); an itinerary that cannot be
 * built is one row with verdict ERROR and the reason (naming the file's line), and the others go on.
 * Exit 0 when every itinerary was evaluated, 4 when some were ERROR, 64 usage, 65 bad input, 74 file error.
 */
final class LegsCheck {

  static final List<String> REQUIRED =
      List.of("itinerary", "nationality", "expiry", "purpose", "flight", "from", "departs", "to", "arrives");
  static final List<String> OPTIONAL = List.of("document", "clears_immigration");
  static final List<String> OUTPUT = List.of("itinerary", "stay", "verdict", "stay_verdict", "regime", "entry",
      "arrive_at", "exit", "depart_at", "from", "to", "exit_deadline", "failing_codes", "error");

  static final String USAGE_TEXT = String.join("\n",
      "usage: transit-check legs FILE [--out FILE [--fsync]]",
      "  Evaluates itineraries given as a CSV of legs (UTF-8), one row a leg; consecutive rows with the same",
      "  itinerary value are one itinerary. Columns: " + String.join(", ", REQUIRED) + "; optional "
          + String.join(", ", OPTIONAL) + ".",
      "  Times are local at each airport (yyyy-MM-ddTHH:mm) or carry an offset (2026-06-01T09:00+09:00).",
      "  Output (CSV, one row per mainland stay): " + String.join(", ", OUTPUT) + ".",
      "  Exit 0 every itinerary evaluated, 4 some are ERROR rows, 64 usage, 65 bad input, 74 file error.");

  private LegsCheck() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String file = null;
    String outFile = null;
    boolean fsync = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--help")) {
        out.println(USAGE_TEXT);
        out.flush();
        return TransitCheck.OK;
      } else if (a.equals("--out")) {
        if (i + 1 >= args.size() || outFile != null) {
          return usage(err, "legs: --out needs one file");
        }
        outFile = args.get(++i);
      } else if (a.equals("--fsync")) {
        fsync = true;
      } else if (a.startsWith("--")) {
        return usage(err, "legs: unknown option " + a);
      } else if (file == null) {
        file = a;
      } else {
        return usage(err, "legs: one FILE only (also got " + a + ")");
      }
    }
    if (file == null) {
      return usage(err, "legs needs a FILE of legs");
    }
    if (fsync && outFile == null) {
      return usage(err, "legs: --fsync is for --out FILE");
    }
    Path in;
    Path target;
    try {
      in = Path.of(file);
      target = outFile == null ? null : OutputFiles.outputTarget(in, Path.of(outFile));
    } catch (InvalidPathException e) {
      return usage(err, "legs: not a path: " + e.getMessage());
    } catch (UsageException e) {
      return usage(err, "legs: " + e.getMessage());
    } catch (IOException e) {
      err.println("transit-check: legs: " + OutputFiles.describe(e));
      return TransitCheck.IO_ERROR;
    }
    List<String> lines;
    try {
      OutputFiles.requireNotDirectory(in, "legs");
      lines = readUtf8Lines(in, file);
    } catch (InputException e) {
      err.println("transit-check: legs: " + e.getMessage());
      return TransitCheck.DATA_ERROR;
    } catch (IOException e) {
      err.println("transit-check: legs: " + OutputFiles.describe(e));
      return TransitCheck.IO_ERROR;
    }
    Map<String, Integer> columns;
    try {
      columns = header(file, lines);
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return TransitCheck.DATA_ERROR;
    }
    int[] failed = {0};
    String name = file;
    OutputFiles.WriteAction action = w -> failed[0] = evaluate(TransitPolicy.bundled(), name, lines, columns, w);
    try {
      if (target == null) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        action.writeTo(buffer);
        out.print(buffer);
        out.flush();
      } else {
        OutputFiles.writeAtomically(target, fsync, action);
      }
    } catch (IOException e) {
      err.println("transit-check: legs: " + OutputFiles.describe(e));
      return TransitCheck.IO_ERROR;
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return TransitCheck.DATA_ERROR;
    }
    if (failed[0] > 0) {
      err.println("transit-check: legs: " + failed[0] + (failed[0] == 1 ? " itinerary" : " itineraries")
          + " could not be evaluated (ERROR rows)");
      return TransitCheck.ROWS_FAILED;
    }
    return TransitCheck.OK;
  }

  private static int usage(PrintStream err, String message) {
    err.println("transit-check: " + message);
    err.println(USAGE_TEXT);
    return TransitCheck.USAGE;
  }

  /**
   * The file's lines, read with the CLI's own UTF-8 reader, which refuses malformed input naming the line
   * and byte; a leading byte order mark is dropped.
   */
  static List<String> readUtf8Lines(Path in, String name) throws IOException, InputException {
    List<String> lines = new ArrayList<>();
    try (Utf8Lines reader = new Utf8Lines(Files.newInputStream(in), name)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
    }
    return lines;
  }

  static Map<String, Integer> header(String file, List<String> lines) throws InputException {
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new InputException(file + ":1: no header line");
    }
    List<String> cells = Csv.split(lines.get(0));
    Map<String, Integer> columns = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).strip().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(c) && !OPTIONAL.contains(c)) {
        problems.add("unknown column \"" + cells.get(i) + "\"");
      } else if (columns.put(c, i) != null) {
        problems.add("column " + c + " appears twice");
      }
    }
    for (String r : REQUIRED) {
      if (!columns.containsKey(r)) {
        problems.add("missing column " + r);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(file + ":1: " + String.join("; ", problems));
    }
    return columns;
  }

  /** Evaluates every itinerary of the file; returns how many were ERROR rows. */
  static int evaluate(TransitPolicy policy, String file, List<String> lines, Map<String, Integer> columns,
      Writer out) throws IOException {
    out.write(csvRow(OUTPUT));
    int failed = 0;
    int i = 1;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      // One itinerary: the run of rows with its id.
      String id = "";
      List<Integer> group = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      String problem = null;
      while (i < lines.size() && !lines.get(i).isBlank()) {
        List<String> cells;
        try {
          cells = Csv.split(lines.get(i));
        } catch (IllegalArgumentException e) {
          cells = null;
          if (problem == null) {
            problem = file + ":" + (i + 1) + ": " + e.getMessage();
          }
        }
        String rowId = cells == null ? id : cell(cells, columns, "itinerary");
        if (!group.isEmpty() && !rowId.equals(id)) {
          break;
        }
        id = rowId;
        group.add(i + 1);
        if (cells != null) {
          rows.add(cells);
        }
        i++;
      }
      if (problem == null) {
        try {
          ItineraryEvaluation answer = policy.evaluate(itinerary(file, group, rows, columns));
          write(out, id, answer);
          continue;
        } catch (RowException e) {
          problem = e.getMessage();
        }
      }
      failed++;
      List<String> error = new ArrayList<>(java.util.Collections.nCopies(OUTPUT.size(), ""));
      error.set(0, id);
      error.set(2, "ERROR");
      error.set(OUTPUT.size() - 1, Objects.requireNonNull(problem));
      out.write(csvRow(error));
    }
    return failed;
  }

  /** A row that cannot be read; the message names the file and line. */
  static final class RowException extends Exception {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
      super(message);
    }
  }

  static Itinerary itinerary(String file, List<Integer> lineNumbers, List<List<String>> rows,
      Map<String, Integer> columns) throws RowException {
    Itinerary.Builder b = Itinerary.builder();
    List<String> first = rows.get(0);
    String where = file + ":" + lineNumbers.get(0) + ": ";
    for (int r = 1; r < rows.size(); r++) {
      for (String c : List.of("nationality", "document", "expiry", "purpose", "clears_immigration")) {
        if (columns.containsKey(c) && !cell(rows.get(r), columns, c).equals(cell(first, columns, c))) {
          throw new RowException(file + ":" + lineNumbers.get(r) + ": " + c + ": \"" + cell(rows.get(r), columns, c)
              + "\" differs from the itinerary's first row (\"" + cell(first, columns, c) + "\")");
        }
      }
    }
    // Read and worded as transit-check reads the same columns of a CSV of trips: "column: reason".
    String field = "document";
    try {
      String doc = cell(first, columns, field);
      DocumentType type = doc.isEmpty() ? DocumentType.ORDINARY_PASSPORT
          : TransitCheck.enumValue(DocumentType.class, TransitCheck.DOCUMENT_TYPES, field, doc, "document type");
      field = "nationality";
      CountryCode nationality = CountryCode.of(cell(first, columns, field));
      field = "expiry";
      LocalDate expiry = Dates.date(cell(first, columns, field));
      b.traveller(Traveller.of(nationality, TravelDocument.of(type, expiry)));
      field = "purpose";
      b.purpose(TransitCheck.enumValue(Purpose.class, TransitCheck.PURPOSES, field, cell(first, columns, field),
          "purpose"));
      field = "clears_immigration";
      b.clearsImmigration(TransitCheck.switchValue(field, cell(first, columns, field)));
    } catch (FieldException e) {
      throw new RowException(where + e.getMessage());
    } catch (DateTimeParseException e) {
      throw new RowException(where + TransitCheck.notADate(field, e).getMessage());
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new RowException(where + field + ": " + reason(e));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      try {
        b.addLegs(leg(row, columns));
      } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
        throw new RowException(file + ":" + lineNumbers.get(r) + ": " + reason(e));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // "legs[i]: ..." names the leg; the file's line is the i-th of the itinerary's rows.
      String m = reason(e);
      int line = lineNumbers.get(0);
      if (m.startsWith("legs[")) {
        int close = m.indexOf(']');
        line = lineNumbers.get(Integer.parseInt(m.substring(5, close)));
      }
      throw new RowException(file + ":" + line + ": " + m);
    }
  }

  private static Leg leg(List<String> row, Map<String, Integer> columns) {
    String departs = cell(row, columns, "departs");
    String arrives = cell(row, columns, "arrives");
    boolean offsetDeparts = hasOffset(departs);
    if (offsetDeparts != hasOffset(arrives)) {
      throw new IllegalArgumentException("departs, arrives: give both local times or both with an offset");
    }
    String flight = cell(row, columns, "flight");
    String from = cell(row, columns, "from");
    String to = cell(row, columns, "to");
    try {
      if (offsetDeparts) {
        return Leg.of(flight, from, OffsetDateTime.parse(departs), to, OffsetDateTime.parse(arrives));
      }
      return Leg.of(flight, from, LocalDateTime.parse(departs), to, LocalDateTime.parse(arrives));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("departs, arrives: \"" + e.getParsedString()
          + "\" is not yyyy-MM-ddTHH:mm (with an optional offset such as +09:00)");
    }
  }

  private static boolean hasOffset(String time) {
    return time.endsWith("Z") || time.lastIndexOf('+') > 0 || time.lastIndexOf('-') > 9;
  }

  private static String cell(List<String> row, Map<String, Integer> columns, String column) {
    Integer i = columns.get(column);
    return i == null || i >= row.size() ? "" : row.get(i).strip();
  }

  /** One CSV line of cells, quoted where needed, ending CRLF like the other result files. */
  static String csvRow(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Csv.appendCell(b, cells.get(i));
    }
    return b.append("\r\n").toString();
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m != null ? m : e.getClass().getSimpleName();
  }

  private static void write(Writer out, String id, ItineraryEvaluation answer) throws IOException {
    if (answer.stays().isEmpty()) {
      List<String> row = new ArrayList<>(java.util.Collections.nCopies(OUTPUT.size(), ""));
      row.set(0, id);
      row.set(1, "0");
      row.set(2, answer.verdict().name());
      out.write(csvRow(row));
      return;
    }
    for (int s = 0; s < answer.stays().size(); s++) {
      Evaluation e = answer.stays().get(s);
      Trip t = answer.trips().get(s);
      StringJoiner failing = new StringJoiner(";");
      if (e.verdict() != io.github.transitpolicy.model.Verdict.VISA_FREE
          && e.verdict() != io.github.transitpolicy.model.Verdict.NOT_APPLICABLE) {
        for (Finding f : e.failures()) {
          failing.add(f.regime() + ":" + f.code());
        }
      }
      @Nullable String deadline = e.exitDeadline().map(d -> d.toLocalDateTime().toString()).orElse("");
      out.write(csvRow(List.of(id, String.valueOf(s + 1), answer.verdict().name(), e.verdict().name(),
          e.regime().map(Enum::name).orElse(""), t.arrival().port(), t.arrival().time().toString(),
          t.departure().port(), t.departure().time().toString(), t.arrival().from().code(),
          t.departure().to().code(), Objects.requireNonNull(deadline), failing.toString(), "")));
    }
  }
}
