package io.github.transitpolicy.engine.internal.cli;

import java.util.ArrayList;
import java.util.List;

/** What a batch did: rows evaluated or not, and the first few bad rows as {@code file:line:} messages. */
final class Batch {
  int rows;
  int failed;
  final List<String> firstErrors = new ArrayList<>();

  /** Adds what a later part of the file did. */
  void add(Batch later) {
    rows += later.rows;
    failed += later.failed;
    for (String e : later.firstErrors) {
      if (firstErrors.size() < CsvBatch.ROW_ERRORS_PRINTED) {
        firstErrors.add(e);
      }
    }
  }
}
