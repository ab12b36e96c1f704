package io.github.transitpolicy.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The travel document a traveller presents: its type and its expiry date. */
@Value.Immutable(builder = false)
public abstract class TravelDocument {

  TravelDocument() {}

  /**
   * Returns the kind of document.
   *
   * @return the document type
   */
  @Value.Parameter
  public abstract DocumentType type();

  /**
   * Returns the last day the document is valid.
   *
   * @return the expiry date
   */
  @Value.Parameter
  public abstract LocalDate expiry();

  /**
   * Returns an ordinary passport.
   *
   * @param expiry the last day the passport is valid
   * @return an {@link DocumentType#ORDINARY_PASSPORT} expiring on {@code expiry}
   * @throws NullPointerException if {@code expiry} is null (message {@code "expiry"})
   */
  public static TravelDocument passport(LocalDate expiry) {
    return ImmutableTravelDocument.of(DocumentType.ORDINARY_PASSPORT, expiry);
  }

  /**
   * Returns a travel document.
   *
   * @param type the kind of document
   * @param expiry the last day the document is valid
   * @return the document
   * @throws NullPointerException if an argument is null; the message names it
   */
  public static TravelDocument of(DocumentType type, LocalDate expiry) {
    return ImmutableTravelDocument.of(type, expiry);
  }
}
