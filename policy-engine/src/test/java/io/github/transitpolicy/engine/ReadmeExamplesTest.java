package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
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
    assertEquals(1, blocks.size(), "Java blocks in README.md");
    assertTrue(blocks.get(0).contains("TransitPolicy.bundled().evaluate(trip)"));
  }

  @Test
  void quickStartCompilesRunsAndSaysWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    String source = "package readme;\n"
        + "import io.github.transitpolicy.engine.*;\n"
        + "import io.github.transitpolicy.model.*;\n"
        + "import java.time.*;\n"
        + "public class QuickStart {\n"
        + "  public static Evaluation run() {\n"
        + javaBlocks().get(0)
        + "    return result;\n"
        + "  }\n"
        + "}\n";
    Path file = dir.resolve("readme/QuickStart.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    String classPath = String.join(File.pathSeparator,
        location(TransitPolicy.class), location(Trip.class), location(Catalogue.class), location(NullMarked.class));
    // javax.tools through reflection: the tests are compiled into the engine module, which does not
    // (and should not) read java.compiler.
    Object javac = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
    Method compile = Class.forName("javax.tools.Tool").getMethod("run",
        java.io.InputStream.class, java.io.OutputStream.class, java.io.OutputStream.class, String[].class);
    int status = (int) compile.invoke(javac, null, null, null,
        new String[] {"-d", dir.toString(), "-cp", classPath, file.toString()});
    assertEquals(0, status, "the README example compiles:\n" + source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass("readme.QuickStart").getMethod("run");
      Evaluation result = (Evaluation) run.invoke(null);
      assertEquals(Verdict.VISA_FREE, result.verdict());
      assertEquals(Optional.of(Regime.TRANSIT_240H), result.regime());
      assertEquals(Optional.of(ZonedDateTime.parse("2025-12-12T00:00+08:00[Asia/Shanghai]")), result.exitDeadline());
      for (io.github.transitpolicy.model.Finding f : result.findings(Regime.TRANSIT_240H)) {
        assertEquals(io.github.transitpolicy.model.Status.PASS, f.status(), f.toString());
      }
    }
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
