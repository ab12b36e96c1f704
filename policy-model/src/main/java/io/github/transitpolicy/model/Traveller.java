package io.github.transitpolicy.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A traveller: the nationality on the travel document, the document itself, and the Chinese residence
 * documents held, if any (SPEC 3.7).
 */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class Traveller {

  Traveller() {}

  /**
   * Returns the nationality stated in the travel document.
   *
   * @return the nationality
   */
  @Value.Parameter
  public abstract CountryCode nationality();

  /**
   * Returns the travel document presented at the border.
   *
   * @return the document
   */
  @Value.Parameter
  public abstract TravelDocument document();

  /**
   * Returns whether the traveller holds a Foreigner's Permanent Residence ID Card of China.
   *
   * @return true if held; false by default
   */
  @Value.Parameter
  public abstract boolean permanentResidentCard();

  /**
   * Returns the last day of the Chinese residence permit the traveller holds.
   *
   * @return the permit's last valid day; empty if none is held (the default)
   */
  @Value.Parameter
  public abstract Optional<LocalDate> residencePermitUntil();

  @Value.Check
  void check() {
    Optional<LocalDate> until = residencePermitUntil();
    if (until.isPresent()
        && (until.get().isBefore(TravelDocument.EARLIEST_EXPIRY) || until.get().isAfter(TravelDocument.LATEST_EXPIRY))) {
      throw new IllegalArgumentException("residencePermitUntil: " + until.get() + " is outside the supported range "
          + TravelDocument.EARLIEST_EXPIRY + " to " + TravelDocument.LATEST_EXPIRY);
    }
  }

  /**
   * Returns a traveller with no Chinese residence document.
   *
   * @param nationality the nationality stated in the document
   * @param document the document presented at the border
   * @return the traveller
   * @throws NullPointerException if an argument is null; the message names it
   */
  public static Traveller of(CountryCode nationality, TravelDocument document) {
    return ImmutableTraveller.of(nationality, document, false, Optional.empty());
  }

  /**
   * Returns this traveller holding, or not holding, a Chinese permanent residence ID card.
   *
   * @param held whether the card is held
   * @return a new traveller, otherwise equal to this one
   */
  public Traveller withPermanentResidentCard(boolean held) {
    return ImmutableTraveller.of(nationality(), document(), held, residencePermitUntil());
  }

  /**
   * Returns this traveller holding a Chinese residence permit valid until the end of {@code until}.
   *
   * @param until the permit's last valid day
   * @return a new traveller, otherwise equal to this one
   * @throws NullPointerException if {@code until} is null (message {@code "residencePermitUntil"})
   * @throws IllegalArgumentException if {@code until} lies outside {@link TravelDocument#EARLIEST_EXPIRY}
   *     to {@link TravelDocument#LATEST_EXPIRY} (message {@code "residencePermitUntil: ..."})
   */
  public Traveller withResidencePermitUntil(LocalDate until) {
    Objects.requireNonNull(until, "residencePermitUntil");
    return ImmutableTraveller.of(nationality(), document(), permanentResidentCard(), Optional.of(until));
  }
}
