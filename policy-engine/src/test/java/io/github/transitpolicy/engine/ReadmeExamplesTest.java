package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the README's Java examples and runs them, so that the README cannot drift from the API. */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");

  static List<String> javaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    StringBuilder current = null;
    for (String line : lines) {
      if (current == null && line.strip().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void readmeHasTheQuickStart() throws IOException {
    List<String> blocks = javaBlocks();
    assertEquals(2, blocks.size(), "Java blocks in README.md");
    assertTrue(blocks.get(0).contains("TransitPolicy.bundled().evaluate(trip)"));
    assertTrue(blocks.get(1).contains("TransitPolicy.bundled().evaluate(itinerary)"));
  }

  /** The leading import declarations of a block, and the rest. */
  static String[] importsAndBody(String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (body.length() == 0 && (line.startsWith("import ") || line.isBlank())) {
        imports.append(line).append('\n');
      } else {
        body.append(line).append('\n');
      }
    }
    return new String[] {imports.toString(), body.toString()};
  }

  @Test
  void theQuickStartImportsWhatItUses() throws IOException {
    String imports = importsAndBody(javaBlocks().get(0))[0];
    for (String type : List.of("engine.TransitPolicy", "model.Trip", "model.Traveller", "model.CountryCode",
        "model.TravelDocument", "model.Arrival", "model.Departure", "model.Purpose", "model.PlaceCode",
        "model.Evaluation")) {
      assertTrue(imports.contains("import io.github.transitpolicy." + type + ";\n"), type);
    }
    assertTrue(imports.contains("import java.time.LocalDate;\n") && imports.contains("import java.time.LocalDateTime;\n"));
  }

  @Test
  void quickStartCompilesRunsAndSaysWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    String[] parts = importsAndBody(javaBlocks().get(0));
    // Only the block's own imports: a reader who copies it gets a compiling class.
    Evaluation result = (Evaluation) Examples.compileAndRun(dir, parts[0], parts[1], "result");
    assertEquals(Verdict.VISA_FREE, result.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), result.regime());
    assertEquals(Optional.of(ZonedDateTime.parse("2025-12-12T00:00+08:00[Asia/Shanghai]")), result.exitDeadline());
    for (Finding f : result.findings(Regime.TRANSIT_240H)) {
      assertEquals(Status.PASS, f.status(), f.toString());
    }
  }

  @Test
  void theItineraryExampleCompilesRunsAndSaysWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    String[] parts = importsAndBody(javaBlocks().get(1));
    ItineraryEvaluation answer = (ItineraryEvaluation) Examples.compileAndRun(dir, parts[0], parts[1], "answer");
    assertEquals(Verdict.VISA_FREE, answer.verdict());
    assertEquals(Optional.of(Regime.TRANSIT_240H), answer.stays().get(0).regime());
    assertEquals(io.github.transitpolicy.model.CountryCode.of("HK"), answer.trips().get(0).arrival().from());
  }
}
