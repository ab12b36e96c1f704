package io.github.transitpolicy.engine.internal.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a UTF-8 file, decoded one at a time so that malformed input is reported with its
 * line (a {@code Reader} decodes ahead in blocks and cannot say which line was bad). Lines end at
 * LF, CR LF or CR, as {@link java.io.BufferedReader#readLine} has it.
 */
final class Utf8Lines implements Closeable {
  private final InputStream in;
  private final String name;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private CharBuffer chars = CharBuffer.allocate(256);
  private int lineNumber;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  Utf8Lines(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /** The 1-based number of the line {@link #next} returned last. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its terminator, or null at the end.
   *
   * @throws InputException naming the file, the line and the byte when the line is not UTF-8
   */
  @Nullable String next() throws IOException, InputException {
    int length = 0;
    boolean any = false;
    while (position < limit || fill()) {
      any = true;
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        if ((position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
        break;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    return decode(length);
  }

  private boolean isAscii(int length) {
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private String decode(int length) throws InputException {
    if (isAscii(length)) {
      // Most batch files are plain ASCII: a copy, without the decoder's bookkeeping.
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
    }
    chars.clear();
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      StringBuilder bad = new StringBuilder();
      for (int i = bytes.position(); i < Math.min(length, bytes.position() + result.length()); i++) {
        bad.append(bad.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", line[i] & 0xFF));
      }
      throw new InputException(name + ":" + lineNumber + ": not UTF-8: byte " + (bytes.position() + 1)
          + " of the line (" + bad + ") is malformed; save the file as UTF-8");
    }
    chars.flip();
    return chars.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
