package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one evaluated trip. While the evaluator decides, it records each rule's status here,
 * regime by regime ({@link #startRegime}, {@link #add}); it then hands this object to the evaluation,
 * which publishes it through a final field, and nothing writes to it again. The findings are made
 * when someone first reads them: each rule's {@link Rule#check} again, over the same facts, with an
 * answer that records the message. A finding whose status differs from the one its rule decided the
 * verdict with is a bug in this library, reported rather than hidden.
 */
final class TripFindings implements Supplier<List<Finding>> {

  private static final Status[] STATUSES = Status.values();
  /** The two-bit code of a rule the verdict did not need: some FAIL decided its regime first. */
  private static final int UNDECIDED = 3;
  /** Rules whose statuses fit in the two words. */
  private static final int IN_WORDS = 64;
  /** The low bit of every two-bit code in a word. */
  private static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  private final Rule[][] rules;
  private final TripFacts facts;
  /**
   * Each rule's decided status, two bits a rule in evaluation order ({@link #UNDECIDED} until decided):
   * rules 0-31 in {@code low}, 32-63 in {@code high}, which needs no allocation; any further rule in
   * {@code more}, made only when a catalogue has that many rules.
   */
  private long low = -1L;
  private long high = -1L;
  private final byte @Nullable [] more;
  /** While deciding: the place, among all rules, of the first rule of the regime being decided. */
  private int first;
  /** While deciding: whether some rule of the regime being decided said UNKNOWN. */
  private boolean unknown;

  /** Findings with every rule undecided, for the evaluator to decide. */
  TripFindings(Rule[][] rules, TripFacts facts, int count) {
    this.rules = rules;
    this.facts = facts;
    if (count > IN_WORDS) {
      byte[] m = new byte[count - IN_WORDS];
      Arrays.fill(m, (byte) UNDECIDED);
      this.more = m;
    } else {
      this.more = null;
    }
  }

  /** Starts deciding a regime whose first rule is at {@code first} among all rules. */
  void startRegime(int first) {
    this.first = first;
    this.unknown = false;
  }

  /**
   * Records a rule's status.
   *
   * @return false if it is FAIL, which decides the regime
   */
  boolean add(Rule rule, Status status) {
    record(first + rule.index, status.ordinal());
    if (status == Status.FAIL) {
      return false;
    }
    if (status == Status.UNKNOWN) {
      unknown = true;
    }
    return true;
  }

  /** Whether some rule of the regime being decided said UNKNOWN. */
  boolean unknown() {
    return unknown;
  }

  private void record(int index, int code) {
    if (index < 32) {
      int shift = index * 2;
      low = (low & ~(3L << shift)) | ((long) code << shift);
    } else if (index < IN_WORDS) {
      int shift = (index - 32) * 2;
      high = (high & ~(3L << shift)) | ((long) code << shift);
    } else {
      java.util.Objects.requireNonNull(more, "more")[index - IN_WORDS] = (byte) code;
    }
  }

  private int code(int index) {
    if (index < 32) {
      return (int) (low >>> (index * 2)) & 3;
    }
    if (index < IN_WORDS) {
      return (int) (high >>> ((index - 32) * 2)) & 3;
    }
    return java.util.Objects.requireNonNull(more, "more")[index - IN_WORDS];
  }

  /**
   * Whether every rule from {@code first}, {@code count} of them, has a status. Within the two words a
   * whole regime is checked at once: a rule is undecided where both bits of its code are set.
   */
  boolean allDecided(int first, int count) {
    int end = first + count;
    int i = first;
    while (i < end && i < IN_WORDS) {
      int base = i < 32 ? 0 : 32;
      long word = i < 32 ? low : high;
      int stop = Math.min(end, base + 32);
      long undecided = word & (word >>> 1) & EVEN_BITS;
      int bits = (stop - i) * 2;
      long range = (bits == 64 ? -1L : (1L << bits) - 1) << ((i - base) * 2);
      if ((undecided & range) != 0) {
        return false;
      }
      i = stop;
    }
    for (; i < end; i++) {
      if (code(i) == UNDECIDED) {
        return false;
      }
    }
    return true;
  }

  /** The status the rule at {@code index} decided, or null if the verdict did not need it. */
  @Nullable Status decided(int index) {
    int code = code(index);
    return code == UNDECIDED ? null : STATUSES[code];
  }

  /**
   * Every rule's status in report order: the decided one, or for a rule the verdict did not need, its
   * check with the status-only answer (the same status its finding would have: RuleAgreementTest).
   */
  void statuses(Status[] into) {
    int index = 0;
    for (Rule[] regime : rules) {
      for (Rule rule : regime) {
        Status decided = decided(index);
        into[index++] = decided != null ? decided : rule.check(facts, Answer.STATUS);
      }
    }
  }

  @Override
  public List<Finding> get() {
    int count = 0;
    for (Rule[] regime : rules) {
      count += regime.length;
    }
    List<Finding> out = new ArrayList<>(count);
    Answer.Recording answer = new Answer.Recording();
    int index = 0;
    for (Rule[] regime : rules) {
      for (Rule rule : regime) {
        Status said = rule.check(facts, answer);
        Finding f = answer.take(rule);
        Status decided = decided(index++);
        if (said != f.status() || (decided != null && f.status() != decided)) {
          throw new IllegalStateException(rule.getClass().getName() + " decided " + decided
              + " but its finding says " + f.status() + " (" + f + "); please report this");
        }
        out.add(f);
      }
    }
    return out;
  }
}
