package io.github.transitpolicy.data;

/** How a regime counts a stay. */
public enum StayCounting {
  /**
   * From 00:00 Beijing time on the day after entry (2013 regulation art. 36(3)): 240 hours after entry on
   * 1 December end at 00:00 on 12 December, whatever the hour of entry.
   */
  NEXT_DAY_MIDNIGHT,
  /** Elapsed time from the moment of arrival: 24 hours after 10:00 end at 10:00 the next day. */
  ELAPSED,
  /**
   * The sources do not say how the stay is counted (the Guangdong police's "not beyond the 6th day from
   * the day of entry", or a bare "6 days"): a departure within every reading (elapsed time, or the entry
   * day counted as the first day) passes, one beyond the most generous (from 00:00 on the day after
   * entry) fails, and one in between is unknown.
   */
  UNCERTAIN
}
