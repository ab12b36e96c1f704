package io.github.transitpolicy.benchmarks.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Verdict;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark job of SPEC 10 in local[2] on 100,000 generated trips: every row's verdict, regime, deadline
 * and failing codes equal a direct evaluation of the same trip.
 */
class SparkJobTest {

  private static final int TRIPS = 100_000;

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Sessions.local(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyRowEqualsTheDirectEvaluationOfTheSameTrip() {
    Dataset<Row> results = TripEvaluationJob.evaluate(GeneratedTrips.dataFrame(spark, TRIPS, 4), true);
    List<Row> rows = results.orderBy("id").collectAsList();
    assertEquals(TRIPS, rows.size());

    Map<String, Integer> sparkCounts = new TreeMap<>();
    Map<String, Integer> directCounts = new TreeMap<>();
    TransitPolicy policy = TransitPolicy.bundled();
    for (GeneratedTrips.Columns trip : GeneratedTrips.list(TRIPS)) {
      Row row = rows.get((int) trip.id);
      assertEquals(trip.id, row.getLong(row.fieldIndex("id")));
      String verdict = row.getString(row.fieldIndex("verdict"));
      sparkCounts.merge(verdict, 1, Integer::sum);
      if (trip.nationality.equals("U1")) {
        directCounts.merge(TripEvaluationJob.ERROR_VERDICT, 1, Integer::sum);
        assertTrue(String.valueOf(row.getString(row.fieldIndex("error"))).startsWith("nationality: "),
            row::toString);
        continue;
      }
      Evaluation e = policy.evaluate(trip.trip());
      directCounts.merge(e.verdict().name(), 1, Integer::sum);
      assertEquals(e.verdict().name(), verdict, () -> trip.trip() + " -> " + row);
      assertEquals(e.regime().map(Enum::name).orElse(null), row.getString(row.fieldIndex("regime")));
      assertEquals(e.exitDeadline().map(d -> d.toInstant()).orElse(null),
          row.<Instant>getAs("exit_deadline"));
      assertNull(row.get(row.fieldIndex("error")));
      List<String> expected = new ArrayList<>();
      if (e.verdict() != Verdict.VISA_FREE && e.verdict() != Verdict.NOT_APPLICABLE) {
        for (Finding f : e.failures()) {
          expected.add(f.regime() + ":" + f.code());
        }
      }
      assertArrayEquals(expected.toArray(), codes(row), row::toString);
    }
    assertEquals(directCounts, sparkCounts);
    // the trips are mixed enough to say something: every verdict, and the bad rows
    for (Verdict v : Verdict.values()) {
      assertTrue(sparkCounts.getOrDefault(v.name(), 0) > 100, () -> v + " in " + sparkCounts);
    }
    assertEquals(TRIPS / 1000, sparkCounts.get(TripEvaluationJob.ERROR_VERDICT));
  }

  private static Object[] codes(Row row) {
    return row.getList(row.fieldIndex("failing_codes")).toArray();
  }

  @Test
  void theVerdictColumnsAloneCountTheSameAndLeaveTheCodesNull() {
    // fewer trips: the test above compares every column of 100,000; this one only the cheaper path
    int n = 20_000;
    Dataset<Row> results = TripEvaluationJob.evaluate(GeneratedTrips.dataFrame(spark, n, 2), false);
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : results.groupBy("verdict").count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    Map<String, Long> direct = new TreeMap<>();
    TransitPolicy policy = TransitPolicy.bundled();
    for (GeneratedTrips.Columns trip : GeneratedTrips.list(n)) {
      String v = trip.nationality.equals("U1") ? TripEvaluationJob.ERROR_VERDICT
          : policy.evaluate(trip.trip()).verdict().name();
      direct.merge(v, 1L, Long::sum);
    }
    assertEquals(direct, counts);
    assertEquals(0, results.where("failing_codes is not null").count());
  }

  @Test
  void aFunctionMayCaptureTheBundledPolicy() {
    // Serialized with the closure as a reference and resolved to the executor's bundled instance.
    TransitPolicy policy = TransitPolicy.bundled();
    MapFunction<Long, String> verdict = id -> policy.evaluate(new GeneratedTrips.Columns(id).trip()).verdict().name();
    List<String> inSpark = spark.range(0, 998, 1, 2).map(verdict, Encoders.STRING()).collectAsList();
    for (int i = 0; i < inSpark.size(); i++) {
      assertEquals(policy.evaluate(new GeneratedTrips.Columns(i).trip()).verdict().name(), inSpark.get(i));
    }
  }

  @Test
  void aMissingColumnIsNamed() {
    Dataset<Row> trips = GeneratedTrips.dataFrame(spark, 10, 1).drop("depart_at");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TripEvaluationJob.evaluate(trips, false));
    assertTrue(String.valueOf(e.getMessage()).startsWith("trips: no column depart_at"), e::getMessage);
  }

  @Test
  void theTestJvmHasTheOptionsTheReadmeCommandUses() throws IOException {
    // spark-java17.args is what SparkThroughput is run with; the surefire argLine must hold the same.
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    List<String> args = Files.readAllLines(Path.of("spark-java17.args"));
    assertTrue(args.size() > 10, "too few options in spark-java17.args");
    for (String a : args) {
      assertTrue(jvm.contains(a.strip()), () -> a + " is not in the surefire argLine " + jvm);
    }
  }
}
