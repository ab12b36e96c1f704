package io.github.transitpolicy.data.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles {@code messages.tsv}, the texts of the engine's findings and notes, into the class
 * {@code io.github.transitpolicy.data.Messages}: one {@code MessageTemplate} constant per row, so that a
 * key the engine uses and the table lacks does not compile. Refuses a bad table with
 * {@code messages.tsv:line: what is wrong}.
 *
 * <p>The table: {@code key}, {@code placeholders} (the argument names in order, separated by {@code |};
 * empty for none), then one column per language ({@code en}, {@code zh}). A text names its arguments
 * {@code {name}}, {@code {name:02}} for a number written with at least two digits, or {@code {name:cap}}
 * for a text whose first letter is capitalised (where the language has capitals); every language uses
 * every placeholder. The generated texts name them by position ({@code {0}}, {@code {1:02}}).
 *
 * <p>Build-only, run by the JDK's source launcher like {@link TableCompiler}; depends on the JDK alone.
 * Usage: {@code java MessageCompiler.java TABLES_DIR JAVA_OUT_DIR}
 */
public final class MessageCompiler {

  static final List<String> COLUMNS = List.of("key", "placeholders", "en", "zh");
  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  /** A placeholder as written in the table: {name} or {name:02}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

  private MessageCompiler() {}

  /** One compiled row: the key, the argument names, and the texts with positional placeholders. */
  record Row(String key, List<String> placeholders, String en, String zh) {}

  /** Thrown with every problem found, each {@code messages.tsv:line: what}. */
  static final class MessageTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final List<String> problems;

    MessageTableException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MessageCompiler TABLES_DIR JAVA_OUT_DIR");
      System.exit(2);
    }
    try {
      List<Row> rows = compile(Path.of(args[0]).resolve("messages.tsv"));
      Path out = Path.of(args[1]).resolve("io/github/transitpolicy/data/Messages.java");
      Files.createDirectories(out.getParent());
      byte[] bytes = javaSource(rows).getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(out) || !Arrays.equals(Files.readAllBytes(out), bytes)) {
        Files.write(out, bytes);
      }
      System.out.println("[message-compiler] " + rows.size() + " messages");
    } catch (MessageTableException e) {
      System.err.println("[message-compiler] messages.tsv is invalid:");
      e.problems.forEach(System.err::println);
      System.exit(1);
    }
  }

  /** Reads and validates the table; throws {@link MessageTableException} listing every problem. */
  static List<Row> compile(Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      throw new MessageTableException(List.of("messages.tsv:0: missing table (expected columns: "
          + String.join(", ", COLUMNS) + ")"));
    }
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
    Set<String> keys = new LinkedHashSet<>();
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "messages.tsv:" + n + ": ";
      if (line.endsWith("\r")) {
        problems.add(where + "line ends with CR (use LF line endings)");
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (!header) {
        header = true;
        if (!cells.equals(COLUMNS)) {
          problems.add(where + "header must be " + String.join("\\t", COLUMNS) + ", is " + String.join("\\t", cells));
          break;
        }
        continue;
      }
      if (cells.size() != COLUMNS.size()) {
        problems.add(where + cells.size() + " cells, expected " + COLUMNS.size());
        continue;
      }
      String key = cells.get(0);
      if (!KEY.matcher(key).matches()) {
        problems.add(where + "key: \"" + key + "\" is not lower-case words separated by dots");
        continue;
      }
      if (!keys.add(key)) {
        problems.add(where + "key: \"" + key + "\" is a duplicate");
      }
      List<String> names = cells.get(1).isEmpty() ? List.of() : Arrays.asList(cells.get(1).split("\\|", -1));
      Set<String> seen = new LinkedHashSet<>();
      for (String name : names) {
        if (!NAME.matcher(name).matches()) {
          problems.add(where + "placeholders: \"" + name + "\" is not a lower-case name");
        } else if (!seen.add(name)) {
          problems.add(where + "placeholders: \"" + name + "\" is listed twice");
        }
      }
      String en = positional(where, "en", cells.get(2), names, problems);
      String zh = positional(where, "zh", cells.get(3), names, problems);
      rows.add(new Row(key, names, en, zh));
    }
    if (!header) {
      problems.add("messages.tsv:1: no header line");
    }
    if (!problems.isEmpty()) {
      throw new MessageTableException(problems);
    }
    return rows;
  }

  /** The text with its named placeholders replaced by positions; every name must be used. */
  private static String positional(String where, String language, String text, List<String> names,
      List<String> problems) {
    if (text.isBlank()) {
      problems.add(where + language + ": empty text");
      return text;
    }
    if (!text.equals(text.strip())) {
      problems.add(where + language + ": surrounding whitespace");
    }
    StringBuilder out = new StringBuilder();
    Set<String> used = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    int last = 0;
    while (m.find()) {
      String inside = m.group(1);
      String name = inside;
      String format = "";
      int colon = inside.indexOf(':');
      if (colon >= 0) {
        name = inside.substring(0, colon);
        format = inside.substring(colon);
        if (!format.equals(":02") && !format.equals(":cap")) {
          problems.add(where + language + ": placeholder {" + inside + "} has an unknown format (:02 or :cap)");
        }
      }
      int index = names.indexOf(name);
      if (index < 0) {
        problems.add(where + language + ": placeholder {" + inside + "} is not among the placeholders "
            + names);
      }
      used.add(name);
      out.append(text, last, m.start()).append('{').append(index).append(format).append('}');
      last = m.end();
    }
    out.append(text.substring(last));
    String rest = PLACEHOLDER.matcher(text).replaceAll("");
    if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
      problems.add(where + language + ": a lone brace outside a placeholder");
    }
    for (String name : names) {
      if (!used.contains(name)) {
        problems.add(where + language + ": does not use placeholder {" + name + "}");
      }
    }
    return out.toString();
  }

  /** The Java source of {@code Messages}: deterministic, in table order. */
  static String javaSource(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("package io.github.transitpolicy.data;\n\n");
    b.append("import java.util.List;\n\n");
    b.append("/**\n * The texts of the engine's findings and notes, generated from {@code messages.tsv} by the build.\n");
    b.append(" * Each constant is one row: its key, its placeholders and its text in each language.\n */\n");
    b.append("public final class Messages {\n\n  private Messages() {}\n");
    TreeMap<String, Row> unused = new TreeMap<>();
    for (Row r : rows) {
      unused.put(r.key(), r);
      b.append("\n  /** {@code ").append(r.key()).append("}: ").append(javadoc(r.en())).append(" */\n");
      b.append("  public static final MessageTemplate ").append(constant(r.key()))
          .append(" = new MessageTemplate(\"").append(r.key()).append("\", List.of(");
      for (int i = 0; i < r.placeholders().size(); i++) {
        b.append(i == 0 ? "" : ", ").append('"').append(r.placeholders().get(i)).append('"');
      }
      b.append("),\n      ").append(javaString(r.en())).append(",\n      ").append(javaString(r.zh()))
          .append(");\n");
    }
    b.append("\n  /**\n   * Returns every message, in table order.\n   *\n   * @return the messages\n   */\n");
    b.append("  public static List<MessageTemplate> all() {\n    return List.of(");
    for (int i = 0; i < rows.size(); i++) {
      b.append(i == 0 ? "\n        " : ",\n        ").append(constant(rows.get(i).key()));
    }
    b.append(");\n  }\n}\n");
    return b.toString();
  }

  static String constant(String key) {
    return key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  private static String javadoc(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;")
        .replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String javaString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
