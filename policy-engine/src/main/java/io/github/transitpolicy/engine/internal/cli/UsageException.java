package io.github.transitpolicy.engine.internal.cli;

/** A usage error: an unknown, repeated, missing or misplaced option. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
