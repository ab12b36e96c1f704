package io.github.transitpolicy.model;

import java.util.Objects;

/** Validation of port names shared by {@link Arrival} and {@link Departure}. */
final class Ports {

  private Ports() {}

  static String normalise(String field, String port) {
    Objects.requireNonNull(port, "port");
    String p = port.strip();
    check(field, p);
    return p;
  }

  static void check(String field, String port) {
    if (port.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    if (port.length() != port.strip().length()) {
      throw new IllegalArgumentException(
          field + ": \"" + port + "\" must not have surrounding whitespace");
    }
  }
}
