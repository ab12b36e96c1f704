package io.github.transitpolicy.model;

/** The kind of a port of entry. */
public enum PortKind {
  /** An airport. */
  AIR,
  /** A seaport. */
  SEA,
  /** A railway port. */
  RAIL,
  /** A road port. */
  ROAD
}
