package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.engine.internal.Evaluator;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates trips for the result fields: through the engine's evaluator with every rule's status, so
 * that a row's codes come without making its findings and their messages (a third of the cost of a
 * row that needs a visa). Thread-safe; each thread brings its own {@link #buffer}.
 */
final class Checker {
  private final Evaluator evaluator;
  /** {@code REGIME:CODE} of every rule in ASCII and a space, in the order of the statuses. */
  private final byte[][] labelBytes;
  /** All the labels' lengths together: the most a code list can take. */
  private final int allLabels;
  /** Per regime, the place of its first rule among all rules, and how many rules it has. */
  private final int[] firsts;
  private final int[] counts;
  /**
   * Per regime, by the set of its rules listed (bit {@code k} for its rule {@code k}), their labels
   * joined, each with its space: made when first listed. A row lists dozens of codes; copied a regime
   * at a time they take a dozen copies instead.
   */
  private final @Nullable Run[][] runs;

  /** Labels joined; a holder, whose final field publishes the bytes to every worker. */
  private static final class Run {
    final byte[] bytes;

    Run(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  /** Regimes of more rules than this list their codes one label at a time. */
  private static final int MOST_RULES_JOINED = 16;

  Checker(TransitPolicy policy) {
    this.evaluator = new Evaluator(policy.catalogue());
    List<String> all = new ArrayList<>();
    List<Regime> regimes = evaluator.regimes();
    this.firsts = new int[regimes.size()];
    this.counts = new int[regimes.size()];
    this.runs = new Run[regimes.size()][];
    for (int r = 0; r < regimes.size(); r++) {
      Regime regime = regimes.get(r);
      firsts[r] = all.size();
      for (FindingCode code : evaluator.codes(regime)) {
        all.add(regime + ":" + code);
      }
      counts[r] = all.size() - firsts[r];
      runs[r] = new Run[counts[r] <= MOST_RULES_JOINED ? 1 << counts[r] : 0];
    }
    String[] labels = all.toArray(new String[0]);
    for (String label : labels) {
      // appendCsv writes labels unquoted, separated by spaces.
      if (label.chars().anyMatch(c -> c == ',' || c == '"' || c == ' ' || c == '\r' || c == '\n')) {
        throw new IllegalStateException("a rule label needs quoting: " + label);
      }
    }
    this.labelBytes = new byte[labels.length][];
    int length = 0;
    for (int i = 0; i < labels.length; i++) {
      labelBytes[i] = (labels[i] + " ").getBytes(StandardCharsets.US_ASCII);
      length += labelBytes[i].length;
    }
    this.allLabels = length;
  }

  Status[] buffer() {
    return new Status[evaluator.ruleCount()];
  }

  Evaluator.Decision decide(Trip trip) {
    return evaluator.decide(trip);
  }

  /**
   * The result fields of an evaluation. Only a trip that needs a visa or a review lists codes: a
   * visa-free trip has no reasons against it, and the regimes do not apply to a traveller who is
   * not a foreigner (NOT_APPLICABLE), so their failures would be noise.
   *
   * @param statuses room for every rule's status; null to leave the code fields empty ({@code --no-codes})
   */
  String[] results(Evaluator.Decision decision, Status @Nullable [] statuses) {
    Evaluation e = decision.evaluation();
    String failing = "";
    String unknown = "";
    if (statuses != null && listsReasons(e)) {
      decision.statuses(statuses);
      failing = codes(statuses, Status.FAIL);
      unknown = codes(statuses, Status.UNKNOWN);
    }
    return new String[] {
      e.verdict().name(),
      e.regime().map(Enum::name).orElse(""),
      e.exitDeadline().map(d -> d.toOffsetDateTime().toString()).orElse(""),
      failing,
      unknown,
      e.suggestedVisa().map(Enum::name).orElse(""),
      "",
      ""
    };
  }

  /** Whether the row lists the codes against the trip (see {@link #results}). */
  private static boolean listsReasons(Evaluation e) {
    return e.verdict() == Verdict.VISA_REQUIRED || e.verdict() == Verdict.NEEDS_REVIEW;
  }

  /**
   * Appends the CSV row {@link Results#appendCsv} makes of {@link #results}, with the codes written
   * straight from the statuses: most rows list dozens, and building them as strings to copy and scan
   * for quotes again was a fifth of a batch's time.
   *
   * @param statuses room for every rule's status; null to leave the code columns out ({@code --no-codes})
   */
  void appendCsv(Utf8Builder b, @Nullable String id, int lineNo, Evaluator.Decision decision,
      Status @Nullable [] statuses) {
    Evaluation e = decision.evaluation();
    if (id != null) {
      b.append(Csv.cell(id)).append(',');
    }
    b.append(Integer.toString(lineNo)).append(',').append(e.verdict().name()).append(',');
    if (e.regime().isPresent()) {
      b.append(e.regime().get().name());
    }
    b.append(',');
    if (e.exitDeadline().isPresent()) {
      b.appendIso(e.exitDeadline().get());
    }
    b.append(',');
    if (statuses != null) {
      if (listsReasons(e)) {
        decision.statuses(statuses);
        appendCodes(b, statuses, Status.FAIL);
        b.append(',');
        appendCodes(b, statuses, Status.UNKNOWN);
      } else {
        b.append(',');
      }
      b.append(',');
    }
    if (e.suggestedVisa().isPresent()) {
      b.append(e.suggestedVisa().get().name());
    }
    // error_column and error_reason: empty on an evaluated row.
    b.append(",,\r\n");
  }

  /**
   * The labels of the rules with {@code status}, separated by spaces: each label is copied with the
   * space after it into room made once, and the last space is taken back.
   */
  private void appendCodes(Utf8Builder b, Status[] statuses, Status status) {
    byte[] out = b.room(allLabels);
    int start = b.length();
    int at = start;
    for (int r = 0; r < firsts.length; r++) {
      int first = firsts[r];
      int count = counts[r];
      if (count > MOST_RULES_JOINED) {
        for (int i = first; i < first + count; i++) {
          if (statuses[i] == status) {
            at = copy(labelBytes[i], out, at);
          }
        }
        continue;
      }
      int listed = 0;
      for (int k = count - 1; k >= 0; k--) {
        listed = listed << 1 | (statuses[first + k] == status ? 1 : 0);
      }
      if (listed != 0) {
        at = copy(run(r, listed), out, at);
      }
    }
    b.setLength(at > start ? at - 1 : at);
  }

  private static int copy(byte[] bytes, byte[] out, int at) {
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }

  /** The labels of regime {@code r}'s rules in {@code listed}, joined. Racy but safe: equal whoever makes it. */
  private byte[] run(int r, int listed) {
    @Nullable Run[] byListed = runs[r];
    Run run = byListed[listed];
    if (run == null) {
      java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
      for (int k = 0; k < counts[r]; k++) {
        if ((listed & 1 << k) != 0) {
          joined.writeBytes(labelBytes[firsts[r] + k]);
        }
      }
      run = new Run(joined.toByteArray());
      byListed[listed] = run;
    }
    return run.bytes;
  }

  /** The {@code REGIME:CODE} of every rule with a status, in the findings' order, separated by spaces. */
  private String codes(Status[] statuses, Status status) {
    Utf8Builder b = new Utf8Builder(512);
    appendCodes(b, statuses, status);
    return b.toString();
  }
}
