package io.github.transitpolicy.data.internal;

import io.github.transitpolicy.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one key (a country's listing for a regime, a purpose's rule in a scope), each valid over
 * a range of days, searched in table order: {@link #on} gives the first row whose range
 * holds the day, without a map lookup, an iterator or an {@code Optional} made per lookup (a batch asks
 * a dozen such questions a row). Immutable, with final fields only: safe to share once built.
 *
 * @param <T> the rows' type
 */
final class DatedRows<T> {
  private static final DatedRows<Object> NONE = new DatedRows<>(List.of(), List.of());

  /** Each row's range. */
  private final DateRange[] validities;
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
    this.validities = validities.toArray(new DateRange[0]);
    this.found = (Optional<T>[]) new Optional<?>[n];
    for (int i = 0; i < n; i++) {
      found[i] = Optional.of(rows.get(i));
    }
  }

  /** No rows: every lookup finds nothing. */
  @SuppressWarnings("unchecked") // holds no T
  static <T> DatedRows<T> none() {
    return (DatedRows<T>) NONE;
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
    for (int i = 0; i < validities.length; i++) {
      if (validities[i].contains(day)) {
        return found[i];
      }
    }
    return Optional.empty();
  }
}
