package io.github.transitpolicy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * transit-check as it is published: policy-engine's attached jar with the classifier {@code cli},
 * which the build resolves as a user's build would ({@code target/cli/transit-check-cli.jar}). It
 * runs with {@code java -jar} alone, holds every class of the three library jars and no module
 * descriptor, and carries the licences and the data versions.
 */
class CliJarTest {

  private static final Path CLI_JAR = Path.of("target", "cli", "transit-check-cli.jar");
  private static final Path ROOT = Path.of("..");

  /** The README's first trip: 240-hour transit PVG to PEK, Korea to Japan. */
  private static final List<String> ELIGIBLE_TRIP = List.of("--nationality", "US", "--expiry", "2027-06-30",
      "--arrive", "PVG", "--arrive-at", "2025-12-01T10:00", "--from", "KR",
      "--depart", "PEK", "--depart-at", "2025-12-11T23:30", "--to", "JP",
      "--purpose", "TOURISM", "--visit", "320500");

  private record Run(int exitCode, String output) {}

  private static Path cliJar() {
    assertTrue(Files.isRegularFile(CLI_JAR), "copied by the build (dependency:copy): " + CLI_JAR.toAbsolutePath());
    return CLI_JAR;
  }

  private static Path libraryJar(String artifact) throws IOException {
    for (Path entry : ConsumerClassPath.entries()) {
      if (ConsumerClassPath.artifactOf(entry).equals(artifact)) {
        return entry;
      }
    }
    throw new AssertionError(artifact + " is not on the consumer class path");
  }

  /** Runs {@code java -jar} on the published jar in a child JVM, nothing else on its class path. */
  private static Run run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(cliJar().toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = builder.start();
    p.getOutputStream().close();
    byte[] output = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "transit-check finished");
    return new Run(p.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static byte[] read(JarFile jar, String name) throws IOException {
    ZipEntry e = jar.getEntry(name);
    assertNotNull(e, jar.getName() + " holds " + name);
    try (InputStream in = jar.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  private static Set<String> entryNames(Path path) throws IOException {
    Set<String> names = new TreeSet<>();
    try (JarFile jar = new JarFile(path.toFile())) {
      for (JarEntry e : Collections.list(jar.entries())) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static Attributes manifest(Path path) throws IOException {
    try (JarFile jar = new JarFile(path.toFile())) {
      assertNotNull(jar.getManifest(), path + " has a manifest");
      return jar.getManifest().getMainAttributes();
    }
  }

  @Test
  void versionNamesTheLibraryAndTheBundledData() throws Exception {
    Attributes data = manifest(libraryJar("policy-data"));
    Attributes engine = manifest(libraryJar("policy-engine"));
    Run run = run(List.of("--version"));
    assertEquals(0, run.exitCode(), run.output());
    assertEquals("transit-check " + engine.getValue("Implementation-Version") + "\n"
        + "data version " + data.getValue("Transit-Policy-Data-Version")
        + " (as of " + data.getValue("Transit-Policy-Data-As-Of") + ")\n",
        run.output().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void checksOneTripAsJson() throws Exception {
    Run eligible = run(concat(ELIGIBLE_TRIP, "--json"));
    assertEquals(0, eligible.exitCode(), eligible.output());
    assertTrue(eligible.output().startsWith("{\"verdict\":\"VISA_FREE\",\"regime\":\"TRANSIT_240H\","
        + "\"exit_deadline\":\"2025-12-12T00:00+08:00\","), eligible.output());

    // Back to where the traveller came from: no third country, so a visa (exit code 1).
    List<String> back = new ArrayList<>(ELIGIBLE_TRIP);
    back.set(back.indexOf("JP"), "KR");
    Run refused = run(concat(back, "--json"));
    assertEquals(1, refused.exitCode(), refused.output());
    assertTrue(refused.output().startsWith("{\"verdict\":\"VISA_REQUIRED\","), refused.output());
    assertTrue(refused.output().contains("\"TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY\""), refused.output());
  }

  @Test
  void describesOneTripWithTheBundledMessages() throws Exception {
    Run run = run(concat(ELIGIBLE_TRIP, "--lang", "zh"));
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("VISA_FREE"), run.output());
    // A message from the data jar's tables, in Chinese: the resources made it into the jar.
    assertTrue(run.output().contains("240小时过境免签"), run.output());
  }

  @Test
  void holdsEveryLibraryClassAndNoModuleDescriptorOrJSpecify() throws Exception {
    Set<String> cli = entryNames(cliJar());
    for (String artifact : List.of("policy-model", "policy-data", "policy-engine")) {
      Path jar = libraryJar(artifact);
      Set<String> library = entryNames(jar);
      assertTrue(library.contains("module-info.class"), jar + " is a named module");
      for (String name : library) {
        if (!name.equals("module-info.class") && !name.equals("META-INF/MANIFEST.MF")) {
          assertTrue(cli.contains(name), CLI_JAR + " holds " + name + " of " + artifact);
        }
      }
    }
    for (String name : cli) {
      assertFalse(name.endsWith("module-info.class"), name);
      assertFalse(name.startsWith("org/jspecify/"), name);
      // Nothing but the library's packages (and the directories above them) and META-INF.
      assertTrue(name.startsWith("META-INF/") || name.startsWith("io/github/transitpolicy/")
          || "io/github/transitpolicy/".startsWith(name), name);
    }
  }

  @Test
  void carriesTheLicencesAndTheDataVersionsInItsManifest() throws Exception {
    Path data = libraryJar("policy-data");
    try (JarFile cli = new JarFile(cliJar().toFile()); JarFile dataJar = new JarFile(data.toFile())) {
      assertArrayEquals(Files.readAllBytes(ROOT.resolve("LICENSE")), read(cli, "META-INF/LICENSE"));
      assertArrayEquals(Files.readAllBytes(ROOT.resolve("NOTICE")), read(cli, "META-INF/NOTICE"));
      assertArrayEquals(read(dataJar, "META-INF/airports.LICENSE"), read(cli, "META-INF/airports.LICENSE"));
    }
    Attributes cli = manifest(cliJar());
    Attributes dataManifest = manifest(data);
    assertEquals("io.github.transitpolicy.engine.internal.cli.TransitCheck", cli.getValue("Main-Class"));
    for (String name : List.of("Implementation-Version", "Transit-Policy-Data-Version", "Transit-Policy-Data-As-Of",
        "Transit-Policy-Airports-Version")) {
      assertNotNull(dataManifest.getValue(name), name);
      assertEquals(dataManifest.getValue(name), cli.getValue(name), name);
    }
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }
}
