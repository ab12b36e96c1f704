package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the examples in the Javadoc of the two entry points, {@code TransitPolicy} and
 * {@code Catalogue}, and checks what their comments claim: documentation that cannot drift.
 */
class JavadocExamplesTest {

  /** The {@code <pre>{@code ...}</pre>} blocks of a source file, without the leading {@code *}. */
  static List<String> examples(Path source) throws Exception {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      String text = line.strip();
      text = text.startsWith("*") ? text.substring(1) : text;
      if (current == null && text.strip().equals("<pre>{@code")) {
        current = new StringBuilder();
      } else if (current != null && text.strip().equals("}</pre>")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(text).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void transitPolicyExample(@TempDir Path dir) throws Exception {
    List<String> blocks = examples(
        Path.of("src/main/java/io/github/transitpolicy/engine/TransitPolicy.java"));
    assertEquals(1, blocks.size());
    Evaluation result = (Evaluation) Examples.compileAndRun(dir, blocks.get(0), "result");
    assertEquals(Verdict.VISA_FREE, result.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), result.regime());
    assertEquals(Optional.of(ZonedDateTime.parse("2025-12-12T00:00+08:00[Asia/Shanghai]")), result.exitDeadline());
  }

  @Test
  void catalogueExample(@TempDir Path dir) throws Exception {
    List<String> blocks = examples(
        Path.of("..", "policy-data", "src/main/java/io/github/transitpolicy/data/Catalogue.java"));
    assertEquals(1, blocks.size());
    Object[] claims = (Object[]) Examples.compileAndRun(dir, blocks.get(0), "new Object[] {pudong.id(), entry, inArea}");
    assertEquals("PVG", claims[0]);
    assertEquals(Boolean.TRUE, claims[1], "浦东机场 is a 240-hour entry port on 2025-12-01");
    assertEquals(Boolean.TRUE, claims[2], "320506 lies in the permitted area");
  }
}
