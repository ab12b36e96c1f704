package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.engine.NeverThrowsTest;
import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batch's code lists, copied a regime at a time from joined labels, are the findings' own: every
 * FAIL (or UNKNOWN) finding's {@code REGIME:CODE} in the findings' order, for fuzzed trips.
 */
class BatchCodesTest {

  private static final TransitPolicy POLICY = TransitPolicy.bundled();

  private static String plain(List<Finding> findings, Status status) {
    List<String> labels = new ArrayList<>();
    for (Finding f : findings) {
      if (f.status() == status) {
        labels.add(f.regime() + ":" + f.code());
      }
    }
    return String.join(" ", labels);
  }

  @Test
  void theCodesAreTheFindingsOfEachStatusInOrder() {
    Checker checker = new Checker(POLICY);
    Status[] statuses = checker.buffer();
    int[] listed = new int[1];
    qt().withExamples(4000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      String[] results = checker.results(checker.decide(trip), statuses);
      Evaluation e = POLICY.evaluate(trip);
      boolean lists = e.verdict() == Verdict.VISA_REQUIRED || e.verdict() == Verdict.NEEDS_REVIEW;
      assertEquals(lists ? plain(e.findings(), Status.FAIL) : "", results[3], trip::toString);
      assertEquals(lists ? plain(e.findings(), Status.UNKNOWN) : "", results[4], trip::toString);
      if (lists && !results[3].isEmpty()) {
        listed[0]++;
      }
    });
    // The fuzzed trips mostly need a visa: the comparison is not of empty lists.
    assertEquals(true, listed[0] > 1000, "rows listing codes: " + listed[0]);
  }
}
