package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.model.Status;

/** Some rows of the file with their line numbers, and once evaluated, their results. */
final class Chunk {
  final int[] lineNumbers = new int[CsvBatch.CHUNK_ROWS];
  final String[] lines = new String[CsvBatch.CHUNK_ROWS];
  int size;
  /** The result rows, UTF-8. */
  final Utf8Builder out = new Utf8Builder(CsvBatch.CHUNK_ROWS * 128);
  /** One JSON or error row at a time, before it is encoded into {@link #out}. */
  final StringBuilder row = new StringBuilder(512);
  Batch batch = new Batch();

  void add(int lineNumber, String line) {
    lineNumbers[size] = lineNumber;
    lines[size++] = line;
  }

  /** Empties the chunk for the next rows, keeping its buffers. */
  Chunk clear() {
    size = 0;
    out.clear();
    batch = new Batch();
    return this;
  }

  Chunk evaluate(Checker checker, Layout layout, String name) {
    Status[] statuses = checker.buffer();
    for (int i = 0; i < size; i++) {
      CsvBatch.evaluateRow(checker, statuses, layout, name, lineNumbers[i], lines[i], this);
      lines[i] = "";
    }
    return this;
  }
}
