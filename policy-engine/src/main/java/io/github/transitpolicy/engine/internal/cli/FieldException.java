package io.github.transitpolicy.engine.internal.cli;

/**
 * A bad value in one field of a trip; {@code field} is the flag name without {@code --}, or
 * {@link CsvBatch#WHOLE_ROW} when a CSV row as a whole is wrong.
 */
final class FieldException extends Exception {
  private static final long serialVersionUID = 1L;
  final String field;
  final String reason;

  FieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }
}
