package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PolicyDay} of each entry date, made the first time a trip enters on that day and kept:
 * the trips a booking engine checks together mostly share their dates, and a day's facts are a
 * dozen catalogue lookups and a zoned deadline. Days from 2010 to 2039 are kept, 45 KB of
 * references, in slots of 31 days a month; a day outside them is looked up afresh each time.
 *
 * <p>Thread-safe without locks: a day is immutable with final fields only, so a thread sees either
 * no day (and makes an equal one) or a complete one.
 */
final class PolicyCalendar {
  private static final int FIRST_YEAR = 2010;
  private static final int LAST_YEAR = 2039;
  /** Slots a year: twelve months of 31, so that a date's slot needs no calendar arithmetic. */
  private static final int SLOTS_A_YEAR = 12 * 31;

  private final Catalogue catalogue;
  private final @Nullable PolicyDay[] days = new PolicyDay[(LAST_YEAR - FIRST_YEAR + 1) * SLOTS_A_YEAR];

  PolicyCalendar(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  PolicyDay on(LocalDate date) {
    int year = date.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return new PolicyDay(catalogue, date);
    }
    int i = (year - FIRST_YEAR) * SLOTS_A_YEAR + (date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
    PolicyDay d = days[i];
    if (d == null) {
      d = new PolicyDay(catalogue, date);
      days[i] = d;
    }
    return d;
  }
}
