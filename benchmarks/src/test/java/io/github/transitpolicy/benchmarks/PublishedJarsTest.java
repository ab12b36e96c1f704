package io.github.transitpolicy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Every published jar (model, data, engine) carries the repository's LICENSE and NOTICE under
 * META-INF/, and the NOTICE names the project's licence and the licence of the data it bundles.
 * The data jar checked is the one StoreClasses rewrote.
 */
class PublishedJarsTest {

  private static final Path ROOT = Path.of("..");

  private static List<Path> libraryJars() throws Exception {
    List<Path> jars = new ArrayList<>();
    for (Path entry : ConsumerClassPath.entries()) {
      if (ConsumerClassPath.artifactOf(entry).startsWith("policy-")) {
        jars.add(entry);
      }
    }
    assertEquals(3, jars.size(), jars.toString());
    return jars;
  }

  private static byte[] read(JarFile jar, String name) throws Exception {
    ZipEntry e = jar.getEntry(name);
    assertNotNull(e, jar.getName() + " holds " + name);
    try (InputStream in = jar.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyJarHoldsTheLicenceAndTheNotice() throws Exception {
    byte[] license = Files.readAllBytes(ROOT.resolve("LICENSE"));
    byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));
    for (Path path : libraryJars()) {
      try (JarFile jar = new JarFile(path.toFile())) {
        assertArrayEquals(license, read(jar, "META-INF/LICENSE"), path + " META-INF/LICENSE");
        assertArrayEquals(notice, read(jar, "META-INF/NOTICE"), path + " META-INF/NOTICE");
      }
    }
  }

  @Test
  void theNoticeNamesTheProjectAndTheDataLicences() throws Exception {
    String notice = Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8);
    for (String needle : List.of("Apache License, Version 2.0", "GB/T 2260",
        "modood/Administrative-divisions-of-China", "WTFPL")) {
      assertTrue(notice.contains(needle), needle);
    }
    String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004"), "LICENSE");
  }
}
