package io.github.transitpolicy.model;

import java.util.function.Consumer;

/**
 * Passes null where the API forbids it, to test the NullPointerException: going through an
 * unannotated JDK functional interface keeps NullAway's compile-time check out of the way.
 */
final class Nulls {

  private Nulls() {}

  static <T> void pass(Consumer<T> call) {
    call.accept(null);
  }
}
