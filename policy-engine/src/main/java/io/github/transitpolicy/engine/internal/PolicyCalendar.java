package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PolicyDay} of each entry date, made the first time a trip enters on that day and kept:
 * the trips a booking engine checks together mostly share their dates, and a day's facts are a
 * dozen catalogue lookups and a zoned deadline. Days from 2010 to 2039 are kept, 40 KB of
 * references; a day outside them is looked up afresh each time.
 *
 * <p>Thread-safe without locks: a day is immutable with final fields only, so a thread sees either
 * no day (and makes an equal one) or a complete one.
 */
final class PolicyCalendar {
  private static final long FIRST = LocalDate.of(2010, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2039, 12, 31).toEpochDay();

  private final Catalogue catalogue;
  private final @Nullable PolicyDay[] days = new PolicyDay[(int) (LAST - FIRST + 1)];

  PolicyCalendar(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  PolicyDay on(LocalDate date) {
    long day = date.toEpochDay();
    if (day < FIRST || day > LAST) {
      return new PolicyDay(catalogue, date);
    }
    int i = (int) (day - FIRST);
    PolicyDay d = days[i];
    if (d == null) {
      d = new PolicyDay(catalogue, date);
      days[i] = d;
    }
    return d;
  }
}
