package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.engine.internal.Evaluator;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Trip;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Objects;

/**
 * Tells whether a traveller may make a trip through mainland China without a visa: under which rule,
 * until which minute, where they may go, and if not, every reason why and which visa to apply for.
 *
 * <p>Every evaluation tries all three regimes (24-hour direct transit, visa exemption, 240-hour
 * visa-free transit) and reports every rule of each, PASS, FAIL or UNKNOWN. The verdict is
 * {@code VISA_FREE} when a regime passes every rule, {@code NEEDS_REVIEW} when none does but one fails
 * on nothing but UNKNOWN rules, {@code VISA_REQUIRED} when every regime has a failure, and
 * {@code NOT_APPLICABLE} for Chinese citizens and Hong Kong, Macao and Taiwan residents.
 *
 * <pre>{@code
 * Trip trip = Trip.builder()
 *     .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
 *     .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
 *     .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
 *     .purpose(Purpose.TOURISM)
 *     .addVisits(PlaceCode.of("320500"))
 *     .build();
 * Evaluation result = TransitPolicy.bundled().evaluate(trip);
 * result.verdict();        // VISA_FREE
 * result.regime();         // Optional[TRANSIT_240H]
 * result.exitDeadline();   // Optional[2025-12-12T00:00+08:00[Asia/Shanghai]]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #evaluate} does no I/O and never reads the clock:
 * the policy version is chosen by the trip's entry date. The answer is what the published rules say;
 * the border officer decides.
 *
 * <p>The bundled policy is {@link Serializable} (so a Spark or Flink function may capture it): it is
 * written as a reference to the bundled catalogue, never with its tables, and read back as the
 * receiving JVM's {@link #bundled()} instance, which must bundle the same data version. A policy
 * {@link #using using} any other catalogue refuses serialisation with a
 * {@link NotSerializableException}: its tables would have to travel with every task; obtain it inside
 * the task instead (e.g. {@code Catalogue.load} of a directory every worker can read).
 */
public final class TransitPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final class Bundled {
    // Lazily: each regime's rules are built when a trip first needs them (the build checks the bundled
    // tables give every rule its legal basis, RegimesTest), so the first evaluation loads fewer classes.
    static final TransitPolicy INSTANCE = new TransitPolicy(Catalogue.bundled(), true);
  }

  // Never written: writeReplace puts a SerialProxy in the stream instead.
  private final transient Catalogue catalogue;
  private final transient Evaluator evaluator;

  private TransitPolicy(Catalogue catalogue, boolean lazily) {
    this.catalogue = catalogue;
    this.evaluator = new Evaluator(catalogue, lazily);
  }

  /**
   * The policy of the catalogue bundled with this library ({@link Catalogue#bundled()}).
   *
   * @return the shared instance
   */
  public static TransitPolicy bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The policy of another catalogue, e.g. one built from newer tables. Like every {@link Catalogue}, it
   * must be immutable and thread-safe: an evaluation consults it again, possibly on another thread,
   * when its findings are first read.
   *
   * @param catalogue the catalogue
   * @return a policy that answers from it
   * @throws NullPointerException if {@code catalogue} is null
   * @throws IllegalStateException if the catalogue lacks the legal basis of a rule
   */
  public static TransitPolicy using(Catalogue catalogue) {
    return new TransitPolicy(Objects.requireNonNull(catalogue, "catalogue"), false);
  }

  /**
   * The catalogue this policy answers from.
   *
   * @return the catalogue
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Evaluates a trip under every regime.
   *
   * <p>Never throws for a well-formed trip: a port or place the catalogue does not know gives an
   * UNKNOWN finding (an unknown entry port fails 240-hour transit, whose list of entry ports is
   * complete).
   *
   * <p>The verdict is decided from each rule's status alone; the findings, with their messages, are
   * made when {@link Evaluation#findings()} (or anything that reads them: {@code failures()},
   * {@code describe}, {@code equals}) is first called, once per evaluation and from the same facts.
   * A caller who needs only the verdict, the regime and the deadline never pays for them.
   *
   * @param trip the trip
   * @return the verdict, the regime and deadline when visa-free, and every finding of every regime
   * @throws NullPointerException if {@code trip} is null
   */
  public Evaluation evaluate(Trip trip) {
    return evaluator.evaluate(Objects.requireNonNull(trip, "trip"));
  }

  /**
   * Evaluates an itinerary: cuts its legs into stays in mainland China (see {@link Itinerary}) and
   * evaluates each stay as a trip.
   *
   * <p>Never throws for an itinerary its builder accepted: an airport neither the ports nor the world
   * airport table know is UNKNOWN where it matters (the entry or exit port, the country arrived from).
   *
   * @param itinerary the itinerary
   * @return one evaluation per stay and the verdict over them
   * @throws NullPointerException if {@code itinerary} is null
   */
  public ItineraryEvaluation evaluate(Itinerary itinerary) {
    return Stays.evaluate(this, Objects.requireNonNull(itinerary, "itinerary"));
  }

  /**
   * Writes the bundled policy as its serial proxy, the data version alone; refuses any other.
   *
   * @return the serial proxy
   * @throws NotSerializableException for a policy of a catalogue other than {@link Catalogue#bundled()}
   */
  private Object writeReplace() throws ObjectStreamException {
    // The exceptions are made in SerialProxy: a class that throws one loads it when it is verified,
    // and this class is on every first evaluation's path (README, First use).
    return SerialProxy.of(catalogue);
  }

  /**
   * A stream that holds a policy's fields was not written by this class: refuse it.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    SerialProxy.refuseFields();
  }

  /** The serial form of {@link #bundled()}: the data version it was written with, checked on reading. */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The data version of the writing JVM's bundled catalogue. */
    private final String dataVersion;

    SerialProxy(String dataVersion) {
      this.dataVersion = dataVersion;
    }

    /** The proxy of the bundled policy's catalogue; refuses any other catalogue. */
    static SerialProxy of(Catalogue catalogue) throws NotSerializableException {
      if (catalogue != Catalogue.bundled()) {
        throw new NotSerializableException("TransitPolicy of a catalogue other than the bundled one (data version "
            + catalogue.dataVersion() + ") is not serializable: its tables would travel with it. Obtain it"
            + " inside the task (TransitPolicy.using(Catalogue.load(directory)) from a directory every worker"
            + " reads), or use TransitPolicy.bundled(), which serializes as a reference");
      }
      return new SerialProxy(catalogue.dataVersion());
    }

    /** Refuses a stream that holds a policy's fields. */
    static void refuseFields() throws InvalidObjectException {
      throw new InvalidObjectException("TransitPolicy is read through its serial proxy only");
    }

    /**
     * The reading JVM's bundled policy.
     *
     * @return {@link TransitPolicy#bundled()}
     * @throws InvalidObjectException if it bundles another data version
     */
    private Object readResolve() throws ObjectStreamException {
      TransitPolicy bundled = bundled();
      String here = bundled.catalogue.dataVersion();
      if (!here.equals(dataVersion)) {
        // Another data version would silently give other answers on this worker than on the driver.
        throw new InvalidObjectException("TransitPolicy was serialized with data version " + dataVersion
            + " but this JVM bundles data version " + here + ": use the same transit-policy jars everywhere");
      }
      return bundled;
    }
  }

  @Override
  public String toString() {
    return "TransitPolicy[data version " + catalogue.dataVersion() + "]";
  }
}
