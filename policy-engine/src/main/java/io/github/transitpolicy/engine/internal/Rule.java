package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a regime: checks one condition of a trip and says PASS, FAIL or UNKNOWN, and why. Each
 * rule is a subclass named for what it checks, holding the findings factory of its regime and code.
 *
 * <p>A rule has one definition, {@link #check}: it returns the status and says why through an
 * {@link Answer}. The verdict calls it with {@link Answer#STATUS}, which makes nothing; the findings
 * call it again, when read, with an answer that records the message. Each regime's
 * {@link RegimeRules#decide} calls its rules through fields of their own classes, so that the compiler
 * can inline them.
 */
abstract class Rule {
  final Findings findings;
  /**
   * The rule's place in its regime's report order; set once, by {@link RegimeRules#inReportOrder},
   * before the regime is shared.
   */
  int index = -1;

  Rule(Findings findings) {
    this.findings = findings;
  }

  /** The condition this rule checks. */
  final FindingCode code() {
    return findings.code;
  }

  /** Checks the trip, says why through {@code to}, and returns the status. Never throws for a built trip. */
  abstract Status check(TripFacts trip, Answer to);

  final Status pass(Answer to, MessageTemplate text) {
    return to.say(this, Status.PASS, null, text);
  }

  final Status pass(Answer to, MessageTemplate text, @Nullable Object a) {
    return to.say(this, Status.PASS, null, text, a);
  }

  final Status pass(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b) {
    return to.say(this, Status.PASS, null, text, a, b);
  }

  final Status pass(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b, @Nullable Object c) {
    return to.say(this, Status.PASS, null, text, a, b, c);
  }

  final Status fail(Answer to, MessageTemplate text) {
    return to.say(this, Status.FAIL, null, text);
  }

  final Status fail(Answer to, MessageTemplate text, @Nullable Object a) {
    return to.say(this, Status.FAIL, null, text, a);
  }

  final Status fail(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b) {
    return to.say(this, Status.FAIL, null, text, a, b);
  }

  final Status fail(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b, @Nullable Object c) {
    return to.say(this, Status.FAIL, null, text, a, b, c);
  }

  final Status fail(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b, @Nullable Object c,
      @Nullable Object d) {
    return to.say(this, Status.FAIL, null, text, a, b, c, d);
  }

  final Status unknown(Answer to, MessageTemplate text) {
    return to.say(this, Status.UNKNOWN, null, text);
  }

  final Status unknown(Answer to, MessageTemplate text, @Nullable Object a) {
    return to.say(this, Status.UNKNOWN, null, text, a);
  }

  final Status unknown(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b) {
    return to.say(this, Status.UNKNOWN, null, text, a, b);
  }

  final Status unknown(Answer to, MessageTemplate text, @Nullable Object a, @Nullable Object b,
      @Nullable Object c) {
    return to.say(this, Status.UNKNOWN, null, text, a, b, c);
  }

  /** Says a status citing {@code basis}, the source of the dated row it rests on, instead of the rule's. */
  final Status cite(Answer to, Status status, String basis, MessageTemplate text) {
    return to.say(this, status, basis, text);
  }

  final Status cite(Answer to, Status status, String basis, MessageTemplate text, @Nullable Object a) {
    return to.say(this, status, basis, text, a);
  }

  final Status cite(Answer to, Status status, String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b) {
    return to.say(this, status, basis, text, a, b);
  }

  final Status cite(Answer to, Status status, String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b, @Nullable Object c) {
    return to.say(this, status, basis, text, a, b, c);
  }

  final Status cite(Answer to, Status status, String basis, MessageTemplate text, @Nullable Object a,
      @Nullable Object b, @Nullable Object c, @Nullable Object d) {
    return to.say(this, status, basis, text, a, b, c, d);
  }
}
