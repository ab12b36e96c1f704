package io.github.transitpolicy.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A GB/T 2260 administrative division code of mainland China, Hong Kong, Macao or Taiwan: six ASCII
 * digits, for example {@code 320000} (Jiangsu province), {@code 320500} (Suzhou, a prefecture-level
 * city) or {@code 320506} (Wuzhong district, county level).
 *
 * <p>Instances are immutable; equality, hash code, ordering and {@link #toString()} are those of
 * the six-digit {@link #value()}.
 */
public final class PlaceCode implements Comparable<PlaceCode> {

  /** Indexed by the first two digits: true for the province codes in use in GB/T 2260. */
  private static final boolean[] PROVINCE_PREFIXES = new boolean[100];

  static {
    int[] provinces = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
      52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82
    };
    for (int p : provinces) {
      PROVINCE_PREFIXES[p] = true;
    }
  }

  private final String value;
  private final int code;

  private PlaceCode(String value, int code) {
    this.value = value;
    this.code = code;
  }

  /**
   * Returns the code for a six-digit GB/T 2260 division code.
   *
   * @param value exactly six ASCII digits whose first two are a province code (11 to 65, 71, 81 or
   *     82); surrounding whitespace is ignored
   * @return the place code
   * @throws NullPointerException if {@code value} is null (message {@code "place code"})
   * @throws IllegalArgumentException if {@code value} is not such a code; the message names the
   *     field and the value
   */
  public static PlaceCode of(String value) {
    Objects.requireNonNull(value, "place code");
    String v = value.strip();
    if (v.length() != 6) {
      throw invalid(value, "must be 6 digits");
    }
    int code = 0;
    for (int i = 0; i < 6; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(value, "must be 6 digits");
      }
      code = code * 10 + (c - '0');
    }
    if (!PROVINCE_PREFIXES[code / 10000]) {
      throw invalid(value, "does not start with a province code");
    }
    return new PlaceCode(v, code);
  }

  private static IllegalArgumentException invalid(String value, String why) {
    return new IllegalArgumentException("place code: \"" + value + "\" " + why);
  }

  /**
   * Returns whether the code names a place of mainland China: false for Taiwan (71), Hong Kong (81)
   * and Macao (82), which lie outside every mainland regime's area.
   *
   * @return true for a mainland code
   */
  public boolean mainland() {
    int province = code / 10000;
    return province != 71 && province != 81 && province != 82;
  }

  /**
   * Returns the six-digit code.
   *
   * @return the code, for example {@code "320500"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the administrative level this code denotes.
   *
   * @return {@link PlaceLevel#PROVINCE} for {@code xx0000}, {@link PlaceLevel#PREFECTURE} for
   *     {@code xxxx00}, otherwise {@link PlaceLevel#COUNTY}
   */
  public PlaceLevel level() {
    if (code % 10000 == 0) {
      return PlaceLevel.PROVINCE;
    }
    return code % 100 == 0 ? PlaceLevel.PREFECTURE : PlaceLevel.COUNTY;
  }

  /**
   * Returns the province this code lies in.
   *
   * @return the province code (first two digits followed by {@code 0000}); this code itself if it
   *     is a province code
   */
  public PlaceCode province() {
    return truncate(10000);
  }

  /**
   * Returns the prefecture-level division this code lies in.
   *
   * @return the prefecture code (first four digits followed by {@code 00}); this code itself if it
   *     is a prefecture or province code
   */
  public PlaceCode prefecture() {
    return truncate(100);
  }

  /**
   * Tells whether this code lies within another: equal to it, or a division below it.
   *
   * @param other the possibly enclosing code
   * @return true if {@code other} is this code, or the province or prefecture this code lies in
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isWithin(PlaceCode other) {
    int o = other.code;
    if (o == code) {
      return true;
    }
    if (o % 10000 == 0) {
      return code / 10000 == o / 10000;
    }
    return o % 100 == 0 && code / 100 == o / 100;
  }

  private PlaceCode truncate(int unit) {
    int t = code / unit * unit;
    return t == code ? this : new PlaceCode(String.valueOf(t), t);
  }

  /**
   * Returns the six digits as a number: a key for sorted tables and arrays, parsed once when the
   * code was made.
   *
   * @return the code as an int, for example {@code 320500} for {@code "320500"}
   */
  public int intValue() {
    return code;
  }

  @Override
  public int compareTo(PlaceCode o) {
    return Integer.compare(code, o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlaceCode && ((PlaceCode) o).code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  /**
   * Returns the six-digit code.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
