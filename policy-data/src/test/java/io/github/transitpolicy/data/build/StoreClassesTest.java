package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar rewrite stores classes, deflates the rest, and changes nothing else. */
class StoreClassesTest {

  private static final long TIME = 1_700_000_000_000L;

  @TempDir
  Path dir;

  /** A jar as the jar plugin makes it: every file deflated, in this order. */
  private Path jar() throws IOException {
    Path jar = dir.resolve("in.jar");
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "META-INF/", "");
      put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n");
      put(zip, "a/B.class", "class bytes ".repeat(100));
      put(zip, "a/export/t.csv", "code,name\n".repeat(100));
    }
    return jar;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(TIME);
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private Path rewrite(Path jar, String name) throws IOException {
    Path out = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(out)) {
      StoreClasses.rewrite(jar, o);
    }
    return out;
  }

  private static List<String> describe(Path jar) throws IOException {
    List<String> rows = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        String content;
        try (InputStream in = zip.getInputStream(e)) {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        rows.add(e.getName() + " " + (e.getMethod() == ZipEntry.STORED ? "stored" : "deflated") + " "
            + e.getTime() + " " + content.hashCode());
      }
    }
    return rows;
  }

  @Test
  void classesAreStoredAndTheRestStaysDeflatedInTheSameOrderWithTheSameContentAndTimes() throws IOException {
    Path in = jar();
    List<String> before = describe(in);
    List<String> after = describe(rewrite(in, "out.jar"));
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      String name = before.get(i).split(" ")[0];
      boolean stored = name.endsWith("/") || name.endsWith(".class");
      assertEquals(before.get(i).replace(" deflated ", stored ? " stored " : " deflated "), after.get(i));
    }
    assertEquals("a/B.class stored", after.get(2).substring(0, "a/B.class stored".length()));
    assertEquals("a/export/t.csv deflated", after.get(3).substring(0, "a/export/t.csv deflated".length()));
  }

  @Test
  void aSecondRewriteChangesNoByte() throws IOException {
    Path once = rewrite(jar(), "once.jar");
    Path twice = rewrite(once, "twice.jar");
    assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice));
  }

  @Test
  void theSameJarGivesTheSameBytes() throws IOException {
    Path in = jar();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    StoreClasses.rewrite(in, a);
    StoreClasses.rewrite(in, b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }
}
