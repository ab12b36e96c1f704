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
  /** Rules whose statuses fit in the four words. */
  private static final int IN_WORDS = 128;
  /** The low bit of every two-bit code in a word. */
  private static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  /** The regimes' rules, which the findings are made by: a regime not built yet is built when read. */
  private final RuleList rules;
  private final TripFacts facts;
  /**
   * Each rule's decided status, two bits a rule in evaluation order ({@link #UNDECIDED} until decided):
   * rules 0-31 in {@code w0}, 32-63 in {@code w1}, 64-95 in {@code w2}, 96-127 in {@code w3}, which needs
   * no allocation; any further rule in {@code more}, made only when a catalogue has that many rules.
   */
  private long w0 = -1L;
  private long w1 = -1L;
  private long w2 = -1L;
  private long w3 = -1L;
  private final byte @Nullable [] more;
  /** While deciding: the place, among all rules, of the first rule of the regime being decided. */
  private int first;
  /** While deciding: whether some rule of the regime being decided said UNKNOWN. */
  private boolean unknown;

  /** Findings with every rule undecided, over regimes of their own (tests). */
  TripFindings(LazyRegime[] regimes, TripFacts facts, int count) {
    this(new RuleList(regimes), facts, count);
  }

  /** Findings with every rule undecided, for the evaluator to decide. */
  TripFindings(RuleList rules, TripFacts facts, int count) {
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

  /** Records FAIL for the rule at {@code index} in the regime being decided: a shut gate's rule. */
  void fail(int index) {
    record(first + index, Status.FAIL.ordinal());
  }

  /** Whether some rule of the regime being decided said UNKNOWN. */
  boolean unknown() {
    return unknown;
  }

  private long word(int k) {
    switch (k) {
      case 0:
        return w0;
      case 1:
        return w1;
      case 2:
        return w2;
      default:
        return w3;
    }
  }

  private void record(int index, int code) {
    int shift = (index & 31) * 2;
    long clear = ~(3L << shift);
    long bits = (long) code << shift;
    // One branch on the word: the evaluator records up to one status a rule, on every trip.
    switch (index >>> 5) {
      case 0:
        w0 = (w0 & clear) | bits;
        break;
      case 1:
        w1 = (w1 & clear) | bits;
        break;
      case 2:
        w2 = (w2 & clear) | bits;
        break;
      case 3:
        w3 = (w3 & clear) | bits;
        break;
      default:
        java.util.Objects.requireNonNull(more, "more")[index - IN_WORDS] = (byte) code;
    }
  }

  private int code(int index) {
    if (index < IN_WORDS) {
      return (int) (word(index >>> 5) >>> ((index & 31) * 2)) & 3;
    }
    return java.util.Objects.requireNonNull(more, "more")[index - IN_WORDS];
  }

  /**
   * Whether every rule from {@code first}, {@code count} of them, has a status. Within the words a
   * whole regime is checked at once: a rule is undecided where both bits of its code are set.
   */
  boolean allDecided(int first, int count) {
    int end = first + count;
    int i = first;
    while (i < end && i < IN_WORDS) {
      int base = i & ~31;
      long word = word(i >>> 5);
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
   * check with the status-only answer (the same status its finding would have: RuleAgreementTest). The
   * rules are walked in one array, and the decided codes a word at a time: a batch asks this of most
   * rows, for a hundred rules each.
   */
  void statuses(Status[] into) {
    Rule[] all = rules.all();
    int n = all.length;
    for (int base = 0; base < n && base < IN_WORDS; base += 32) {
      long word = word(base >>> 5);
      for (int i = base, end = Math.min(n, base + 32); i < end; i++, word >>>= 2) {
        int code = (int) word & 3;
        into[i] = code != UNDECIDED ? STATUSES[code] : all[i].check(facts, Answer.STATUS);
      }
    }
    for (int i = IN_WORDS; i < n; i++) {
      Status decided = decided(i);
      into[i] = decided != null ? decided : all[i].check(facts, Answer.STATUS);
    }
  }

  @Override
  public List<Finding> get() {
    Rule[] all = rules.all();
    List<Finding> out = new ArrayList<>(all.length);
    Answer.Recording answer = new Answer.Recording();
    for (int index = 0; index < all.length; index++) {
      Rule rule = all[index];
      Status said = rule.check(facts, answer);
      Finding f = answer.take(rule);
      Status decided = decided(index);
      if (said != f.status() || (decided != null && f.status() != decided)) {
        throw new IllegalStateException(rule.getClass().getName() + " decided " + decided
            + " but its finding says " + f.status() + " (" + f + "); please report this");
      }
      out.add(f);
    }
    return out;
  }

  /**
   * Every regime's rules in report order, in one array made when first asked for (building every
   * regime not built yet). Racy but safe: the array reaches other threads through a final field of
   * its holder, and is equal whichever thread makes it.
   */
  static final class RuleList {
    private final LazyRegime[] regimes;
    private @Nullable Flat flat;

    RuleList(LazyRegime[] regimes) {
      this.regimes = regimes;
    }

    Rule[] all() {
      Flat f = flat;
      if (f == null) {
        List<Rule> out = new ArrayList<>();
        for (LazyRegime regime : regimes) {
          out.addAll(regime.unit().rules());
        }
        f = new Flat(out.toArray(new Rule[0]));
        flat = f;
      }
      return f.rules;
    }

    private static final class Flat {
      final Rule[] rules;

      Flat(Rule[] rules) {
        this.rules = rules;
      }
    }
  }
}
