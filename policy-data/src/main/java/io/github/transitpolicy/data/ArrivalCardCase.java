package io.github.transitpolicy.data;

/** The cases of table {@code arrival_card_rules} that a trip can show. */
public enum ArrivalCardCase {
  /** A foreigner who passes immigration. */
  FOREIGNER_ENTERING,
  /** A 24-hour direct transit passenger who stays in the port's restricted area. */
  DIRECT_TRANSIT_IN_PORT,
  /** A non-Chinese holder of the Mainland Travel Permit for Hong Kong and Macao residents. */
  HK_MACAO_PERMIT_HOLDER,
  /** A holder of a Foreigner's Permanent Residence ID Card of China. */
  PERMANENT_RESIDENT,
  /** A member of a visa-free tour group (a group regime admits the traveller). */
  VISA_FREE_GROUP,
  /**
   * A cruise passenger who arrives and leaves on the same ship: the trip says the traveller stays with
   * the ship, and both its ports are seaports.
   */
  CRUISE_SAME_SHIP,
  /** A traveller who passes the border through a fast lane, as the trip asserts. */
  FAST_LANE,
  /** A foreign member of the crew of the transport (trip purpose {@code CREW}). */
  FOREIGN_CREW
}
