package io.github.transitpolicy.model;

/** The kind of a provincial-level division. */
public enum ProvinceKind {
  /** A province (省). */
  PROVINCE,
  /** A municipality directly under the central government (直辖市). */
  MUNICIPALITY,
  /** An autonomous region (自治区). */
  AUTONOMOUS_REGION
}
