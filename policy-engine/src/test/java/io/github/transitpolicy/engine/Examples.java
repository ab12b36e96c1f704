package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Trip;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.NullMarked;

/** Compiles a documentation example against the library and runs it: see the *ExamplesTest classes. */
final class Examples {

  private Examples() {}

  /**
   * Wraps {@code body} in a method that returns {@code returned}, compiles it with the library on the
   * class path, runs it and returns what it returned.
   */
  static Object compileAndRun(Path dir, String body, String returned) throws Exception {
    return compileAndRun(dir,
        "import io.github.transitpolicy.data.*;\n"
            + "import io.github.transitpolicy.engine.*;\n"
            + "import io.github.transitpolicy.model.*;\n"
            + "import java.time.*;\n",
        body, returned);
  }

  /**
   * As {@link #compileAndRun(Path, String, String)}, with the example's own import declarations
   * instead of the library's packages on demand: the example must name everything it uses.
   */
  static Object compileAndRun(Path dir, String imports, String body, String returned) throws Exception {
    String source = "package doc;\n"
        + imports
        + "public class Example {\n"
        + "  public static Object run() {\n"
        + body
        + "    return " + returned + ";\n"
        + "  }\n"
        + "}\n";
    Path file = dir.resolve("doc/Example.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    String classPath = String.join(File.pathSeparator,
        location(TransitPolicy.class), location(Trip.class), location(Catalogue.class), location(NullMarked.class));
    // javax.tools through reflection: the tests are compiled into the engine module, which does not read
    // java.compiler.
    Object javac = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
    Method compile = Class.forName("javax.tools.Tool").getMethod("run",
        java.io.InputStream.class, java.io.OutputStream.class, java.io.OutputStream.class, String[].class);
    int status = (int) compile.invoke(javac, null, null, null,
        new String[] {"-d", dir.toString(), "-cp", classPath, file.toString()});
    assertEquals(0, status, "the example compiles:\n" + source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Examples.class.getClassLoader())) {
      return loader.loadClass("doc.Example").getMethod("run").invoke(null);
    }
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
