package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Traveller;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A traveller's booked legs, as a booking engine holds them: {@link TransitPolicy#evaluate(Itinerary)}
 * cuts them into stays in mainland China and evaluates each.
 *
 * <pre>{@code
 * Itinerary trip = Itinerary.builder()
 *     .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2030, 1, 1))))
 *     .purpose(Purpose.TOURISM)
 *     .addLegs(
 *         Leg.of("NH919", "NRT", LocalDateTime.of(2026, 6, 1, 9, 30), "HKG", LocalDateTime.of(2026, 6, 1, 13, 30)),
 *         Leg.of("CX368", "HKG", LocalDateTime.of(2026, 6, 1, 16, 0), "PVG", LocalDateTime.of(2026, 6, 1, 18, 30)),
 *         Leg.of("MU523", "PVG", LocalDateTime.of(2026, 6, 5, 10, 0), "NRT", LocalDateTime.of(2026, 6, 5, 14, 0)))
 *     .build();
 * }</pre>
 *
 * <p>How the legs are read:
 * <ul>
 *   <li>A stay begins with a leg that lands in the mainland from outside it and ends with the leg that
 *       leaves it; legs between two mainland places are domestic and stay inside the stay. Hong Kong,
 *       Macao and Taiwan are outside the mainland, so China - Hong Kong - China is two stays.
 *   <li>The country a stay is entered from is where the landing flight began: consecutive legs with the
 *       same designator are one flight with a stop (Tokyo - Hong Kong - Shanghai on one flight comes from
 *       Japan; on two flights, from Hong Kong). Likewise the stay leads to where the leaving flight ends.
 *   <li>A stay at one mainland airport of at most 24 hours between the landing and the leaving leg is
 *       airside transit, unless {@link Builder#clearsImmigration(boolean)} says the traveller enters.
 *   <li>The mainland places reached by domestic legs are the stay's planned visits.
 * </ul>
 *
 * <p>{@code build()} refuses, naming the leg: legs that do not connect (a leg departing from where the
 * previous one did not arrive), legs out of order in time, an itinerary that begins or ends inside the
 * mainland. Local times are placed in each airport's zone from the catalogue's world airport table
 * ({@link Catalogue#airport(String)}); at an airport the table does not know, only orders impossible in
 * every zone are refused, and the rules answer UNKNOWN where that airport matters.
 *
 * <p>Immutable and thread-safe.
 */
public final class Itinerary {

  /** Offsets in use range from UTC-12 to UTC+14: bounds for a local time whose zone is unknown. */
  private static final Duration MOST_BEHIND = Duration.ofHours(12);
  private static final Duration MOST_AHEAD = Duration.ofHours(14);

  private final Traveller traveller;
  private final Purpose purpose;
  private final List<Leg> legs;
  private final boolean clearsImmigration;
  private final boolean visaRefusalDeclared;
  private final boolean immigrationViolationDeclared;

  private Itinerary(Builder b, List<Leg> legs) {
    this.traveller = Objects.requireNonNull(b.traveller);
    this.purpose = Objects.requireNonNull(b.purpose);
    this.legs = legs;
    this.clearsImmigration = b.clearsImmigration;
    this.visaRefusalDeclared = b.visaRefusalDeclared;
    this.immigrationViolationDeclared = b.immigrationViolationDeclared;
  }

  /**
   * A builder whose local times are placed with the bundled catalogue's airports.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(Catalogue.bundled());
  }

  /**
   * A builder whose local times are placed with another catalogue's airports.
   *
   * @param catalogue the catalogue, e.g. the one the itinerary will be evaluated with
   * @return a new builder
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static Builder builder(Catalogue catalogue) {
    return new Builder(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /** {@return the traveller} */
  public Traveller traveller() {
    return traveller;
  }

  /** {@return the purpose of every stay} */
  public Purpose purpose() {
    return purpose;
  }

  /** {@return the legs, in order; unmodifiable} */
  public List<Leg> legs() {
    return legs;
  }

  /** {@return whether the traveller passes immigration even on a short stay at one airport} */
  public boolean clearsImmigration() {
    return clearsImmigration;
  }

  /** {@return whether the traveller declares a Chinese visa refusal} */
  public boolean visaRefusalDeclared() {
    return visaRefusalDeclared;
  }

  /** {@return whether the traveller declares an immigration violation in China} */
  public boolean immigrationViolationDeclared() {
    return immigrationViolationDeclared;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Itinerary)) {
      return false;
    }
    Itinerary i = (Itinerary) o;
    return traveller.equals(i.traveller) && purpose == i.purpose && legs.equals(i.legs)
        && clearsImmigration == i.clearsImmigration && visaRefusalDeclared == i.visaRefusalDeclared
        && immigrationViolationDeclared == i.immigrationViolationDeclared;
  }

  @Override
  public int hashCode() {
    return Objects.hash(traveller, purpose, legs, clearsImmigration, visaRefusalDeclared,
        immigrationViolationDeclared);
  }

  @Override
  public String toString() {
    return "Itinerary[" + traveller + ", " + purpose + ", " + legs + "]";
  }

  /**
   * The earliest and latest instant a leg's time can be: one instant when it is known.
   *
   * @return {earliest, latest}
   */
  static Instant[] bounds(Leg leg, boolean departure, @Nullable ZoneId zone) {
    Instant given = departure ? leg.departsAt() : leg.arrivesAt();
    if (given != null) {
      return new Instant[] {given, given};
    }
    java.time.LocalDateTime local = departure ? leg.departsLocal() : leg.arrivesLocal();
    if (zone != null) {
      Instant at = local.atZone(zone).toInstant();
      return new Instant[] {at, at};
    }
    Instant utc = local.toInstant(java.time.ZoneOffset.UTC);
    return new Instant[] {utc.minus(MOST_AHEAD), utc.plus(MOST_BEHIND)};
  }

  /** Builds an {@link Itinerary}; not thread-safe. */
  public static final class Builder {
    private final Catalogue catalogue;
    private @Nullable Traveller traveller;
    private @Nullable Purpose purpose;
    private final List<Leg> legs = new ArrayList<>();
    private boolean clearsImmigration;
    private boolean visaRefusalDeclared;
    private boolean immigrationViolationDeclared;

    Builder(Catalogue catalogue) {
      this.catalogue = catalogue;
    }

    /**
     * Sets the traveller.
     *
     * @param traveller the traveller and their document
     * @return this builder
     * @throws NullPointerException if {@code traveller} is null
     */
    public Builder traveller(Traveller traveller) {
      this.traveller = Objects.requireNonNull(traveller, "traveller");
      return this;
    }

    /**
     * Sets the purpose, the same for every stay.
     *
     * @param purpose the purpose
     * @return this builder
     * @throws NullPointerException if {@code purpose} is null
     */
    public Builder purpose(Purpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * Adds legs, in the order flown.
     *
     * @param legs the legs
     * @return this builder
     * @throws NullPointerException naming a null leg
     */
    public Builder addLegs(Leg... legs) {
      Objects.requireNonNull(legs, "legs");
      for (int i = 0; i < legs.length; i++) {
        this.legs.add(Objects.requireNonNull(legs[i], "legs[" + this.legs.size() + "]"));
      }
      return this;
    }

    /**
     * Adds legs, in the order flown.
     *
     * @param legs the legs
     * @return this builder
     * @throws NullPointerException naming a null leg
     */
    public Builder addAllLegs(Iterable<Leg> legs) {
      Objects.requireNonNull(legs, "legs");
      for (Leg leg : legs) {
        this.legs.add(Objects.requireNonNull(leg, "legs[" + this.legs.size() + "]"));
      }
      return this;
    }

    /**
     * Says that the traveller passes immigration on every stay, even a short one at one airport that
     * would otherwise be taken as airside transit.
     *
     * @param clearsImmigration whether the traveller enters; false unless set
     * @return this builder
     */
    public Builder clearsImmigration(boolean clearsImmigration) {
      this.clearsImmigration = clearsImmigration;
      return this;
    }

    /**
     * Declares a Chinese visa-refusal stamp, as {@code Trip.Builder#visaRefusalDeclared} does.
     *
     * @param declared whether declared; false unless set
     * @return this builder
     */
    public Builder visaRefusalDeclared(boolean declared) {
      this.visaRefusalDeclared = declared;
      return this;
    }

    /**
     * Declares an immigration violation in China, as {@code Trip.Builder#immigrationViolationDeclared} does.
     *
     * @param declared whether declared; false unless set
     * @return this builder
     */
    public Builder immigrationViolationDeclared(boolean declared) {
      this.immigrationViolationDeclared = declared;
      return this;
    }

    /**
     * Builds the itinerary.
     *
     * @return the itinerary
     * @throws IllegalArgumentException naming what is missing ({@code "traveller: must be set"}), or the
     *     leg that does not connect, is out of order in time, or begins or ends the itinerary in the mainland
     */
    public Itinerary build() {
      List<String> missing = new ArrayList<>();
      if (traveller == null) {
        missing.add("traveller");
      }
      if (purpose == null) {
        missing.add("purpose");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(String.join(", ", missing) + ": must be set");
      }
      if (legs.isEmpty()) {
        throw new IllegalArgumentException("legs: an itinerary needs at least one leg");
      }
      int n = legs.size();
      Endpoint[] from = new Endpoint[n];
      Endpoint[] to = new Endpoint[n];
      for (int i = 0; i < n; i++) {
        from[i] = Endpoint.resolve(catalogue, legs.get(i).from());
        to[i] = Endpoint.resolve(catalogue, legs.get(i).to());
      }
      for (int i = 0; i < n; i++) {
        Leg leg = legs.get(i);
        Instant[] departs = bounds(leg, true, from[i].zone);
        Instant[] arrives = bounds(leg, false, to[i].zone);
        if (!arrives[1].isAfter(departs[0])) {
          throw new IllegalArgumentException("legs[" + i + "]: arrives (" + leg.arrivesLocal() + " at " + leg.to()
              + ") before it departs (" + leg.departsLocal() + " at " + leg.from() + ")");
        }
        if (i > 0) {
          Leg before = legs.get(i - 1);
          if (!from[i].key.equals(to[i - 1].key)) {
            throw new IllegalArgumentException("legs[" + i + "]: departs from " + leg.from() + ", but legs["
                + (i - 1) + "] arrives at " + before.to());
          }
          Instant[] landed = bounds(before, false, to[i - 1].zone);
          if (!departs[1].isAfter(landed[0])) {
            throw new IllegalArgumentException("legs[" + i + "]: departs (" + leg.departsLocal() + ") before legs["
                + (i - 1) + "] has arrived (" + before.arrivesLocal() + ")");
          }
        }
      }
      if (from[0].mainland) {
        throw new IllegalArgumentException("legs[0]: departs from " + legs.get(0).from()
            + " in mainland China; an itinerary begins outside the mainland, before the traveller enters");
      }
      if (to[n - 1].mainland) {
        throw new IllegalArgumentException("legs[" + (n - 1) + "]: arrives at " + legs.get(n - 1).to()
            + " in mainland China; an itinerary ends outside the mainland, after the traveller leaves");
      }
      return new Itinerary(this, Collections.unmodifiableList(new ArrayList<>(legs)));
    }
  }
}
