package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one evaluated trip, made when someone first reads them: each rule's {@link Rule#check}
 * over the facts the verdict was decided on. Each finding must carry the status its rule decided the
 * verdict with; a rule that says otherwise is a bug in this library, reported rather than hidden.
 */
final class TripFindings implements Supplier<List<Finding>> {

  private static final Status[] STATUSES = Status.values();

  private final Rule[][] rules;
  private final TripFacts facts;
  /** Each rule's decided status, {@link #BITS} bits per rule in evaluation order. */
  private final long statuses;
  private final int count;

  static final int BITS = 2;


  TripFindings(Rule[][] rules, TripFacts facts, long statuses, int count) {
    this.rules = rules;
    this.facts = facts;
    this.statuses = statuses;
    this.count = count;
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
