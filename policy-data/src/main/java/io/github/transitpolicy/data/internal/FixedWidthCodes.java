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
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      int v = 0;
      for (int end = k + WIDTH; k < end; k++) {
        int d = codes.charAt(k) - '0';
        if (d < 0 || d > 9) {
          throw new IllegalStateException("place codes: not a digit at " + k);
        }
        v = v * 10 + d;
      }
      out[i] = v;
    }
    return out;
  }
}
