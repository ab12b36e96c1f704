package io.github.transitpolicy.data.internal;

/**
 * Six-digit codes written one after another, as the table compiler writes the place codes: read into
 * numbers without cutting the string, which in a fresh JVM is several times cheaper than splitting
 * the place table into lines.
 */
final class FixedWidthCodes {
  static final int WIDTH = 6;

  private FixedWidthCodes() {}

  /**
   * The codes as numbers, in order.
   *
   * @throws IllegalStateException if the length is not a multiple of six or a character is not a digit
   */
  static int[] parse(String codes) {
    if (codes.length() % WIDTH != 0) {
      throw new IllegalStateException("place codes: length " + codes.length() + " is not a multiple of " + WIDTH);
    }
    int[] out = new int[codes.length() / WIDTH];
    for (int i = 0; i < out.length; i++) {
      int v = read(codes, i * WIDTH);
      if (v < 0) {
        int at = i * WIDTH;
        while (codes.charAt(at) >= '0' && codes.charAt(at) <= '9') {
          at++;
        }
        throw new IllegalStateException("place codes: not a digit at " + at);
      }
      out[i] = v;
    }
    return out;
  }

  /**
   * The six-digit code at {@code start}, or -1 if one of its six characters is not an ASCII digit.
   * The caller makes sure six characters follow.
   */
  static int read(String s, int start) {
    int v = 0;
    for (int k = start, end = start + WIDTH; k < end; k++) {
      int d = s.charAt(k) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
