package io.github.transitpolicy.engine.internal.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Where the commands' results go: a results file written to a temporary file beside it and moved into
 * place only when complete (forced to disk first with {@code --fsync}), never the input under another
 * name; and I/O failures in words a user can act on.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** An I/O failure as a user can act on it: the file and what went wrong. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ((NoSuchFileException) e).getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason();
      return f.getFile() + ": " + (reason != null ? reason : e.getClass().getSimpleName());
    }
    String message = e.getMessage();
    return message != null ? message : e.getClass().getSimpleName();
  }

  /**
   * Refuses an input that is a directory, naming it: reading one fails with the system's bare "Is a
   * directory", which names no file.
   *
   * @param what what the file should hold, for the message ("trips")
   */
  static void requireNotDirectory(Path in, String what) throws FileSystemException {
    if (Files.isDirectory(in)) {
      throw new FileSystemException(in.toString(), null, "is a directory, not a file of " + what);
    }
  }

  /**
   * Where the results go: the real file behind {@code out} when it exists (so a link to the results
   * keeps pointing at them), refused when that is the input file itself, by any name or link, or a
   * directory or a file that cannot be written (named as given).
   *
   * @param in the input file, or null for the standard input
   */
  static Path outputTarget(@Nullable Path in, Path out) throws UsageException, IOException {
    if (!Files.exists(out)) {
      return out.toAbsolutePath();
    }
    if (in != null && Files.exists(in) && Files.isSameFile(in, out)) {
      throw new UsageException("--out " + out + " is the input file " + in
          + " (the same file, by name or through a link): the input is never overwritten; choose another file");
    }
    if (Files.isDirectory(out)) {
      throw new FileSystemException(out.toString(), null, "is a directory, not a file for the results");
    }
    if (!Files.isWritable(out)) {
      throw new AccessDeniedException(out.toString());
    }
    return out.toRealPath();
  }

  /** Writes the results; {@link #writeAtomically} keeps them only when this returns normally. */
  interface WriteAction {
    void writeTo(Writer writer) throws IOException, InputException;
  }

  /** Writes the results as bytes; {@link #writeBytesAtomically} keeps them only when this returns normally. */
  interface ByteWriteAction {
    void writeTo(OutputStream stream) throws IOException, InputException;
  }

  /** {@link #writeAtomically(Path, boolean, WriteAction)} without forcing to disk. */
  static void writeAtomically(Path target, WriteAction action) throws IOException, InputException {
    writeAtomically(target, false, action);
  }

  /** {@link #writeBytesAtomically} through a UTF-8 writer. */
  static void writeAtomically(Path target, boolean fsync, WriteAction action) throws IOException, InputException {
    writeBytesAtomically(target, fsync, stream -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      action.writeTo(writer);
      writer.flush();
    });
  }

  /**
   * Writes {@code target} through a temporary file in its directory, moved into place only when
   * {@code action} completes, so that a failure leaves the target as it was and no partial file.
   *
   * @param fsync whether the file is forced to disk before the move (a power cut cannot then leave the
   *     target without its content)
   */
  static void writeBytesAtomically(Path target, boolean fsync, ByteWriteAction action)
      throws IOException, InputException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new FileSystemException(target.toString(), null, "is not a file name");
    }
    Path temp;
    try {
      temp = createTemp(dir, name.toString());
    } catch (FileSystemException e) {
      // The user named the target, not our temporary file: say which one cannot be written.
      String reason = e.getReason();
      throw new FileSystemException(absolute.toString(), null, "cannot create a file in " + dir + ": "
          + (reason != null ? reason : e.getClass().getSimpleName()));
    }
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        action.writeTo(stream);
        stream.flush();
        // On disk before the rename, so that a power cut cannot leave the new name with no content. Not
        // by default: like sort -o and sed -i, the rename alone protects from every failure of the
        // program; forcing 1.7 GB of results to this machine's disk took 4 s of a 10 s batch.
        if (fsync) {
          channel.force(true);
        }
      }
      if (Files.exists(absolute) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The original failure is what the user must see; a stray hidden temporary file is not.
        }
      }
    }
  }

  /** A new empty hidden file beside the target, with the default permissions of a new file. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 9) {
          throw e;
        }
      }
    }
  }
}
