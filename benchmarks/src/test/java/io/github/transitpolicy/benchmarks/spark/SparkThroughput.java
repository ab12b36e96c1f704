package io.github.transitpolicy.benchmarks.spark;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Rows per second of {@link TripEvaluationJob} on local[2] (README, Spark): the trips are made and
 * cached first, then evaluated into Spark's {@code noop} sink, verdict columns alone and with the
 * failing codes, a few rounds each; the best and median round are printed. A run of the same plan
 * that only copies a column shows what Spark itself costs.
 *
 * <p>Run (after {@code ./mvnw -B -ntp verify}):
 * {@code java -Xmx6g @benchmarks/spark-java17.args -cp "benchmarks/target/test-classes:benchmarks/target/classes:$(cat benchmarks/target/spark-class-path.txt)" io.github.transitpolicy.benchmarks.spark.SparkThroughput 1000000}
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  /**
   * Measures.
   *
   * @param args the number of trips (default 1,000,000) and of rounds (default 5)
   */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SparkSession spark = Sessions.local(2);
    try {
      Dataset<Row> trips = GeneratedTrips.dataFrame(spark, n, 8).persist(StorageLevel.MEMORY_ONLY());
      System.out.printf(Locale.ROOT, "%,d trips cached in 8 partitions%n", trips.count());
      measure("spark only (copy the id column)", rounds, n, () -> trips.select("id").write().format("noop")
          .mode("overwrite").save());
      measure("verdict, regime, exit_deadline", rounds, n, () -> TripEvaluationJob.evaluate(trips, false)
          .write().format("noop").mode("overwrite").save());
      measure("... and failing_codes", rounds, n, () -> TripEvaluationJob.evaluate(trips, true)
          .write().format("noop").mode("overwrite").save());
    } finally {
      spark.stop();
    }
  }

  private static void measure(String what, int rounds, long n, Runnable job) {
    long[] nanos = new long[rounds];
    job.run(); // warm-up: JIT and Spark's code generation
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      job.run();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-34s best %,9.0f rows/s, median %,9.0f rows/s (%d rounds)%n", what,
        n * 1e9 / nanos[0], n * 1e9 / nanos[rounds / 2], rounds);
  }
}
