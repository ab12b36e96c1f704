package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule says its answer. A rule has one definition, {@link Rule#check}, which returns its status
 * and says why through an answer: the verdict's path passes {@link #STATUS}, which keeps nothing and
 * allocates nothing; the reader's path passes a recording answer, which makes the finding. So the status
 * the verdict is decided by and the finding a reader sees cannot disagree.
 *
 * <p>The arguments are fixed in number rather than varargs, so that the verdict's path makes no array.
 */
abstract class Answer {

  /** Keeps only the status: the verdict's path. */
  static final Answer STATUS = new Answer() {
    @Override
    boolean detailed() {
      return false;
    }

    @Override
    Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, Object[] args) {
      return status;
    }
  };

  private static final Object[] NO_ARGS = {};

  /**
   * Whether the answer keeps the message. A rule may skip computing an argument used only by its message
   * (a list of places, a duration) when it does not.
   */
  abstract boolean detailed();

  abstract Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, Object[] args);

  final Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text) {
    return detailed() ? say(rule, status, basis, text, NO_ARGS) : status;
  }

  final Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, @Nullable Object a) {
    return detailed() ? say(rule, status, basis, text, new @Nullable Object[] {a}) : status;
  }

  final Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b) {
    return detailed() ? say(rule, status, basis, text, new @Nullable Object[] {a, b}) : status;
  }

  final Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b, @Nullable Object c) {
    return detailed() ? say(rule, status, basis, text, new @Nullable Object[] {a, b, c}) : status;
  }

  final Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b, @Nullable Object c, @Nullable Object d) {
    return detailed() ? say(rule, status, basis, text, new @Nullable Object[] {a, b, c, d}) : status;
  }

  /** Records the finding of one rule at a time: the reader's path. */
  static final class Recording extends Answer {
    private @Nullable Finding finding;

    @Override
    boolean detailed() {
      return true;
    }

    @Override
    Status say(Rule rule, Status status, @Nullable String basis, MessageTemplate text, Object[] args) {
      Findings f = rule.findings;
      finding = Finding.of(f.regime, f.code, status, new Message(text, args), basis != null ? basis : f.basis());
      return status;
    }

    /** The finding the last rule said, taken once. */
    Finding take(Rule rule) {
      Finding f = finding;
      if (f == null) {
        throw new IllegalStateException(rule.getClass().getName() + " said nothing; please report this");
      }
      finding = null;
      return f;
    }
  }
}
