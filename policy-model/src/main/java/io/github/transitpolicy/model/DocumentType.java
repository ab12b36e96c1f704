package io.github.transitpolicy.model;

/** The kind of travel document a traveller presents at the border. */
public enum DocumentType {
  /** An ordinary passport. */
  ORDINARY_PASSPORT,
  /** A diplomatic passport. */
  DIPLOMATIC_PASSPORT,
  /** A service passport. */
  SERVICE_PASSPORT,
  /** An official passport. */
  OFFICIAL_PASSPORT,
  /** An emergency or temporary passport. */
  EMERGENCY_PASSPORT,
  /** A refugee travel document (1951 Convention). */
  REFUGEE_TRAVEL_DOCUMENT,
  /** A stateless person's travel document (1954 Convention). */
  STATELESS_TRAVEL_DOCUMENT,
  /** A Mainland Travel Permit for Hong Kong and Macao residents. */
  HK_MACAO_RESIDENT_PERMIT,
  /** A Mainland Travel Permit for Taiwan residents. */
  TAIWAN_RESIDENT_PERMIT;

  /**
   * Tells whether this is a passport.
   *
   * @return true for the ordinary, diplomatic, service, official and emergency passports
   */
  public boolean isPassport() {
    return ordinal() <= EMERGENCY_PASSPORT.ordinal();
  }
}
