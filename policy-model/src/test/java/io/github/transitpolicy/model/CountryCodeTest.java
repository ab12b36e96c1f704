package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({
    "US, US",
    "USA, US",
    "us, US",
    "usa, US",
    "' DE ', DE",
    "D, DE",
    "d, DE",
    "D<<, DE",
    "DEU, DE",
    "GBR, GB",
    "GB, GB",
    "HKG, HK",
    "MAC, MO",
    "TWN, TW",
    "CHN, CN",
    "RKS, XK",
    "XK, XK",
    "KOR, KR"
  })
  void normalisesIsoAndIcaoCodes(String input, String expected) {
    assertEquals(expected, CountryCode.of(input).code());
  }

  @ParameterizedTest
  @CsvSource({
    "GBD, BRITISH_NATIONAL",
    "GBN, BRITISH_NATIONAL",
    "GBO, BRITISH_NATIONAL",
    "GBP, BRITISH_NATIONAL",
    "GBS, BRITISH_NATIONAL",
    "UNO, ORGANISATION",
    "UNA, ORGANISATION",
    "UNK, ORGANISATION",
    "XOM, ORGANISATION",
    "XPO, ORGANISATION",
    "EUE, ORGANISATION",
    "XXA, STATELESS",
    "XXB, REFUGEE",
    "XXC, REFUGEE",
    "XXX, UNSPECIFIED"
  })
  void icaoSpecialCodesKeepTheirCodeAndKind(String input, CountryCode.Kind kind) {
    CountryCode c = CountryCode.of(input.toLowerCase(Locale.ROOT));
    assertEquals(input, c.code());
    assertEquals(kind, c.kind());
    assertEquals(input, c.alpha3());
  }

  @Test
  void britishSubtypesHaveGreatBritainAsSovereign() {
    CountryCode gbn = CountryCode.of("GBN");
    assertEquals(Optional.of(CountryCode.of("GB")), gbn.sovereign());
    assertFalse(gbn.equals(CountryCode.of("GB")));
    assertEquals(Optional.empty(), CountryCode.of("GBR").sovereign());
    assertEquals(Optional.empty(), CountryCode.of("XXA").sovereign());
  }

  @Test
  void germanyFromIcaoD() {
    CountryCode d = CountryCode.of("D");
    assertSame(CountryCode.of("DE"), d);
    assertEquals("DEU", d.alpha3());
    assertEquals(CountryCode.Kind.COUNTRY, d.kind());
  }

  @Test
  void regionsAndMainland() {
    for (String r : new String[] {"HK", "MO", "TW", "HKG", "MAC", "TWN"}) {
      CountryCode c = CountryCode.of(r);
      assertEquals(CountryCode.Kind.REGION, c.kind(), r);
      assertTrue(c.isChineseRegion(), r);
      assertFalse(c.isMainlandChina(), r);
    }
    assertTrue(CountryCode.of("CN").isMainlandChina());
    assertFalse(CountryCode.of("CN").isChineseRegion());
    assertEquals(CountryCode.Kind.COUNTRY, CountryCode.of("CN").kind());
    assertEquals(CountryCode.Kind.COUNTRY, CountryCode.of("XK").kind());
  }

  @Test
  void alpha3() {
    assertEquals("USA", CountryCode.of("US").alpha3());
    assertEquals("HKG", CountryCode.of("HK").alpha3());
    assertEquals("RKS", CountryCode.of("XK").alpha3());
  }

  @Test
  void instancesAreCached() {
    assertSame(CountryCode.of("US"), CountryCode.of("usa"));
    assertSame(CountryCode.of("fr"), CountryCode.of("FR"));
  }

  @Test
  void equalityAndToStringOnCode() {
    assertEquals(CountryCode.of("JP"), CountryCode.of("JPN"));
    assertEquals(CountryCode.of("JP").hashCode(), CountryCode.of("JPN").hashCode());
    assertEquals("JP", CountryCode.of("jpn").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"U1", "", "   ", "USAA", "ZZ", "ZZZ", "12", "X", "U-S", "ÜS", "EU", "UN"})
  void rejectsMalformedOrUnknownCodesNamingFieldAndValue(String input) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of(input));
    assertTrue(String.valueOf(e.getMessage()).startsWith("country code: \"" + input + "\""), e.getMessage());
  }

  @Test
  void errorMessageFormat() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("U1"));
    assertEquals(
        "country code: \"U1\" is not an ISO 3166-1 alpha-2/alpha-3 or ICAO 9303 code",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Nulls.<String>pass(CountryCode::of));
    assertEquals("code", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "HK, 'Hong Kong SAR, China (region)', 中国香港特别行政区（地区）",
    "MO, 'Macao SAR, China (region)', 中国澳门特别行政区（地区）",
    "TW, 'Taiwan, China (region)', 中国台湾（地区）"
  })
  void regionDisplayNames(String code, String english, String chinese) {
    CountryCode c = CountryCode.of(code);
    assertTrue(c.displayName(Locale.ENGLISH).endsWith(" (region)"));
    assertTrue(c.displayName(Locale.SIMPLIFIED_CHINESE).endsWith("（地区）"));
    assertEquals(chinese, c.displayName(Locale.CHINESE));
    assertEquals(english, c.displayName(Locale.US));
  }

  @Test
  void countryAndSpecialDisplayNames() {
    assertEquals("Germany", CountryCode.of("D").displayName(Locale.ENGLISH));
    assertEquals("德国", CountryCode.of("DE").displayName(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Stateless person", CountryCode.of("XXA").displayName(Locale.ENGLISH));
    assertEquals("无国籍人", CountryCode.of("XXA").displayName(Locale.CHINA));
    assertEquals("Stateless person", CountryCode.of("XXA").displayName(Locale.FRENCH));
    assertEquals("Kosovo", CountryCode.of("RKS").displayName(Locale.ENGLISH));
  }
}
