package io.github.transitpolicy.data.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture tables under src/test/resources/fixtures, and ways to copy and break them. */
final class Fixtures {

  private Fixtures() {}

  /** The fixtures directory on the test class path. */
  static Path dir(String name) {
    URL url = Fixtures.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalStateException("no fixture directory " + name + " on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path valid() {
    return dir("valid");
  }

  static Path golden() {
    return dir("golden");
  }

  /** Copies the valid fixture tables into {@code target} (created if missing). */
  static Path copyValid(Path target) {
    try {
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(valid())) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, List<String> lines) {
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces line {@code lineNo} (1-based) of a table, checking that it held what the caller expects. */
  static void replaceLine(Path dir, String table, int lineNo, String expectedStart, String newLine) {
    Path file = dir.resolve(table + ".tsv");
    List<String> lines = lines(file);
    String old = lines.get(lineNo - 1);
    if (!old.startsWith(expectedStart)) {
      throw new IllegalStateException(table + ":" + lineNo + " is \"" + old + "\", not \"" + expectedStart + "...\"");
    }
    lines.set(lineNo - 1, newLine);
    write(file, lines);
  }

  /** Replaces the first occurrence of {@code from} on line {@code lineNo}. */
  static void editLine(Path dir, String table, int lineNo, String from, String to) {
    Path file = dir.resolve(table + ".tsv");
    List<String> lines = lines(file);
    String old = lines.get(lineNo - 1);
    if (!old.contains(from)) {
      throw new IllegalStateException(table + ":" + lineNo + " is \"" + old + "\", without \"" + from + "\"");
    }
    lines.set(lineNo - 1, old.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
    write(file, lines);
  }

  /** Appends a line; returns its line number. */
  static int append(Path dir, String table, String line) {
    Path file = dir.resolve(table + ".tsv");
    List<String> lines = lines(file);
    lines.add(line);
    write(file, lines);
    return lines.size();
  }

  /** Tab-joins cells. */
  static String row(String... cells) {
    return String.join("\t", cells);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
