package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The message compiler: what it makes of a good table, and how it refuses a bad one. */
class MessageCompilerTest {

  private static final String HEADER = "key\tplaceholders\ten\tzh\n";

  @TempDir
  Path dir;

  private Path table(String rows) throws IOException {
    Path f = dir.resolve("messages.tsv");
    Files.writeString(f, "# a comment\n" + HEADER + rows, StandardCharsets.UTF_8);
    return f;
  }

  private List<String> problems(String rows) throws IOException {
    Path f = table(rows);
    return assertThrows(MessageCompiler.MessageTableException.class, () -> MessageCompiler.compile(f)).problems;
  }

  @Test
  void namedPlaceholdersBecomePositions() throws IOException {
    List<MessageCompiler.Row> rows = MessageCompiler.compile(table(
        "a.b\tcountry|day\t{country} on {day:02}.\t{day:02}日{country}。\n"));
    assertEquals(1, rows.size());
    assertEquals("{0} on {1:02}.", rows.get(0).en());
    assertEquals("{1:02}日{0}。", rows.get(0).zh());
    assertEquals(List.of("country", "day"), rows.get(0).placeholders());
    String java = MessageCompiler.javaSource(rows);
    assertTrue(java.contains("public static final MessageTemplate A_B = new MessageTemplate(\"a.b\", "
        + "List.of(\"country\", \"day\"),"), java);
    assertEquals(java, MessageCompiler.javaSource(MessageCompiler.compile(table(
        "a.b\tcountry|day\t{country} on {day:02}.\t{day:02}日{country}。\n"))), "deterministic");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "duplicate key          ; a.b\\t\\tx\\ty\\na.b\\t\\tx\\ty\\n   ; messages.tsv:4: key: \"a.b\" is a duplicate",
      "bad key                ; A.B\\t\\tx\\ty\\n                  ; messages.tsv:3: key: \"A.B\" is not lower-case words",
      "zh lacks a placeholder ; a\\tn\\t{n}\\ty\\n                  ; messages.tsv:3: zh: does not use placeholder {n}",
      "unknown placeholder    ; a\\t\\t{n}\\ty\\n                   ; messages.tsv:3: en: placeholder {n} is not among the placeholders []",
      "empty text             ; a\\t\\tx\\t \\n                     ; messages.tsv:3: zh: empty text",
      "lone brace             ; a\\t\\tx {\\ty\\n                   ; messages.tsv:3: en: a lone brace outside a placeholder",
      "unknown format         ; a\\tn\\t{n:x}\\t{n}\\n               ; messages.tsv:3: en: placeholder {n:x} has an unknown format",
      "cells                  ; a\\tx\\ty\\n                        ; messages.tsv:3: 3 cells, expected 4",
      "placeholder twice      ; a\\tn|n\\t{n}\\t{n}\\n              ; messages.tsv:3: placeholders: \"n\" is listed twice",
      "carriage return        ; a\\t\\tx\\ty\\r\\n                   ; messages.tsv:3: line ends with CR",
  })
  void aBadRowIsRefusedNamingItsLine(String what, String rows, String expected) throws IOException {
    List<String> problems = problems(rows.strip().replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r"));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), what + ": " + problems);
  }

  @Test
  void aWrongHeaderIsRefused() throws IOException {
    Path f = dir.resolve("messages.tsv");
    Files.writeString(f, "key\ten\tzh\n", StandardCharsets.UTF_8);
    var e = assertThrows(MessageCompiler.MessageTableException.class, () -> MessageCompiler.compile(f));
    assertTrue(e.problems.get(0).startsWith("messages.tsv:1: header must be"), e.problems.toString());
  }

  @Test
  void theBundledTableCompilesIntoTheMessagesClass() throws IOException {
    List<MessageCompiler.Row> rows = MessageCompiler.compile(Path.of("src/main/tables/messages.tsv"));
    assertEquals(rows.size(), Messages.all().size());
    for (int i = 0; i < rows.size(); i++) {
      MessageTemplate m = Messages.all().get(i);
      assertEquals(rows.get(i).key(), m.key());
      assertEquals(rows.get(i).en(), m.text(Locale.ENGLISH));
      assertEquals(rows.get(i).zh(), m.text(Locale.CHINESE));
      assertEquals(rows.get(i).placeholders(), m.placeholders());
    }
  }
}
