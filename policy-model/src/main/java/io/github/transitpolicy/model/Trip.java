package io.github.transitpolicy.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A trip through mainland China: who travels, on which document, arriving and departing where and
 * when, for what purpose, and which places they plan to visit.
 *
 * <p>Built with {@link #builder()}:
 *
 * <pre>{@code
 * Trip trip = Trip.builder()
 *     .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
 *     .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
 *     .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
 *     .purpose(Purpose.TOURISM)
 *     .addVisits(PlaceCode.of("320500"))
 *     .build();
 * }</pre>
 *
 * <p>Builder setters throw {@link NullPointerException} naming the attribute when given null;
 * {@code build()} throws {@link IllegalArgumentException} naming the missing attributes
 * ("purpose: must be set", "traveller, arrival: must be set"), or naming
 * {@code departure} when the departure is not after the arrival.
 */
@Value.Immutable
public abstract class Trip {

  Trip() {}

  /**
   * Returns the traveller.
   *
   * @return the traveller and their document
   */
  public abstract Traveller traveller();

  /**
   * Returns the arrival in mainland China.
   *
   * @return the arrival
   */
  public abstract Arrival arrival();

  /**
   * Returns the departure from mainland China.
   *
   * @return the departure, strictly after the arrival
   */
  public abstract Departure departure();

  /**
   * Returns the purpose of the trip.
   *
   * @return the purpose
   */
  public abstract Purpose purpose();

  /**
   * Returns the places (GB/T 2260 codes) the traveller plans to visit, in the order given.
   *
   * @return the planned places, possibly empty; unmodifiable
   */
  public abstract List<PlaceCode> visits();

  /**
   * Tells whether the traveller stays in the port's international transit area (never passes
   * immigration), as 24-hour direct transit requires.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean staysInPort() {
    return false;
  }

  /**
   * Returns the tour group the traveller enters and leaves with, if any (SPEC 3.7).
   *
   * @return the group; empty for a traveller on their own
   */
  public abstract Optional<TourGroup> tourGroup();

  /**
   * Returns whether the traveller is a cruise passenger who stays with the ship until it leaves China
   * (SPEC 3.7: the 15-day cruise group regime). Default false. A passenger who stays with the ship and
   * both arrives and departs at a seaport is also exempt from the arrival card from 2025-11-20 (item 10:
   * cruise passengers returning on the same ship), whether or not a group regime admits them; with an
   * airport, land port or unknown port at either end the trip is no cruise, and the flag exempts nothing.
   *
   * @return true if the traveller stays with the ship
   */
  @Value.Default
  public boolean staysWithShip() {
    return false;
  }

  /**
   * Tells whether the traveller passes the border through a fast lane (an expedited channel for
   * travellers the border authority has approved), which exempts them from the arrival card from
   * 2025-11-20 (announcement No. 4 of 2025, item 10). The library cannot verify it: the caller
   * asserts it. It changes nothing else: no regime admits a traveller because of it.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean fastLane() {
    return false;
  }

  /**
   * Tells whether the traveller declares a Chinese visa-refusal stamp in their document.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean visaRefusalDeclared() {
    return false;
  }

  /**
   * Tells whether the traveller declares an illegal entry, exit, stay or work in China within the
   * last 5 years.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean immigrationViolationDeclared() {
    return false;
  }

  @Value.Check
  void check() {
    if (!departure().time().isAfter(arrival().time())) {
      throw new IllegalArgumentException(
          "departure: time "
              + departure().time()
              + " is not after arrival time "
              + arrival().time());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Trip}. Setters return this builder and throw {@link NullPointerException}
   * naming the attribute when given null; {@link #build()} throws {@link IllegalArgumentException}
   * when a required attribute (traveller, arrival, departure, purpose) is missing or the
   * departure is not after the arrival.
   */
  public static final class Builder extends ImmutableTrip.Builder {
    Builder() {}
  }
}
