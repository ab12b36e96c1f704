package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Trip;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code evaluate} of one trip beside the irreducible work of any answer: placing the arrival time in
 * Beijing time and computing the 240-hour deadline (SPEC section 5).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluateBenchmark {

  TransitPolicy policy;
  Trip eligible;
  Trip ineligible;

  /** Builds the policy and the two trips once. */
  @Setup
  public void setUp() {
    policy = TransitPolicy.bundled();
    eligible = BenchmarkTrips.eligible();
    ineligible = BenchmarkTrips.ineligible();
  }

  /** The irreducible work: the arrival in Beijing time and the 240-hour deadline. */
  @Benchmark
  public ZonedDateTime baseline() {
    return Baseline.deadline(eligible.arrival().time());
  }

  /** A trip that passes 240-hour transit. */
  @Benchmark
  public Evaluation eligibleTrip() {
    return policy.evaluate(eligible);
  }

  /** A trip that fails three rules of 240-hour transit. */
  @Benchmark
  public Evaluation ineligibleTrip() {
    return policy.evaluate(ineligible);
  }
}
