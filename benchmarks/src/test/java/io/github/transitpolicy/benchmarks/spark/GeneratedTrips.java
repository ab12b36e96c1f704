package io.github.transitpolicy.benchmarks.spark;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Mixed trips made from their number alone, so that the executors make the DataFrame and the test makes
 * the same trips on the driver: eligible and not, every regime, document kind and purpose, unknown ports,
 * Chinese citizens (not applicable) and one bad nationality in 1,000 (an ERROR row).
 */
final class GeneratedTrips {

  private static final String[] NATIONALITIES = {
    "US", "GB", "FR", "DE", "IN", "JP", "KR", "BR", "CN", "MY", "VN", "GBN", "XXA", "D", "USA"
  };
  private static final String[] ORIGINS = {"KR", "JP", "US", "HK", "FR", "SG", "TH"};
  private static final String[] PORTS = {
    "PVG", "PEK", "CAN", "SZX", "CTU", "KMG", "URC", "ROAD-LUOHU", "RAIL-WEST-KOWLOON", "ZZZ"
  };
  private static final DocumentType[] DOCUMENTS = {
    DocumentType.ORDINARY_PASSPORT, DocumentType.ORDINARY_PASSPORT, DocumentType.ORDINARY_PASSPORT,
    DocumentType.DIPLOMATIC_PASSPORT, DocumentType.EMERGENCY_PASSPORT
  };
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final Instant FIRST = Instant.parse("2024-11-30T16:00:00Z");
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** One generated trip, as columns. */
  static final class Columns {
    final long id;
    final String nationality;
    final String document;
    final LocalDate expiry;
    final String arrive;
    final Instant arriveAt;
    final String from;
    final String depart;
    final Instant departAt;
    final String to;
    final String purpose;
    final boolean staysInPort;

    Columns(long id) {
      SplittableRandom r = new SplittableRandom(0x5eed_2025L ^ (id * 0x9E3779B97F4A7C15L));
      this.id = id;
      this.nationality = id % 1000 == 999 ? "U1" : NATIONALITIES[r.nextInt(NATIONALITIES.length)];
      this.document = DOCUMENTS[r.nextInt(DOCUMENTS.length)].name();
      this.arriveAt = FIRST.plus(r.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
      this.departAt = arriveAt.plus(1 + r.nextInt(r.nextBoolean() ? 30 : 400), ChronoUnit.HOURS);
      this.expiry = arriveAt.atZone(BEIJING).toLocalDate().plusDays(r.nextInt(900));
      this.arrive = PORTS[r.nextInt(PORTS.length)];
      this.from = ORIGINS[r.nextInt(ORIGINS.length)];
      this.depart = PORTS[r.nextInt(PORTS.length)];
      this.to = ORIGINS[r.nextInt(ORIGINS.length)];
      this.purpose = PURPOSES[r.nextInt(PURPOSES.length)].name();
      this.staysInPort = r.nextInt(5) == 0;
    }

    Row row() {
      return RowFactory.create(id, nationality, document, expiry, arrive, arriveAt, from, depart, departAt, to,
          purpose, staysInPort);
    }

    /**
     * The same trip built directly, with the times as Beijing wall-clock times: not the path the job
     * takes (an {@link Instant}), so the test also checks that the two agree.
     */
    Trip trip() {
      return Trip.builder()
          .traveller(Traveller.of(CountryCode.of(nationality),
              TravelDocument.of(DocumentType.valueOf(document), expiry)))
          .arrival(Arrival.of(arrive, LocalDateTime.ofInstant(arriveAt, BEIJING), CountryCode.of(from)))
          .departure(Departure.of(depart, LocalDateTime.ofInstant(departAt, BEIJING), CountryCode.of(to)))
          .purpose(Purpose.valueOf(purpose))
          .staysInPort(staysInPort)
          .build();
    }
  }

  private GeneratedTrips() {}

  /** The schema of {@link Columns#row()}. */
  static StructType schema() {
    return new StructType()
        .add("id", DataTypes.LongType, false)
        .add("nationality", DataTypes.StringType)
        .add("document", DataTypes.StringType)
        .add("expiry", DataTypes.DateType)
        .add("arrive", DataTypes.StringType)
        .add("arrive_at", DataTypes.TimestampType)
        .add("from", DataTypes.StringType)
        .add("depart", DataTypes.StringType)
        .add("depart_at", DataTypes.TimestampType)
        .add("to", DataTypes.StringType)
        .add("purpose", DataTypes.StringType)
        .add("stays_in_port", DataTypes.BooleanType);
  }

  /** Trips 0 to {@code n - 1}, made on the executors in {@code partitions} partitions. */
  static Dataset<Row> dataFrame(SparkSession spark, long n, int partitions) {
    MapPartitionsFunction<Long, Row> make = ids -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return ids.hasNext();
      }

      @Override
      public Row next() {
        return new Columns(ids.next()).row();
      }
    };
    return spark.range(0, n, 1, partitions).as(Encoders.LONG()).mapPartitions(make, Encoders.row(schema()));
  }

  /** Trips 0 to {@code n - 1} on the driver. */
  static List<Columns> list(int n) {
    List<Columns> trips = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      trips.add(new Columns(i));
    }
    return trips;
  }
}
