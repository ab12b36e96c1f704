package io.github.transitpolicy.engine.internal.cli;

/** Bad input that stops the run: the message names the flag, or the file and line. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
