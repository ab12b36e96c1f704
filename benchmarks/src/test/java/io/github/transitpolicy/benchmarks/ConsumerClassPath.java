package io.github.transitpolicy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The compile class path a consumer of {@code policy-engine} gets from the POMs, as the build
 * resolved it into {@code target/consumer-class-path.txt} (dependency:build-classpath, JMH's own
 * dependencies left out). In the reactor build its library entries are the jars just built.
 */
final class ConsumerClassPath {

  private ConsumerClassPath() {}

  /**
   * Returns the entries of the class path.
   *
   * @return the entries, in the order Maven resolved them
   * @throws IOException if the file cannot be read
   */
  static List<Path> entries() throws IOException {
    Path file = Path.of("target", "consumer-class-path.txt");
    assertTrue(Files.isRegularFile(file), "written by the build: " + file.toAbsolutePath());
    List<Path> entries = new ArrayList<>();
    for (String entry : Files.readString(file, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
      entries.add(Path.of(entry));
    }
    return entries;
  }

  /**
   * Returns the artifact an entry holds: its file name without version and extension.
   *
   * @param entry a class path entry, e.g. {@code .../policy-model-0.1.0-SNAPSHOT.jar}
   * @return the artifact id, e.g. {@code policy-model}
   */
  static String artifactOf(Path entry) {
    String name = entry.getFileName().toString();
    int dash = name.length();
    // The version starts at the first "-" followed by a digit.
    for (int i = 0; i + 1 < name.length(); i++) {
      if (name.charAt(i) == '-' && Character.isDigit(name.charAt(i + 1))) {
        dash = i;
        break;
      }
    }
    return name.substring(0, dash);
  }

  /**
   * Returns the class path as one string for {@code -cp}.
   *
   * @return the entries joined by the path separator
   * @throws IOException if the file cannot be read
   */
  static String asString() throws IOException {
    List<String> parts = new ArrayList<>();
    for (Path p : entries()) {
      parts.add(p.toString());
    }
    return String.join(File.pathSeparator, parts);
  }
}
