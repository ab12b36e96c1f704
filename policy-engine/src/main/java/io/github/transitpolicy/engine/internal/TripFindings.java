package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one evaluated trip. While the evaluator decides, it records each rule's status here,
 * regime by regime ({@link #startRegime}, {@link #add}); it then hands this object to the evaluation,
 * which publishes it through a final field, and nothing writes to it again. The findings are made
 * when someone first reads them: each rule's {@link Rule#check} over the facts the verdict was decided
 * on. Each finding must carry the status its rule decided the verdict with; a rule that says otherwise
 * is a bug in this library, reported rather than hidden.
 */
final class TripFindings implements Supplier<List<Finding>> {

  private static final Status[] STATUSES = Status.values();

  private final Rule[][] rules;
  private final TripFacts facts;
  /** Each rule's decided status, {@link #BITS} bits per rule in evaluation order. */
  private long statuses;
  private final int count;
  /** While deciding: the place, among all rules, of the first rule of the regime being decided. */
  private int first;
  /** While deciding: whether some rule of the regime being decided said UNKNOWN. */
  private boolean unknown;

  static final int BITS = 2;

  /** Findings with every rule undecided, for the evaluator to decide. */
  TripFindings(Rule[][] rules, TripFacts facts, int count) {
    this(rules, facts, UNDECIDED_ALL, count);
  }

  /** Findings with statuses already decided. */
  TripFindings(Rule[][] rules, TripFacts facts, long statuses, int count) {
    this.rules = rules;
    this.facts = facts;
    this.statuses = statuses;
    this.count = count;
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
    statuses = decide(statuses, first + rule.index, status);
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

  /** Whether every rule from {@code first}, {@code count} of them, has a status. */
  boolean allDecided(int first, int count) {
    return allDecided(statuses, first, count);
  }

  /** The statuses decided so far. */
  long statuses() {
    return statuses;
  }

  private static final int MASK = (1 << BITS) - 1;
  /** The code of a rule the verdict did not need: any FAIL before it decided its regime. */
  private static final int UNDECIDED = MASK;
  /** Every rule undecided. */
  static final long UNDECIDED_ALL = -1L;

  /** Records the status of the rule at {@code index} (in evaluation order). */
  static long decide(long statuses, int index, Status status) {
    int shift = index * BITS;
    return (statuses & ~((long) MASK << shift)) | ((long) status.ordinal() << shift);
  }

  /** The status the rule at {@code index} decided, or null if the verdict did not need it. */
  static @Nullable Status decided(long statuses, int index) {
    int code = (int) (statuses >>> (index * BITS)) & MASK;
    return code == UNDECIDED ? null : STATUSES[code];
  }

  /** Whether the {@code count} rules from {@code first} all have a status. */
  static boolean allDecided(long statuses, int first, int count) {
    // UNDECIDED sets both bits of a rule's pair: mark each pair whose two bits are set, in its low bit.
    long bothSet = statuses & (statuses >>> 1) & 0x5555_5555_5555_5555L;
    int width = count * BITS;
    long range = (width == Long.SIZE ? -1L : (1L << width) - 1) << (first * BITS);
    return (bothSet & range) == 0;
  }

  @Override
  public List<Finding> get() {
    List<Finding> out = new ArrayList<>(count);
    int index = 0;
    for (Rule[] regime : rules) {
      for (Rule rule : regime) {
        Finding f = rule.check(facts);
        Status decided = decided(statuses, index++);
        if (decided != null && f.status() != decided) {
          throw new IllegalStateException(rule.getClass().getName() + " decided " + decided
              + " but its finding says " + f.status() + " (" + f + "); please report this");
        }
        out.add(f);
      }
    }
    return out;
  }
}
