package io.github.transitpolicy.model;

import java.util.Locale;

/** Argument checks shared by the value types; messages name the field. */
final class Checks {

  private Checks() {}

  /**
   * Thrown by a builder's {@code build()} when required attributes are not set (the package's
   * Immutables style names this class), with a message in the form the other checks use:
   * "traveller: must be set", "traveller, purpose: must be set".
   */
  static final class CannotBuild extends IllegalArgumentException {

    /**
     * Creates the exception for missing attributes. Public and taking a {@code String[]}: Immutables
     * then passes the names of the missing attributes instead of its own message.
     *
     * @param attributes the missing attributes, in declaration order
     */
    public CannotBuild(String... attributes) {
      super(String.join(", ", attributes) + ": must be set");
    }

    /**
     * Creates the exception with Immutables' own message, for the one other invalid state it
     * reports: default attributes whose initialisers depend on each other in a cycle (none here do).
     *
     * @param message the message
     */
    public CannotBuild(String message) {
      super(message);
    }
  }

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": " + value + " must not be negative");
    }
  }

  static void positive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + ": " + value + " must be positive");
    }
  }

  static void level(String field, PlaceCode code, PlaceLevel level) {
    if (code.level() != level) {
      throw new IllegalArgumentException(
          field + ": " + code + " is not a " + level.name().toLowerCase(Locale.ROOT) + " code");
    }
  }

  /** True for {@code zh} locales, which get Simplified Chinese text. */
  static boolean chinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** True if {@code s} is exactly {@code n} ASCII upper-case letters. */
  static boolean upperLetters(String s, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
