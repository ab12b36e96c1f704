package io.github.transitpolicy.model;

/** How a visa exemption was granted. */
public enum ExemptionKind {
  /** Granted by China alone (the unilateral visa-free policy). */
  UNILATERAL,
  /** Granted by a mutual visa exemption agreement. */
  MUTUAL
}
