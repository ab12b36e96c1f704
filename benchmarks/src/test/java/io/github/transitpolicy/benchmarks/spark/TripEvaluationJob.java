package io.github.transitpolicy.benchmarks.spark;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The Spark pattern of SPEC 10: a DataFrame of trips, with the columns of the CLI's CSV, evaluated per
 * partition into flat columns.
 *
 * <p>Input columns: {@code nationality} (string), {@code expiry} (date), {@code arrive} (string),
 * {@code arrive_at} (timestamp), {@code from} (string), {@code depart} (string), {@code depart_at}
 * (timestamp), {@code to} (string), {@code purpose} (string); optional {@code id} (any type, passed
 * through), {@code document} (string, a {@link DocumentType} name; null is an ordinary passport) and
 * {@code stays_in_port} (boolean).
 *
 * <p>Output: {@code id} (when the input has one), {@code verdict}, {@code regime}, {@code exit_deadline}
 * (timestamp), {@code failing_codes} (array of {@code REGIME:CODE}, empty for a visa-free or not
 * applicable trip; null when not asked for) and {@code error} (null, or why the row could not be made a
 * trip; its verdict is then {@code ERROR}).
 *
 * <p>Why it is fast: the policy is looked up inside the task ({@link TransitPolicy#bundled()}, once per
 * JVM), nothing but the function's few fields is shipped; timestamps and dates arrive as
 * {@link Instant} and {@link LocalDate} (the session sets {@code spark.sql.datetime.java8API.enabled}),
 * which {@link Arrival#of(String, Instant, CountryCode)} takes with no string parsing; country codes are
 * resolved once per distinct string in a partition; the findings (and their messages) are made only when
 * the failing codes are asked for.
 */
public final class TripEvaluationJob {

  /** The verdict of a row that could not be made a trip. */
  public static final String ERROR_VERDICT = "ERROR";

  /** The session setting under which Spark hands timestamps over as {@link Instant}. */
  public static final String JAVA8_API = "spark.sql.datetime.java8API.enabled";

  private static final String[] REQUIRED = {
    "nationality", "expiry", "arrive", "arrive_at", "from", "depart", "depart_at", "to", "purpose"
  };

  private TripEvaluationJob() {}

  /** The input schema the job reads (without the optional columns). */
  public static StructType inputSchema() {
    return new StructType()
        .add("nationality", DataTypes.StringType)
        .add("expiry", DataTypes.DateType)
        .add("arrive", DataTypes.StringType)
        .add("arrive_at", DataTypes.TimestampType)
        .add("from", DataTypes.StringType)
        .add("depart", DataTypes.StringType)
        .add("depart_at", DataTypes.TimestampType)
        .add("to", DataTypes.StringType)
        .add("purpose", DataTypes.StringType);
  }

  /**
   * Evaluates every trip of a DataFrame.
   *
   * @param trips the trips, with the columns of {@link #inputSchema()} and optionally {@code id},
   *     {@code document} and {@code stays_in_port}
   * @param failingCodes whether to fill {@code failing_codes} (it makes every finding: slower)
   * @return one row per trip, in the same partitions and order
   * @throws IllegalArgumentException if a required column is missing
   * @throws IllegalStateException if the session does not use the Java 8 time API
   */
  public static Dataset<Row> evaluate(Dataset<Row> trips, boolean failingCodes) {
    if (!Boolean.parseBoolean(trips.sparkSession().conf().get(JAVA8_API, "false"))) {
      // Without it timestamps arrive as java.sql.Timestamp and the exit_deadline encoder wants one.
      throw new IllegalStateException("set " + JAVA8_API + "=true on the session: the job reads and writes"
          + " timestamps as Instant and dates as LocalDate");
    }
    StructType in = trips.schema();
    for (String c : REQUIRED) {
      if (!List.of(in.fieldNames()).contains(c)) {
        throw new IllegalArgumentException("trips: no column " + c + " (schema " + in.simpleString() + ")");
      }
    }
    StructType out = new StructType();
    int id = index(in, "id");
    if (id >= 0) {
      out = out.add(new StructField("id", in.fields()[id].dataType(), true, in.fields()[id].metadata()));
    }
    out = out.add("verdict", DataTypes.StringType, false)
        .add("regime", DataTypes.StringType, true)
        .add("exit_deadline", DataTypes.TimestampType, true)
        .add("failing_codes", DataTypes.createArrayType(DataTypes.StringType, false), true)
        .add("error", DataTypes.StringType, true);
    return trips.mapPartitions(new EvaluatePartition(in, failingCodes), Encoders.row(out));
  }

  private static int index(StructType schema, String name) {
    return List.of(schema.fieldNames()).indexOf(name);
  }

  /** The task: only column positions and a flag travel; the policy is the executor's own. */
  private static final class EvaluatePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final int nationality;
    private final int expiry;
    private final int arrive;
    private final int arriveAt;
    private final int from;
    private final int depart;
    private final int departAt;
    private final int to;
    private final int purpose;
    private final int document;
    private final int staysInPort;
    private final boolean failingCodes;

    EvaluatePartition(StructType in, boolean failingCodes) {
      this.id = index(in, "id");
      this.nationality = index(in, "nationality");
      this.expiry = index(in, "expiry");
      this.arrive = index(in, "arrive");
      this.arriveAt = index(in, "arrive_at");
      this.from = index(in, "from");
      this.depart = index(in, "depart");
      this.departAt = index(in, "depart_at");
      this.to = index(in, "to");
      this.purpose = index(in, "purpose");
      this.document = index(in, "document");
      this.staysInPort = index(in, "stays_in_port");
      this.failingCodes = failingCodes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TransitPolicy policy = TransitPolicy.bundled();
      Map<String, CountryCode> countries = new HashMap<>();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Trip trip;
          try {
            trip = trip(row, countries);
          } catch (IllegalArgumentException | NullPointerException e) {
            return result(row, ERROR_VERDICT, null, null, null, String.valueOf(e.getMessage()));
          }
          Evaluation e = policy.evaluate(trip);
          return result(row, e.verdict().name(), e.regime().map(Enum::name).orElse(null),
              e.exitDeadline().map(d -> d.toInstant()).orElse(null),
              failingCodes ? codes(e) : null, null);
        }
      };
    }

    private Row result(Row in, String verdict, @Nullable String regime, @Nullable Instant deadline,
        String @Nullable [] codes, @Nullable String error) {
      return id >= 0
          ? RowFactory.create(in.get(id), verdict, regime, deadline, codes, error)
          : RowFactory.create(verdict, regime, deadline, codes, error);
    }

    private Trip trip(Row row, Map<String, CountryCode> countries) {
      DocumentType type = DocumentType.ORDINARY_PASSPORT;
      if (document >= 0 && !row.isNullAt(document)) {
        type = DocumentType.valueOf(row.getString(document));
      }
      Trip.Builder b = Trip.builder()
          .traveller(Traveller.of(country(row, nationality, "nationality", countries),
              TravelDocument.of(type, date(row, expiry, "expiry"))))
          .arrival(Arrival.of(string(row, arrive, "arrive"), instant(row, arriveAt, "arrive_at"),
              country(row, from, "from", countries)))
          .departure(Departure.of(string(row, depart, "depart"), instant(row, departAt, "depart_at"),
              country(row, to, "to", countries)))
          .purpose(Purpose.valueOf(string(row, purpose, "purpose")));
      if (staysInPort >= 0 && !row.isNullAt(staysInPort)) {
        b.staysInPort(row.getBoolean(staysInPort));
      }
      return b.build();
    }

    private static String string(Row row, int i, String column) {
      Object v = row.get(i);
      if (v == null) {
        throw new NullPointerException(column + ": is null");
      }
      return v.toString();
    }

    private static CountryCode country(Row row, int i, String column, Map<String, CountryCode> countries) {
      String code = string(row, i, column);
      CountryCode c = countries.get(code);
      if (c == null) {
        try {
          c = CountryCode.of(code);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(column + ": " + e.getMessage(), e);
        }
        countries.put(code, c);
      }
      return c;
    }

    /** An {@link Instant} with the Java 8 API, a {@code java.sql.Timestamp} without it. */
    private static Instant instant(Row row, int i, String column) {
      Object v = row.get(i);
      if (v instanceof Instant) {
        return (Instant) v;
      }
      if (v instanceof java.sql.Timestamp) {
        return ((java.sql.Timestamp) v).toInstant();
      }
      throw new NullPointerException(column + ": is null");
    }

    private static LocalDate date(Row row, int i, String column) {
      Object v = row.get(i);
      if (v instanceof LocalDate) {
        return (LocalDate) v;
      }
      if (v instanceof java.sql.Date) {
        return ((java.sql.Date) v).toLocalDate();
      }
      throw new NullPointerException(column + ": is null");
    }

    /** As the CLI's failing_codes: none for a trip that needs no visa or is not under these rules. */
    private static String[] codes(Evaluation e) {
      if (e.verdict() == Verdict.VISA_FREE || e.verdict() == Verdict.NOT_APPLICABLE) {
        return new String[0];
      }
      List<String> codes = new ArrayList<>();
      for (Finding f : e.failures()) {
        Regime r = f.regime();
        codes.add(r + ":" + f.code());
      }
      return codes.toArray(new String[0]);
    }
  }
}
