package io.github.transitpolicy.model;

/** How well a catalogue fact is established by its source. */
public enum Confidence {
  /** High: stated by an official source. */
  H,
  /** Medium: stated by a reliable secondary source or derived from official ones. */
  M,
  /** Low: inferred, to be confirmed. */
  L
}
