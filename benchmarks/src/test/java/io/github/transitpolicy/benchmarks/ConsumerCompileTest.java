package io.github.transitpolicy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles with {@code -Xlint:all -Werror} against exactly the jars the POMs give
 * it builds without a warning. The published classes once carried
 * {@code @Value.Immutable(builder = false)}: class-retained, with an element, and the Immutables jar
 * is not on a consumer's path, so javac warned "Cannot find annotation method 'builder()'".
 */
class ConsumerCompileTest {

  private static final List<String> STRICT = List.of("--release", "17", "-Xlint:all", "-Werror");

  /** The quick start, and a use of every public type of the three exported packages. */
  private static String consumerSource() throws Exception {
    StringBuilder literals = new StringBuilder();
    for (String type : publicTypes()) {
      literals.append("      ").append(type).append(".class,\n");
    }
    return "package demo;\n"
        + "\n"
        + "import io.github.transitpolicy.data.Catalogue;\n"
        + "import io.github.transitpolicy.engine.TransitPolicy;\n"
        + "import io.github.transitpolicy.model.Arrival;\n"
        + "import io.github.transitpolicy.model.CountryCode;\n"
        + "import io.github.transitpolicy.model.Departure;\n"
        + "import io.github.transitpolicy.model.Evaluation;\n"
        + "import io.github.transitpolicy.model.Finding;\n"
        + "import io.github.transitpolicy.model.PlaceCode;\n"
        + "import io.github.transitpolicy.model.Purpose;\n"
        + "import io.github.transitpolicy.model.TravelDocument;\n"
        + "import io.github.transitpolicy.model.Traveller;\n"
        + "import io.github.transitpolicy.model.Trip;\n"
        + "import java.time.LocalDate;\n"
        + "import java.time.LocalDateTime;\n"
        + "import java.util.List;\n"
        + "\n"
        + "/** A consumer of the library. */\n"
        + "public final class Consumer {\n"
        + "\n"
        + "  /** Every public type of the library. */\n"
        + "  public static final List<Class<?>> TYPES = List.of(\n"
        + literals
        + "      Consumer.class);\n"
        + "\n"
        + "  private Consumer() {}\n"
        + "\n"
        + "  /**\n"
        + "   * Checks the README's trip.\n"
        + "   *\n"
        + "   * @return the codes of the findings\n"
        + "   */\n"
        + "  public static String check() {\n"
        + "    Trip trip = Trip.builder()\n"
        + "        .traveller(Traveller.of(CountryCode.of(\"US\"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))\n"
        + "        .arrival(Arrival.of(\"PVG\", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of(\"KR\")))\n"
        + "        .departure(Departure.of(\"PEK\", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of(\"JP\"))\n"
        + "            .withOnwardTicketConfirmed(true))\n"
        + "        .purpose(Purpose.TOURISM)\n"
        + "        .addVisits(PlaceCode.of(\"320500\"))\n"
        + "        .build();\n"
        + "    Evaluation result = TransitPolicy.bundled().evaluate(trip);\n"
        + "    StringBuilder codes = new StringBuilder(result.verdict().name());\n"
        + "    for (Finding f : result.findings()) {\n"
        + "      codes.append(' ').append(f.code());\n"
        + "    }\n"
        + "    codes.append(' ').append(result.permittedArea()).append(' ').append(result.arrivalCard());\n"
        + "    return codes.append(' ').append(Catalogue.bundled().port(\"PVG\")).toString();\n"
        + "  }\n"
        + "}\n";
  }

