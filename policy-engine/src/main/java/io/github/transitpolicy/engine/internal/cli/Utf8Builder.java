package io.github.transitpolicy.engine.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes for result rows: ASCII text, nearly all of it, is copied a char a
 * byte; any other text is encoded. Not thread-safe: a chunk's own.
 */
final class Utf8Builder {
  private byte[] bytes;
  private int length;

  Utf8Builder(int capacity) {
    this.bytes = new byte[capacity];
  }

  void clear() {
    length = 0;
  }

  /** The bytes so far, decoded. */
  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }


  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** Appends bytes that are ASCII. */
  Utf8Builder append(byte[] ascii) {
    ensure(ascii.length);
    System.arraycopy(ascii, 0, bytes, length, ascii.length);
    length += ascii.length;
    return this;
  }

  /** Appends an ASCII character. */
  Utf8Builder append(char ascii) {
    ensure(1);
    bytes[length++] = (byte) ascii;
    return this;
  }

  /** Appends text as UTF-8 (a lone surrogate as {@code ?}, as {@link String#getBytes} writes it). */
  Utf8Builder append(CharSequence text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        length += i;
        byte[] rest = text.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
        ensure(rest.length);
        System.arraycopy(rest, 0, bytes, length, rest.length);
        length += rest.length;
        return this;
      }
      bytes[length + i] = (byte) c;
    }
    length += n;
    return this;
  }

  /**
   * Appends a moment as {@link java.time.OffsetDateTime#toString} writes it ({@code 2025-12-12T00:00+08:00},
   * seconds only when not zero), digit by digit for the years 1000 to 9999 and whole seconds: the exit
   * deadlines a batch writes. Any other moment goes through {@code toString} itself, whose compiled
   * form was a tenth of the compiler's work in a fresh JVM.
   */
  Utf8Builder appendIso(ZonedDateTime moment) {
    int year = moment.getYear();
    if (year < 1000 || year > 9999 || moment.getNano() != 0) {
      return append(moment.toOffsetDateTime().toString());
    }
    ensure(25);
    byte[] b = bytes;
    int at = digits(b, length, year, 4);
    b[at++] = '-';
    at = digits(b, at, moment.getMonthValue(), 2);
    b[at++] = '-';
    at = digits(b, at, moment.getDayOfMonth(), 2);
    b[at++] = 'T';
    at = digits(b, at, moment.getHour(), 2);
    b[at++] = ':';
    at = digits(b, at, moment.getMinute(), 2);
    int second = moment.getSecond();
    if (second != 0) {
      b[at++] = ':';
      at = digits(b, at, second, 2);
    }
    length = at;
    return append(moment.getOffset().getId());
  }

  /** Writes {@code value}, not negative, as {@code width} digits at {@code at}; returns the end. */
  private static int digits(byte[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  /** The buffer, with room for {@code more} bytes after {@link #length()}; valid until the next append. */
  byte[] room(int more) {
    ensure(more);
    return bytes;
  }

  int length() {
    return length;
  }

  /** Ends the text at {@code length}, which is at most the bytes written into {@link #room}. */
  void setLength(int length) {
    this.length = length;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
    }
  }
}
