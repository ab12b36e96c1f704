package io.github.transitpolicy.engine.internal.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO dates and date-times as {@link LocalDate#parse} and {@link LocalDateTime#parse} read them, the
 * usual {@code yyyy-MM-dd} and {@code yyyy-MM-ddTHH:mm} read digit by digit: the JDK's formatter
 * costs more than the rest of a row's parsing. Whatever is not exactly that shape, or is no valid
 * date, goes to the JDK's parser, which reads it or throws its own {@code DateTimeParseException}.
 */
final class Dates {
  private Dates() {}

  static LocalDate date(String text) {
    String t = text.strip();
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 7);
      int day = digits(t, 8, 10);
      if ((year | month | day) >= 0 && valid(year, month, day)) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(t);
  }

  static LocalDateTime dateTime(String text) {
    String t = text.strip();
    if (t.length() == 16 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T' && t.charAt(13) == ':') {
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 7);
      int day = digits(t, 8, 10);
      int hour = digits(t, 11, 13);
      int minute = digits(t, 14, 16);
      if ((year | month | day | hour | minute) >= 0 && valid(year, month, day) && hour < 24 && minute < 60) {
        return LocalDateTime.of(year, month, day, hour, minute);
      }
    }
    return LocalDateTime.parse(t);
  }

  /** The number the ASCII digits from {@code start} to {@code end} write, or -1 if one is not a digit. */
  private static int digits(String t, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static boolean valid(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
  }
}