  /** The public types (nested ones too) of the library's exported packages, by canonical name. */
  static List<String> publicTypes() throws Exception {
    TreeSet<String> names = new TreeSet<>();
    for (Path entry : ConsumerClassPath.entries()) {
      if (!ConsumerClassPath.artifactOf(entry).startsWith("policy-")) {
        continue;
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (ZipEntry e : Collections.list(jar.entries())) {
          String name = e.getName();
          if (!name.endsWith(".class") || name.contains("/internal/") || name.endsWith("module-info.class")
              || name.endsWith("package-info.class")) {
            continue;
          }
          Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
              ConsumerCompileTest.class.getClassLoader());
          if (type.getCanonicalName() != null && isPublicAllTheWayOut(type)) {
            names.add(type.getCanonicalName());
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean isPublicAllTheWayOut(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** Compiles one source file; returns whether javac succeeded and every diagnostic it gave. */
  private static Result compile(Path dir, String className, String source, List<String> options,
      Path... moreSources) throws IOException {
    Path file = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(options);
      all.addAll(List.of("-d", out.toString()));
      List<Path> sources = new ArrayList<>(List.of(moreSources));
      sources.add(file);
      boolean ok = javac.getTask(null, files, diagnostics, all, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> said = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      return new Result(ok, said);
    }
  }

  private static final class Result {
    final boolean ok;
    final List<String> diagnostics;

    Result(boolean ok, List<String> diagnostics) {
      this.ok = ok;
      this.diagnostics = diagnostics;
    }
  }

  @Test
  void theConsumerClassPathIsTheLibraryAndJSpecifyAsBuiltJars() throws IOException {
    TreeSet<String> artifacts = new TreeSet<>();
    for (Path entry : ConsumerClassPath.entries()) {
      assertTrue(Files.isRegularFile(entry) && entry.toString().endsWith(".jar"), "a jar: " + entry);
      artifacts.add(ConsumerClassPath.artifactOf(entry));
    }
    // The house rule: the only runtime dependency of the published jars is JSpecify.
    assertEquals(new TreeSet<>(List.of("jspecify", "policy-data", "policy-engine", "policy-model")), artifacts);
  }

  @Test
  void theLibraryHasPublicTypesToUse() throws Exception {
    List<String> types = publicTypes();
    assertTrue(types.size() > 40, types.toString());
    assertTrue(types.containsAll(List.of("io.github.transitpolicy.model.Trip.Builder",
        "io.github.transitpolicy.model.Departure", "io.github.transitpolicy.data.Catalogue",
        "io.github.transitpolicy.engine.TransitPolicy")), types.toString());
  }

  @Test
  void aStrictConsumerCompilesWithoutAWarning(@TempDir Path dir) throws Exception {
    List<String> options = new ArrayList<>(STRICT);
    options.addAll(List.of("-cp", ConsumerClassPath.asString()));
    Result r = compile(dir, "demo.Consumer", consumerSource(), options);
    assertEquals(List.of(), r.diagnostics);
    assertTrue(r.ok);
  }

  @Test
  void aStrictModularConsumerCompilesWithoutAWarning(@TempDir Path dir) throws Exception {
    Path module = Files.createDirectories(dir.resolve("src"));
    Files.writeString(module.resolve("module-info.java"),
        "/** A modular consumer. */\nmodule demo {\n  requires io.github.transitpolicy.engine;\n}\n");
    List<String> options = new ArrayList<>(STRICT);
    options.addAll(List.of("--module-path", ConsumerClassPath.asString()));
    Result r = compile(dir, "demo.Consumer", consumerSource(), options, module.resolve("module-info.java"));
    assertEquals(List.of(), r.diagnostics);
    assertTrue(r.ok);
  }

  /**
   * The consumer's javadoc reads more of the library's class files than javac (annotation types'
   * own annotations, for one) and must not warn either.
   */
  @Test
  void aStrictConsumersJavadocHasNoWarning(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("src/demo/Consumer.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, consumerSource(), StandardCharsets.UTF_8);
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-Xdoclint:all", "-Werror", "-quiet",
          "-cp", ConsumerClassPath.asString(), "-d", dir.resolve("doc").toString());
      boolean ok = javadoc.getTask(null, files, diagnostics, null, options, files.getJavaFileObjects(file)).call();
      List<String> said = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      assertEquals(List.of(), said);
      assertTrue(ok);
    }
  }

  /** The check can fail: -Werror turns a warning into a failed compilation on this class path. */
  @Test
  void theOptionsRefuseAWarning(@TempDir Path dir) throws Exception {
    List<String> options = new ArrayList<>(STRICT);
    options.addAll(List.of("-cp", ConsumerClassPath.asString()));
    Result r = compile(dir, "demo.Raw", "package demo;\n/** Raw. */\npublic final class Raw {\n"
        + "  private Raw() {}\n"
        + "  /** @return a raw list */\n"
        + "  public static java.util.List<?> raw() { java.util.List l = new java.util.ArrayList(); l.add(1); return l; }\n"
        + "}\n", options);
    assertFalse(r.ok, r.diagnostics.toString());
  }

  /**
   * The check can fail for the reason it exists: a class-retained annotation with an element, whose
   * type is absent from the consumer's path, fails a {@code -Werror} build.
   */
  @Test
  void aMissingAnnotationWithAnElementIsCaught(@TempDir Path dir) throws Exception {
    Path lib = dir.resolve("lib");
    Result made = compile(lib, "lib.Annotated",
        "package lib;\n"
            + "@Annotated.Marker(flag = false)\n"
            + "public abstract class Annotated {\n"
            + "  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
            + "  public @interface Marker { boolean flag() default true; }\n"
            + "}\n",
        List.of("--release", "17"));
    assertTrue(made.ok, made.diagnostics.toString());
    Files.delete(lib.resolve("out/lib/Annotated$Marker.class"));
    Result r = compile(dir.resolve("consumer"), "demo.User",
        "package demo;\n/** User. */\npublic final class User {\n  private User() {}\n"
            + "  /** @return the type */\n  public static Class<?> type() { return lib.Annotated.class; }\n}\n",
        List.of("--release", "17", "-Xlint:all", "-Werror", "-cp", lib.resolve("out").toString()));
    assertFalse(r.ok, r.diagnostics.toString());
    assertTrue(r.diagnostics.toString().contains("flag()"), r.diagnostics.toString());
  }
}
