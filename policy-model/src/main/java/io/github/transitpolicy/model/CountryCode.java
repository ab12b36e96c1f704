package io.github.transitpolicy.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A nationality or the country or region a traveller comes from or goes to: an ISO 3166-1 country,
 * or one of the ICAO 9303 nationality codes found in passports.
 *
 * <p>{@link #of(String)} accepts ISO 3166-1 alpha-2 and alpha-3 codes in any case, and the ICAO
 * 9303 codes: {@code D} for Germany, {@code GBR} for a British citizen, the British national
 * subtypes {@code GBD}, {@code GBN}, {@code GBO}, {@code GBP} and {@code GBS}, the organisations
 * {@code UNO}, {@code UNA}, {@code UNK}, {@code XOM}, {@code XPO} and {@code EUE}, {@code XXA}
 * (stateless), {@code XXB} and {@code XXC} (refugees), {@code XXX} (unspecified) and {@code RKS}
 * (Kosovo, normalised to {@code XK}).
 *
 * <p>Instances are cached: {@code of} allocates nothing, and two codes are equal exactly when
 * their {@link #code()} is. {@link #toString()} returns the code.
 */
public final class CountryCode {

  /** What a code denotes. */
  public enum Kind {
    /** A country (ISO 3166-1, and Kosovo {@code XK}). */
    COUNTRY,
    /** A region with its own code: Hong Kong, Macao, Taiwan. */
    REGION,
    /** A British national other than a British citizen ({@code GBD}, {@code GBN}, ...). */
    BRITISH_NATIONAL,
    /** An international organisation issuing travel documents ({@code UNO}, {@code EUE}, ...). */
    ORGANISATION,
    /** A stateless person ({@code XXA}). */
    STATELESS,
    /** A refugee ({@code XXB}, {@code XXC}). */
    REFUGEE,
    /** Unspecified nationality ({@code XXX}). */
    UNSPECIFIED
  }

  private final String code;
  private final Kind kind;
  private final String alpha3;
  private final @Nullable CountryCode sovereign;
  private final @Nullable String nameEn;
  private final @Nullable String nameZh;
  /** Whether this is {@code CN}: asked of every trip, so decided once. */
  private final boolean mainlandChina;

  private CountryCode(
      String code,
      Kind kind,
      String alpha3,
      @Nullable CountryCode sovereign,
      @Nullable String nameEn,
      @Nullable String nameZh) {
    this.code = code;
    this.kind = kind;
    this.alpha3 = alpha3;
    this.sovereign = sovereign;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.mainlandChina = "CN".equals(code);
  }

  /**
   * Returns the code for an ISO 3166-1 alpha-2 or alpha-3 code or an ICAO 9303 nationality code.
   *
   * <p>Letters may be in any case; surrounding whitespace and trailing MRZ filler characters
   * ({@code <}) are ignored.
   *
   * @param code the code, for example {@code "US"}, {@code "usa"}, {@code "D"} or {@code "GBN"}
   * @return the (cached) country code
   * @throws NullPointerException if {@code code} is null (message {@code "code"})
   * @throws IllegalArgumentException if {@code code} is blank, has the wrong length, contains
   *     anything but letters, or is not a known code; the message names the field and the value
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip();
    int len = c.length();
    while (len > 0 && c.charAt(len - 1) == '<') {
      len--;
    }
    @Nullable CountryCode result = null;
    if (len == 1) {
      int a = letter(c.charAt(0));
      if (a == 'D' - 'A') {
        result = Registry.GERMANY;
      }
    } else if (len == 2) {
      int a = letter(c.charAt(0));
      int b = letter(c.charAt(1));
      if (a >= 0 && b >= 0) {
        result = Registry.BY_ALPHA2[a * 26 + b];
      }
    } else if (len == 3) {
      int a = letter(c.charAt(0));
      int b = letter(c.charAt(1));
      int d = letter(c.charAt(2));
      if (a >= 0 && b >= 0 && d >= 0) {
        result = Registry.BY_ALPHA3[(a * 26 + b) * 26 + d];
      }
    }
    if (result == null) {
      throw new IllegalArgumentException(
          "country code: \""
              + code
              + "\" is not an ISO 3166-1 alpha-2/alpha-3 or ICAO 9303 code");
    }
    return result;
  }

  /** Returns 0..25 for an ASCII letter of either case, else -1. */
  private static int letter(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return -1;
  }

  /**
   * Returns the normalised code.
   *
   * @return the ISO 3166-1 alpha-2 code for countries and regions (including {@code XK} for
   *     Kosovo), otherwise the ICAO 9303 code (for example {@code GBN} or {@code XXA})
   */
  public String code() {
    return code;
  }

  /**
   * Returns what this code denotes.
   *
   * @return the kind of code
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the sovereign state of a British national subtype.
   *
   * @return {@code GB} for {@code GBD}, {@code GBN}, {@code GBO}, {@code GBP} and {@code GBS};
   *     empty for every other code
   */
  public Optional<CountryCode> sovereign() {
    return Optional.ofNullable(sovereign);
  }

  /**
   * Tells whether this is mainland China.
   *
   * @return true for {@code CN} only (not Hong Kong, Macao or Taiwan)
   */
  public boolean isMainlandChina() {
    return mainlandChina;
  }

  /**
   * Tells whether this is Hong Kong, Macao or Taiwan.
   *
   * @return true for {@code HK}, {@code MO} and {@code TW}
   */
  public boolean isChineseRegion() {
    return kind == Kind.REGION;
  }

  /**
   * Returns the three-letter code.
   *
   * @return the ISO 3166-1 alpha-3 code of a country or region, {@code RKS} for Kosovo, otherwise
   *     the ICAO 9303 code itself; {@code CountryCode.of(alpha3())} is always this code
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * Returns the name of this country, region or nationality in a language.
   *
   * <p>Hong Kong, Macao and Taiwan are named as regions of China ("Hong Kong SAR, China (region)",
   * "中国香港特别行政区（地区）"). ICAO special codes have fixed English and Chinese names (for
   * example "Stateless person", "无国籍人"); other codes are named by the JDK's locale data.
   *
   * @param locale the language; Chinese for language {@code zh}, English for the special codes in
   *     any other language
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  public String displayName(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    if (nameEn != null && nameZh != null) {
      return zh ? nameZh : nameEn;
    }
    return new Locale("", code).getDisplayCountry(locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CountryCode && ((CountryCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the normalised code.
   *
   * @return {@link #code()}
   */
  @Override
  public String toString() {
    return code;
  }

  /** Lookup tables, built once on first use. */
  private static final class Registry {
    static final CountryCode[] BY_ALPHA2 = new CountryCode[26 * 26];
    static final CountryCode[] BY_ALPHA3 = new CountryCode[26 * 26 * 26];
    static final CountryCode GERMANY;

    static {
      for (String a2 : Locale.getISOCountries()) {
        String a3 = iso3(a2);
        Kind kind = Kind.COUNTRY;
        @Nullable String en = null;
        @Nullable String zh = null;
        switch (a2) {
          case "HK":
            kind = Kind.REGION;
            en = "Hong Kong SAR, China (region)";
            zh = "中国香港特别行政区（地区）";
            break;
          case "MO":
            kind = Kind.REGION;
            en = "Macao SAR, China (region)";
            zh = "中国澳门特别行政区（地区）";
            break;
          case "TW":
            kind = Kind.REGION;
            en = "Taiwan, China (region)";
            zh = "中国台湾（地区）";
            break;
          default:
            break;
        }
        CountryCode cc = new CountryCode(a2, kind, a3 == null ? a2 : a3, null, en, zh);
        put2(cc);
        if (a3 != null) {
          put3(a3, cc);
        }
      }
      CountryCode kosovo = new CountryCode("XK", Kind.COUNTRY, "RKS", null, "Kosovo", "科索沃");
      put2(kosovo);
      put3("RKS", kosovo);
      CountryCode gb = BY_ALPHA2[index("GB")];
      special("GBD", Kind.BRITISH_NATIONAL, gb, "British Overseas Territories citizen", "英国海外领土公民");
      special("GBN", Kind.BRITISH_NATIONAL, gb, "British National (Overseas)", "英国国民（海外）");
      special("GBO", Kind.BRITISH_NATIONAL, gb, "British Overseas citizen", "英国海外公民");
      special("GBP", Kind.BRITISH_NATIONAL, gb, "British protected person", "英国受保护人");
      special("GBS", Kind.BRITISH_NATIONAL, gb, "British subject", "英国臣民");
      special("UNO", Kind.ORGANISATION, null, "United Nations official", "联合国官员");
      special(
          "UNA",
          Kind.ORGANISATION,
          null,
          "Official of a United Nations specialized agency",
          "联合国专门机构官员");
      special(
          "UNK",
          Kind.ORGANISATION,
          null,
          "Resident of Kosovo (UNMIK travel document)",
          "科索沃居民（联合国科索沃临时行政当局旅行证件）");
      special("XOM", Kind.ORGANISATION, null, "Sovereign Military Order of Malta", "马耳他主权军事教团");
      special("XPO", Kind.ORGANISATION, null, "INTERPOL", "国际刑警组织");
      special("EUE", Kind.ORGANISATION, null, "European Union", "欧洲联盟");
      special("XXA", Kind.STATELESS, null, "Stateless person", "无国籍人");
      special("XXB", Kind.REFUGEE, null, "Refugee (1951 Convention)", "难民（1951年公约）");
      special("XXC", Kind.REFUGEE, null, "Refugee (other)", "难民（其他）");
      special("XXX", Kind.UNSPECIFIED, null, "Unspecified nationality", "国籍不明");
      GERMANY = BY_ALPHA2[index("DE")];
    }

    private Registry() {}

    private static @Nullable String iso3(String a2) {
      try {
        String a3 = new Locale("", a2).getISO3Country();
        return a3.length() == 3 ? a3 : null;
      } catch (MissingResourceException e) {
        return null;
      }
    }

    private static void special(
        String code, Kind kind, @Nullable CountryCode sovereign, String en, String zh) {
      put3(code, new CountryCode(code, kind, code, sovereign, en, zh));
    }

    private static void put2(CountryCode cc) {
      BY_ALPHA2[index(cc.code)] = cc;
    }

    private static void put3(String a3, CountryCode cc) {
      BY_ALPHA3[index(a3)] = cc;
    }

    private static int index(String upper) {
      int i = 0;
      for (int k = 0; k < upper.length(); k++) {
        i = i * 26 + (upper.charAt(k) - 'A');
      }
      return i;
    }
  }
}
