package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryCodePropertiesTest {

  private static final List<String> JDK_COUNTRIES = Arrays.asList(Locale.getISOCountries());

  @Test
  void alpha3AndAlpha2GiveTheSameCodeForEveryJdkCountry() {
    qt().forAll(arbitrary().pick(JDK_COUNTRIES))
        .checkAssert(
            a2 -> {
              String a3 = new Locale("", a2).getISO3Country();
              assertSame(CountryCode.of(a2), CountryCode.of(a3));
              assertEquals(a2, CountryCode.of(a3.toLowerCase(Locale.ROOT)).code());
            });
  }

  @Test
  void everyJdkCountryIsAccepted() {
    for (String a2 : JDK_COUNTRIES) {
      CountryCode c = CountryCode.of(a2);
      assertEquals(a2, c.code());
      assertSame(c, CountryCode.of(c.alpha3()));
    }
  }

  @Test
  void anyInputEitherNormalisesOrThrowsIllegalArgument() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 4))
        .checkAssert(
            s -> {
              try {
                CountryCode c = CountryCode.of(s);
                assertSame(c, CountryCode.of(c.code()));
              } catch (IllegalArgumentException e) {
                assertEquals(true, String.valueOf(e.getMessage()).startsWith("country code: \""));
              }
            });
  }
}
