package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published jars store their classes uncompressed, which makes the library's first use faster
 * (README, Performance), and the data jar keeps its exports deflated. Runs where the model and data
 * modules are jars (the reactor build); skipped where they are class directories (an IDE).
 */
class StoredClassesTest {

  private static List<ZipEntry> entries(Path jar, String suffix) throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Collections.list(file.entries()).stream()
          .filter(e -> e.getName().endsWith(suffix))
          .collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "data"})
  void everyClassIsStored(String module) throws Exception {
    List<ZipEntry> classes = entries(PublishedJars.of(module), ".class");
    assertTrue(classes.size() > 20, module + " has " + classes.size() + " classes");
    TreeSet<String> deflated = classes.stream()
        .filter(e -> e.getMethod() != ZipEntry.STORED)
        .map(ZipEntry::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<String>(), deflated);
  }

  @Test
  void theExportsStayDeflated() throws Exception {
    Path jar = PublishedJars.of("data");
    for (String suffix : List.of(".csv", ".json")) {
      List<ZipEntry> exports = entries(jar, suffix);
      // 25 tables in each format, and datapackage.json, their schema
      assertEquals(suffix.equals(".json") ? 26 : 25, exports.size(), suffix);
      for (ZipEntry e : exports) {
        assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName());
      }
    }
  }
}
