package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Trip;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Runs the library as three named modules on the module path, as a modular application would: the
 * descriptors must require what the code uses and the catalogue must load without reflection or
 * resources from another module. (The other tests run on the class path.)
 */
class ModulePathTest {

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void evaluatesATripAsNamedModules() throws Exception {
    String modulePath = String.join(File.pathSeparator,
        location(Trip.class), location(Catalogue.class), location(TransitPolicy.class), location(NullMarked.class));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-p", modulePath,
        "-m", "io.github.transitpolicy.engine/io.github.transitpolicy.engine.internal.cli.TransitCheck",
        "--nationality", "FR", "--expiry", "2027-06-30",
        "--arrive", "浦东机场", "--arrive-at", "2025-12-01T10:00", "--from", "FR",
        "--depart", "PVG", "--depart-at", "2025-12-20T10:00", "--to", "FR",
        "--purpose", "TOURISM", "--visit", "320500"))
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM finished");
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("Verdict: VISA_FREE"), output);
    assertTrue(output.contains("Regime: VISA_EXEMPTION"), output);
    assertTrue(output.contains("2026-01-01T00:00+08:00[Asia/Shanghai]"), output);
  }
}
