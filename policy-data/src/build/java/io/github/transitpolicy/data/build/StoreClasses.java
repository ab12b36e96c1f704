package io.github.transitpolicy.data.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar so that its classes are stored and everything else stays deflated.
 *
 * <p>Why: the JVM reads a class from a stored entry without inflating it, and on the first use of the
 * library, which loads about a hundred classes, that is measurably faster (README, Performance). The
 * jar plugin compresses all entries or none; this jar also holds the CSV and JSON exports, which
 * deflate to a fifth of their size, so it is rewritten entry by entry instead.
 *
 * <p>Build-only, like {@link TableCompiler}: the Maven build runs this file with the JDK's single-file
 * source launcher right after the jar is made. Entries keep their order, names, times and extra
 * fields, so the output is as reproducible as the input, and a second run changes nothing.
 *
 * <p>Usage: {@code java StoreClasses.java JAR}
 */
public final class StoreClasses {

  private StoreClasses() {}

  /**
   * Rewrites the jar named by the only argument in place.
   *
   * @param args the path of the jar
   * @throws IOException if the jar cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java StoreClasses.java JAR");
    }
    Path jar = Path.of(args[0]);
    Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(rewritten)) {
      rewrite(jar, out);
    }
    Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Copies a jar's entries to {@code out}: classes stored, other files deflated, in the same order.
   *
   * @param jar the jar to read
   * @param out where the rewritten jar goes
   * @throws IOException if the jar cannot be read or written
   */
  public static void rewrite(Path jar, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry source = entries.nextElement();
        byte[] bytes;
        try (InputStream data = in.getInputStream(source)) {
          bytes = data.readAllBytes();
        }
        // The copy keeps the name, times, extra fields and comment; sizes are set anew.
        ZipEntry entry = new ZipEntry(source);
        entry.setCompressedSize(-1);
        if (stored(source)) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
          entry.setCrc(crc.getValue());
        } else {
          entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
  }

  /** Classes and directories are stored; the rest (the manifest, the exports) is deflated. */
  static boolean stored(ZipEntry entry) {
    return entry.isDirectory() || entry.getName().endsWith(".class");
  }
}
