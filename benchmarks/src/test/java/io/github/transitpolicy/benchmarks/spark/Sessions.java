package io.github.transitpolicy.benchmarks.spark;

import org.apache.spark.sql.SparkSession;

/** The local session of the test and of {@link SparkThroughput}: one definition of its settings. */
final class Sessions {

  private Sessions() {}

  static SparkSession local(int cores) {
    return SparkSession.builder()
        .appName("transit-policy")
        .master("local[" + cores + "]")
        .config(TripEvaluationJob.JAVA8_API, "true")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(cores))
        // a test machine: no event log, no adaptive re-planning of the tiny aggregations
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
