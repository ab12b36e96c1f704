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
  /** Crew duties on an international aircraft, ship or train. */
  CREW
}
