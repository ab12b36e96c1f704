package io.github.transitpolicy.model;

import org.immutables.value.Value;

/** A traveller: the nationality on the travel document, and the document itself. */
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
   * Returns a traveller.
   *
   * @param nationality the nationality stated in the document
   * @param document the document presented at the border
   * @return the traveller
   * @throws NullPointerException if an argument is null; the message names it
   */
  public static Traveller of(CountryCode nationality, TravelDocument document) {
    return ImmutableTraveller.of(nationality, document);
  }
}
