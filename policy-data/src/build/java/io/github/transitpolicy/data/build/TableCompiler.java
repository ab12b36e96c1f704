package io.github.transitpolicy.data.build;

import io.github.transitpolicy.data.CatalogueException;
import io.github.transitpolicy.data.internal.TableDefinitions;
import io.github.transitpolicy.data.internal.TableExports;
import io.github.transitpolicy.data.internal.TableValidator;
import io.github.transitpolicy.data.internal.TableValidator.Row;
import io.github.transitpolicy.data.internal.TableValidator.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles the policy tables ({@code policy-data/src/main/tables/*.tsv}) into Java source and export
 * resources, refusing to build on a bad table with {@code file:line: what is wrong}.
 *
 * <p>Build-only: the Maven build runs this file with the JDK's single-file source launcher in
 * {@code generate-sources}; it is never part of a published jar. Reading and validating the tables is not
 * done here but by {@link TableValidator}, the same code {@code Catalogue.load} runs, and the exports are
 * written by {@link TableExports}, the code {@code Catalogue.export} runs: the build compiles them (with
 * {@link TableDefinitions} and {@link CatalogueException}; all four depend on nothing but the JDK) into
 * {@code target/table-validator} first and puts it on this program's class path. The output is
 * deterministic: the same tables give byte-identical files.
 *
 * <p>Usage: {@code java -cp VALIDATOR_CLASSES TableCompiler.java TABLES_DIR JAVA_OUT_DIR RESOURCES_OUT_DIR
 * DATA_VERSION DATA_AS_OF}
 */
public final class TableCompiler {

  /** The package the generated Java lands in. */
  public static final String PACKAGE = "io.github.transitpolicy.data.internal";

  /** Where the CSV and JSON exports land, relative to the resources output directory. */
  public static final String EXPORT_DIR = "io/github/transitpolicy/data/export";

  /** A constant string in a class file holds at most 65535 bytes of modified UTF-8: stay well below. */
  static final int MAX_CHUNK_BYTES = 30_000;

  /** Tables of more chunks than this many bytes get a class of their own (see {@code javaSource}). */
  static final int OWN_CLASS_BYTES = 200_000;

  private TableCompiler() {}

  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println("usage: TableCompiler TABLES_DIR JAVA_OUT_DIR RESOURCES_OUT_DIR DATA_VERSION DATA_AS_OF");
      System.exit(2);
    }
    try {
      Compiled compiled = compile(Path.of(args[0]), args[3], args[4]);
      compiled.writeTo(Path.of(args[1]), Path.of(args[2]));
      System.out.println("[table-compiler] " + compiled.summary());
    } catch (CatalogueException e) {
      System.err.println("[table-compiler] the policy tables are invalid:");
      for (String p : e.problems()) {
        System.err.println(p);
      }
      System.exit(1);
    }
  }

  /**
   * Reads and validates every table in {@code tablesDir}.
   *
   * @param expectedDataVersion the data version the build declares; must equal the newest effective date
   * @throws CatalogueException listing every problem found
   */
  public static Compiled compile(Path tablesDir, String expectedDataVersion) {
    return compile(tablesDir, expectedDataVersion, null);
  }

  /**
   * Reads and validates every table in {@code tablesDir}, also checking the as-of day the build declares.
   *
   * @param expectedDataVersion the data version the build declares; must equal the newest effective date
   * @param expectedAsOf the as-of day the build declares (for the manifest); must equal {@code catalogue.tsv}'s,
   *     or null not to check it
   * @throws CatalogueException listing every problem found
   */
  public static Compiled compile(Path tablesDir, String expectedDataVersion, String expectedAsOf) {
    TableValidator.Tables tables = TableValidator.read(tablesDir, expectedDataVersion, expectedAsOf);
    return new Compiled(tables.dataVersion(), tables.asOf(), tables.tables());
  }

  /** The header columns of a table, for tests. */
  static List<String> columns(String table) {
    return TableDefinitions.of(table).columns();
  }

  // ---------------------------------------------------------------- output

  /** The validated tables, ready to be written. */
  public static final class Compiled {
    private final String dataVersion;
    private final String asOf;
    private final Map<String, Table> tables;

    Compiled(String dataVersion, String asOf, Map<String, Table> tables) {
      this.dataVersion = dataVersion;
      this.asOf = asOf;
      this.tables = tables;
    }

    /** The newest effective date: the data version. */
    public String dataVersion() {
      return dataVersion;
    }

    /** The day the facts were last checked ({@code catalogue.tsv}). */
    public String asOf() {
      return asOf;
    }

    /** Table name to row count, in emission order. */
    public Map<String, Integer> rowCounts() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      tables.forEach((name, t) -> counts.put(name, t.rows().size()));
      return counts;
    }

    String summary() {
      return "data version " + dataVersion + ", as of " + asOf + ", tables " + rowCounts();
    }

    /** The generated Java source of {@code BundledTables}. */
    public String javaSource() {
      StringBuilder out = new StringBuilder();
      out.append("// Generated by TableCompiler from policy-data/src/main/tables. Do not edit.\n");
      out.append("package ").append(PACKAGE).append(";\n\n");
      out.append("/** The policy tables, validated and compiled at build time. Data version ")
          .append(dataVersion).append(". */\n");
      out.append("final class BundledTables {\n\n");
      out.append("  /** The data version: the newest effective date of the policy versions. */\n");
      out.append("  static final String DATA_VERSION = \"").append(dataVersion).append("\";\n\n");
      out.append("  /** The table names, in order. */\n");
      out.append("  static final String[] NAMES = {");
      List<String> names = new ArrayList<>(tables.keySet());
      for (int i = 0; i < names.size(); i++) {
        out.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
      }
      out.append("};\n\n");
      out.append("  /**\n   * Every place code, six digits each, in the place table's (ascending) order: read into numbers\n"
          + "   * without splitting the table, so that telling whether a place exists stays cheap in a fresh JVM.\n   */\n");
      out.append("  static final String PLACE_CODES =\n      \"");
      for (Row r : tables.get("places").rows()) {
        out.append(r.get("code"));
      }
      out.append("\";\n\n");
      out.append("  private BundledTables() {}\n\n");
      out.append("  /**\n   * The rows of a table as tab-separated lines, header first, in chunks that each end on a\n"
          + "   * line break (a class-file constant holds at most 64 KiB).\n   */\n");
      out.append("  static String[] chunks(String table) {\n    switch (table) {\n");
      for (String name : names) {
        out.append("      case \"").append(name).append("\":\n        return ").append(methodName(name))
            .append("();\n");
      }
      out.append("      default:\n        throw new IllegalArgumentException(\"table: no table named \" + table);\n");
      out.append("    }\n  }\n");
      for (String name : names) {
        Table t = tables.get(name);
        List<String> chunks = chunk(t);
        // A large table's constants go into a class of their own, loaded on the table's first use only, so
        // that they do not lengthen loading the class every first evaluation needs.
        boolean own = chunks.size() * MAX_CHUNK_BYTES > OWN_CLASS_BYTES;
        String indent = own ? "    " : "  ";
        out.append('\n');
        if (own) {
          out.append("  private static final class ").append(holderName(name)).append(" {\n");
          out.append("    static String[] chunks() {\n");
        } else {
          out.append("  private static String[] ").append(methodName(name)).append("() {\n");
        }
        out.append(indent).append("  return new String[] {\n");
        for (int i = 0; i < chunks.size(); i++) {
          out.append(indent).append("    ").append(javaString(chunks.get(i)))
              .append(i + 1 < chunks.size() ? ",\n" : "\n");
        }
        out.append(indent).append("  };\n").append(indent).append("}\n");
        if (own) {
          out.append("  }\n\n  private static String[] ").append(methodName(name)).append("() {\n    return ")
              .append(holderName(name)).append(".chunks();\n  }\n");
        }
      }
      out.append("}\n");
      return out.toString();
    }

    private static String holderName(String table) {
      String m = methodName(table);
      return Character.toUpperCase(m.charAt(0)) + m.substring(1) + "Table";
    }

    private static String methodName(String table) {
      StringBuilder b = new StringBuilder();
      boolean upper = false;
      for (char c : table.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          b.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return b.toString();
    }

    private static List<String> chunk(Table t) {
      List<String> chunks = new ArrayList<>();
      StringBuilder current = new StringBuilder(String.join("\t", t.columns())).append('\n');
      int bytes = utf8Length(current);
      for (Row r : t.rows()) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
          line.append(i == 0 ? "" : "\t").append(r.get(t.columns().get(i)));
        }
        line.append('\n');
        int lineBytes = utf8Length(line);
        if (bytes + lineBytes > MAX_CHUNK_BYTES) {
          chunks.add(current.toString());
          current = new StringBuilder();
          bytes = 0;
        }
        current.append(line);
        bytes += lineBytes;
      }
      chunks.add(current.toString());
      return chunks;
    }

    private static int utf8Length(CharSequence s) {
      return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String javaString(String s) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '\n':
            b.append("\\n");
            break;
          case '\t':
            b.append("\\t");
            break;
          case '"':
            b.append("\\\"");
            break;
          case '\\':
            b.append("\\\\");
            break;
          default:
            if (c < 0x20 || c > 0x7e) {
              b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              b.append(c);
            }
        }
      }
      return b.append('"').toString();
    }

    /** Every table as CSV ({@link TableExports#csv}), by file name. */
    public Map<String, String> csvExports() {
      Map<String, String> out = new LinkedHashMap<>();
      tables.forEach((name, t) -> out.put(name + ".csv", TableExports.csv(TableDefinitions.of(name), cells(t))));
      return out;
    }

    /** Every table as JSON ({@link TableExports#json}, with the data version and as-of day), by file name. */
    public Map<String, String> jsonExports() {
      Map<String, String> out = new LinkedHashMap<>();
      tables.forEach((name, t) ->
          out.put(name + ".json", TableExports.json(TableDefinitions.of(name), dataVersion, asOf, cells(t))));
      return out;
    }

    /** The Frictionless Data Package descriptor of the exports ({@link TableExports#dataPackage}). */
    public String dataPackage() {
      return TableExports.dataPackage(dataVersion, asOf);
    }

    private static List<List<String>> cells(Table t) {
      List<List<String>> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (String c : t.columns()) {
          cells.add(r.get(c));
        }
        rows.add(cells);
      }
      return rows;
    }

    /** Writes {@code BundledTables.java} under {@code javaDir} and the exports under {@code resourcesDir}. */
    public void writeTo(Path javaDir, Path resourcesDir) {
      try {
        Path pkg = javaDir.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(pkg);
        writeIfChanged(pkg.resolve("BundledTables.java"), javaSource());
        Path export = resourcesDir.resolve(EXPORT_DIR);
        Files.createDirectories(export);
        Map<String, String> files = new TreeMap<>();
        files.putAll(csvExports());
        files.putAll(jsonExports());
        files.put(TableExports.DATA_PACKAGE, dataPackage());
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> e : files.entrySet()) {
          writeIfChanged(export.resolve(e.getKey()), e.getValue());
          index.append(e.getKey()).append('\n');
        }
        writeIfChanged(export.resolve("INDEX"), index.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void writeIfChanged(Path file, String content) throws IOException {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return; // keeps the timestamp, so an unchanged table does not recompile the module
      }
      Files.write(file, bytes);
    }
  }
}
