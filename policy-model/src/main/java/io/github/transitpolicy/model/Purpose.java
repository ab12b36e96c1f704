package io.github.transitpolicy.model;

/** The purpose of a trip, as the visa categories of the 2013 regulation distinguish them. */
public enum Purpose {
  /** Tourism. */
  TOURISM,
  /** Business and trade. */
  BUSINESS,
  /** Visits to friends or others. */
  VISIT,
  /** Visits to family members. */
  FAMILY_VISIT,
  /** Exchanges (cultural, scientific, sports, ...). */
  EXCHANGE,
  /** Transit to a third country or region. */
  TRANSIT,
  /** Work (needs a visa). */
  WORK,
  /** Study (needs a visa). */
  STUDY,
  /** Journalism (needs a visa). */
  JOURNALISM,
  /**
   * Crew duties on an international aircraft, ship or train: the traveller is a member of the crew of the
   * transport they arrive on. From 2025-11-20 foreign crew of the transport are exempt from the arrival
   * card (announcement No. 4 of 2025, item 10). No visa-free regime admits crew duties: a crew member
   * needs a crew visa (C) or a crew document, which the library does not model, so a crew trip is
   * {@code VISA_REQUIRED} with {@code suggestedVisa()} C.
   *
   * <p>Crew is a purpose, not a separate trip flag, because it is already what the trip is for: it
   * selects the visa (C, 2013 regulation art. 6) and every regime's purpose rule refuses it, and a
   * flag beside it could contradict it (a "crew member" travelling for tourism).
   */
  CREW
}
