package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.engine.internal.Evaluator;
import io.github.transitpolicy.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * {@code transit-check --csv}: a CSV of trips evaluated into one result row per trip, in the input's
 * order. This thread reads, decodes and writes; chunks of rows are split, built, evaluated and
 * encoded on one worker per core ({@link Chunk}, {@link Layout}, {@link Checker}).
 */
final class CsvBatch {
  private CsvBatch() {}

  /** The optional input column copied, as the first column, into every result row. */
  static final String ID_COLUMN = "id";

  private static final List<String> CSV_COLUMNS = List.of("nationality", "document", "expiry", "arrive",
      "arrive_at", "from", "depart", "depart_at", "to", "purpose", "visits", "stays_in_port", "onward_ticket");

  static final String RESULT_HEADER =
      "line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa,error_column,error_reason";

  /** The field of a {@link FieldException} about a CSV row as a whole (its error_column is empty). */
  static final String WHOLE_ROW = "";

  /** The verdict column of a row that could not be evaluated. */
  static final String ERROR_VERDICT = "ERROR";

  /** At most this many bad rows are also printed on the error stream; the results hold them all. */
  static final int ROW_ERRORS_PRINTED = 10;

  static Batch evaluateCsv(TransitPolicy policy, Path in, String name, OutputStream output, boolean json,
      boolean codes) throws IOException, InputException {
    try (InputStream stream = Files.newInputStream(in); Utf8Lines lines = new Utf8Lines(stream, name)) {
      return evaluateCsv(policy, lines, name, output, json, codes);
    }
  }

  /** Rows evaluated together by one worker: large enough to amortise the hand-over, small enough to stream. */
  static final int CHUNK_ROWS = 2048;

  /**
   * Evaluates every row of a CSV of trips, writing one result row per trip (CSV, or a JSON object per
   * line with {@code json}) in the order of the input; a row that cannot be evaluated becomes an
   * {@code ERROR} row and the others go on.
   *
   * <p>This thread reads, decodes and writes; chunks of {@link #CHUNK_ROWS} rows are split, built,
   * evaluated and encoded on one worker per core, a bounded number at a time, and written back in
   * order. The chunks and their buffers are used again: a chunk's results are megabytes.
   *
   * <p>Without {@code codes} the rows leave out {@code failing_codes} and {@code unknown_codes}, and
   * the statuses of the rules the verdict did not need are never made.
   *
   * @throws InputException naming {@code file:line} when the file as a whole is unusable: no header,
   *     a missing or duplicated column, malformed UTF-8
   */
  static Batch evaluateCsv(TransitPolicy policy, Utf8Lines reader, String name, OutputStream output, boolean json,
      boolean codes) throws IOException, InputException {
    String header = reader.next();
    if (header == null) {
      throw new InputException(name + ":1: empty file: expected a header line");
    }
    List<String> columns = new ArrayList<>();
    try {
      for (String c : Csv.split(header.startsWith("\uFEFF") ? header.substring(1) : header)) {
        columns.add(c.strip());
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(name + ":1: " + e.getMessage());
    }
    checkHeader(columns, name);
    Layout layout = new Layout(columns, json, codes);
    Checker checker = new Checker(policy);
    if (!json) {
      String resultHeader = Results.header(codes);
      output.write((layout.withId ? "id," + resultHeader + "\r\n" : resultHeader + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Batch batch = new Batch();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    int maxPending = 2 * threads + 2;
    ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    ArrayDeque<Chunk> written = new ArrayDeque<>();
    @Nullable ExecutorService pool = null;
    try {
      Chunk chunk = new Chunk();
      String line;
      while ((line = reader.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        chunk.add(reader.lineNumber(), line);
        if (chunk.size == CHUNK_ROWS) {
          if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, CsvBatch::worker);
          }
          Chunk full = chunk;
          pending.add(pool.submit(() -> full.evaluate(checker, layout, name)));
          if (pending.size() >= maxPending) {
            written.add(writeChunk(pending.remove(), output, batch));
          }
          chunk = written.isEmpty() ? new Chunk() : written.remove().clear();
        }
      }
      while (!pending.isEmpty()) {
        writeChunk(pending.remove(), output, batch);
      }
      // The last part, or a small file as a whole, needs no other thread.
      chunk.evaluate(checker, layout, name).out.writeTo(output);
      batch.add(chunk.batch);
      return batch;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Thread worker(Runnable task) {
    Thread t = new Thread(task, "transit-check-worker");
    t.setDaemon(true);
    return t;
  }

  /** Writes the next chunk when it is evaluated; returns it, to be used again. */
  private static Chunk writeChunk(Future<Chunk> next, OutputStream output, Batch batch) throws IOException {
    Chunk done;
    try {
      done = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while evaluating the rows");
    } catch (ExecutionException e) {
      // Each row catches what evaluating it throws: what gets here is an Error, such as running out of memory.
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    done.out.writeTo(output);
    batch.add(done.batch);
    return done;
  }

  static void evaluateRow(Checker checker, Status[] statuses, Layout layout, String name, int lineNo,
      String line, Chunk chunk) {
    Batch batch = chunk.batch;
    StringBuilder row = chunk.row;
    row.setLength(0);
    batch.rows++;
    String column = "";
    String reason;
    String @Nullable [] cells = null;
    try {
      cells = layout.cells(line);
      Evaluator.Decision decision = checker.decide(layout.trip(cells));
      if (layout.json) {
        layout.append(row, cells, lineNo, checker.results(decision, layout.codes ? statuses : null));
        chunk.out.append(row);
      } else {
        checker.appendCsv(chunk.out, layout.id(cells), lineNo, decision, layout.codes ? statuses : null);
      }
      return;
    } catch (FieldException e) {
      column = csvColumn(e.field);
      reason = e.reason;
    } catch (RuntimeException e) {
      reason = "internal error: the trip could not be evaluated: " + e;
    }
    batch.failed++;
    if (batch.firstErrors.size() < ROW_ERRORS_PRINTED) {
      batch.firstErrors.add(name + ":" + lineNo + ": " + (column.isEmpty() ? "" : "column " + column + ": ")
          + reason);
    }
    row.setLength(0);
    layout.append(row, cells, lineNo, new String[] {ERROR_VERDICT, "", "", "", "", "", column, reason});
    chunk.out.append(row);
  }

  /** Refuses a header without every column, or with a column more than once (naming each once). */
  private static void checkHeader(List<String> columns, String name) throws InputException {
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      // Blank names are read by nobody: spreadsheets export trailing empty columns.
      if (!columns.get(i).isEmpty()) {
        positions.computeIfAbsent(columns.get(i), k -> new ArrayList<>()).add(i + 1);
      }
    }
    List<String> duplicates = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
      if (e.getValue().size() > 1) {
        List<String> at = new ArrayList<>();
        for (int p : e.getValue()) {
          at.add(Integer.toString(p));
        }
        duplicates.add(e.getKey() + " (columns " + TransitCheck.humanList(at) + ")");
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InputException(name + ":1: duplicate column" + (duplicates.size() == 1 ? " " : "s ")
          + String.join(", ", duplicates) + ": each column may appear once");
    }
    List<String> missing = new ArrayList<>();
    for (String c : CSV_COLUMNS) {
      if (!positions.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(name + ":1: missing column" + (missing.size() == 1 ? " " : "s ")
          + TransitCheck.humanList(missing));
    }
  }

  /** The CSV column a trip field comes from. */
  private static String csvColumn(String field) {
    return field.equals("visit") ? "visits" : field.replace('-', '_');
  }
}
