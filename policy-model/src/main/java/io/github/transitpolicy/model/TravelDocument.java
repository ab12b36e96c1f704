package io.github.transitpolicy.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** The travel document a traveller presents: its type and its expiry date. */
@Value.Immutable
@ValueStyle.NoBuilder
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

  /** The earliest expiry date accepted: 1900-01-01. */
  public static final LocalDate EARLIEST_EXPIRY = LocalDate.of(1900, 1, 1);

  /** The latest expiry date accepted: 9999-12-31, the usual stand-in for "does not expire". */
  public static final LocalDate LATEST_EXPIRY = LocalDate.of(9999, 12, 31);

  @Value.Check
  void check() {
    if (expiry().isBefore(EARLIEST_EXPIRY) || expiry().isAfter(LATEST_EXPIRY)) {
      throw new IllegalArgumentException("expiry: " + expiry() + " is outside the supported range "
          + EARLIEST_EXPIRY + " to " + LATEST_EXPIRY);
    }
  }

  /**
   * Returns an ordinary passport.
   *
   * @param expiry the last day the passport is valid
   * @return an {@link DocumentType#ORDINARY_PASSPORT} expiring on {@code expiry}
   * @throws NullPointerException if {@code expiry} is null (message {@code "expiry"})
   * @throws IllegalArgumentException if {@code expiry} lies outside {@link #EARLIEST_EXPIRY} to
   *     {@link #LATEST_EXPIRY} (message {@code "expiry: ..."})
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
   * @throws IllegalArgumentException if {@code expiry} lies outside {@link #EARLIEST_EXPIRY} to
   *     {@link #LATEST_EXPIRY} (message {@code "expiry: ..."})
   */
  public static TravelDocument of(DocumentType type, LocalDate expiry) {
    return ImmutableTravelDocument.of(type, expiry);
  }
}
