package io.github.transitpolicy.model;

/** The administrative level of a GB/T 2260 division code. */
public enum PlaceLevel {
  /** A province, municipality or autonomous region (code {@code xx0000}). */
  PROVINCE,
  /** A prefecture-level division (code {@code xxxx00}). */
  PREFECTURE,
  /** A county-level division (any other code). */
  COUNTY
}
