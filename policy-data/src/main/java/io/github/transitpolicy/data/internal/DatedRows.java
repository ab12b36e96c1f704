package io.github.transitpolicy.data.internal;

import io.github.transitpolicy.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one key (a country's listing for a regime, a purpose's rule in a scope), each valid over
 * a range of days, searched in table order: {@link #on} gives the first row whose range
 * holds the day, the row a walk asking {@link DateRange#contains} of each finds, comparing each date as
 * one number ({@link #key}) and making no {@code Optional} per lookup (a batch asks a dozen such
 * questions a row). Immutable, with final fields only: safe to share once built.
 *
 * @param <T> the rows' type
 */
final class DatedRows<T> {
  private static final DatedRows<Object> NONE = new DatedRows<>(List.of(), List.of());

  /** Each row's first day as a {@link #key}; {@link Long#MIN_VALUE} for a range open at the start. */
  private final long[] from;
  /** Each row's last day as a {@link #key}; {@link Long#MAX_VALUE} for a range open at the end. */
  private final long[] until;
  /** Each row, as the lookup returns it. */
  private final Optional<T>[] found;

  /**
   * The rows, in table order, and their ranges.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  @SuppressWarnings("unchecked") // an array of Optional<T>, filled with nothing else
  DatedRows(List<T> rows, List<DateRange> validities) {
    if (rows.size() != validities.size()) {
      throw new IllegalArgumentException("DatedRows: " + rows.size() + " rows, " + validities.size() + " ranges");
    }
    int n = rows.size();
    this.from = new long[n];
    this.until = new long[n];
    this.found = (Optional<T>[]) new Optional<?>[n];
    for (int i = 0; i < n; i++) {
      DateRange v = validities.get(i);
      from[i] = v.from().isPresent() ? key(v.from().get()) : Long.MIN_VALUE;
      until[i] = v.until().isPresent() ? key(v.until().get()) : Long.MAX_VALUE;
      found[i] = Optional.of(rows.get(i));
    }
  }

  /** No rows: every lookup finds nothing. */
  @SuppressWarnings("unchecked") // holds no T
  static <T> DatedRows<T> none() {
    return (DatedRows<T>) NONE;
  }

  /**
   * A date as one number ordered as the dates are: the year, month and day in bits of their own. Three
   * field reads; {@link LocalDate#toEpochDay} costs a dozen operations and took a tenth of an evaluation.
   */
  static long key(LocalDate day) {
    return (long) day.getYear() << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
  }

  /** The number of rows. */
  int size() {
    return found.length;
  }

  /**
   * The first row, in table order, valid on {@code day}.
   *
   * @return that row; empty if none is
   */
  Optional<T> on(LocalDate day) {
    long d = key(day);
    for (int i = 0; i < from.length; i++) {
      if (from[i] <= d && d <= until[i]) {
        return found[i];
      }
    }
    return Optional.empty();
  }
}
