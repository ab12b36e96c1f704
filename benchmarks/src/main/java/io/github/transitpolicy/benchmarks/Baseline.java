package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.model.BeijingTime;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The irreducible work of any answer (SPEC section 5): place the arrival in Asia/Shanghai and compute
 * the 240-hour deadline, which counts from the next midnight. {@link EvaluateBenchmark#baseline()}
 * runs it warm, {@link ColdStart} in a fresh JVM, so that both figures of {@code evaluate} have the
 * same yardstick.
 */
final class Baseline {

  private Baseline() {}

  static ZonedDateTime deadline(LocalDateTime arrival) {
    return arrival.toLocalDate().plusDays(1).atStartOfDay(BeijingTime.ZONE).plusHours(240);
  }
}
