package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

  private static final LocalizedText TEXT = LocalizedText.of("Hello", "你好");

  @ParameterizedTest
  @CsvSource({
    "en, Hello",
    "en-US, Hello",
    "fr-FR, Hello",
    "de, Hello",
    "ja-JP, Hello",
    "zh, 你好",
    "zh-CN, 你好",
    "zh-Hans-CN, 你好",
    "zh-TW, 你好",
    "und, Hello"
  })
  void chineseForZhEnglishOtherwise(String tag, String expected) {
    assertEquals(expected, TEXT.render(Locale.forLanguageTag(tag)));
  }

  @Test
  void rootLocaleIsEnglish() {
    assertEquals("Hello", TEXT.render(Locale.ROOT));
  }

  @Test
  void valueSemantics() {
    assertEquals(TEXT, LocalizedText.of("Hello", "你好"));
    assertEquals(TEXT.hashCode(), LocalizedText.of("Hello", "你好").hashCode());
    assertNotEquals(TEXT, LocalizedText.of("Hello", "您好"));
    assertEquals("Hello", TEXT.toString());
  }

  @Test
  void lambdaImplementation() {
    LocalizedText t = locale -> locale.getLanguage();
    assertEquals("fr", t.render(Locale.FRENCH));
  }

  @Test
  void nullTextThrows() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Nulls.<String>pass(s -> LocalizedText.of(s, "x")));
    assertEquals("english", e.getMessage());
  }

  @Test
  void regimeOrderAndNames() {
    assertEquals(
        "[DIRECT_TRANSIT_24H, RESIDENCE, VISA_EXEMPTION, TRANSIT_240H, HAINAN_30D, ASEAN_GROUP_XISHUANGBANNA,"
            + " ASEAN_GROUP_GUILIN, CRUISE_GROUP_15D, HK_MACAO_GROUP_GUANGDONG, HK_MACAO_GROUP_HAINAN, TRANSIT_144H,"
            + " TRANSIT_72H]",
        java.util.Arrays.toString(Regime.values()));
    assertEquals("24-hour direct transit", Regime.DIRECT_TRANSIT_24H.displayName(Locale.ENGLISH));
    assertEquals("24小时直接过境", Regime.DIRECT_TRANSIT_24H.displayName(Locale.CHINA));
    assertEquals("Residence in China", Regime.RESIDENCE.displayName(Locale.ENGLISH));
    assertEquals("在华居留", Regime.RESIDENCE.displayName(Locale.CHINA));
    assertEquals("Visa exemption", Regime.VISA_EXEMPTION.displayName(Locale.GERMAN));
    assertEquals("免签入境", Regime.VISA_EXEMPTION.displayName(Locale.CHINESE));
    assertEquals("240-hour visa-free transit", Regime.TRANSIT_240H.displayName(Locale.US));
    assertEquals("240小时过境免签", Regime.TRANSIT_240H.displayName(Locale.SIMPLIFIED_CHINESE));
    assertEquals("144-hour visa-free transit", Regime.TRANSIT_144H.displayName(Locale.ENGLISH));
    assertEquals("72小时过境免签", Regime.TRANSIT_72H.displayName(Locale.CHINESE));
  }

  @Test
  void everyFindingCodeHasDistinctDescriptions() {
    Set<String> en = new HashSet<>();
    Set<String> zh = new HashSet<>();
    for (FindingCode c : FindingCode.values()) {
      en.add(c.description(Locale.ENGLISH));
      zh.add(c.description(Locale.CHINESE));
      assertFalse(c.description(Locale.ENGLISH).isBlank());
      assertNotEquals(c.description(Locale.ENGLISH), c.description(Locale.CHINESE));
    }
    assertEquals(FindingCode.values().length, en.size());
    assertEquals(FindingCode.values().length, zh.size());
    assertEquals(19, FindingCode.values().length);
    // Each language gets its own text, not merely a different one.
    assertEquals(
        "The traveller stays in the port and does not pass through immigration",
        FindingCode.STAYS_IN_PORT.description(Locale.ENGLISH));
    assertEquals("旅客不出口岸，不办理入境手续", FindingCode.STAYS_IN_PORT.description(Locale.CHINESE));
  }

  @Test
  void everyVisaCategoryHasDistinctDescriptions() {
    Set<String> en = new HashSet<>();
    for (VisaCategory v : VisaCategory.values()) {
      en.add(v.description(Locale.ENGLISH));
      assertNotEquals(v.description(Locale.ENGLISH), v.description(Locale.CHINESE));
    }
    assertEquals(VisaCategory.values().length, en.size());
    assertEquals("Tourism", VisaCategory.L.description(Locale.ENGLISH));
    assertEquals("经中国过境的人员", VisaCategory.G.description(Locale.CHINESE));
    assertEquals(16, VisaCategory.values().length);
  }

  @Test
  void enumsHaveTheAgreedConstants() {
    assertEquals(10, Purpose.values().length);
    assertEquals(EnumSet.of(Verdict.VISA_FREE, Verdict.VISA_REQUIRED, Verdict.NEEDS_REVIEW, Verdict.NOT_APPLICABLE), EnumSet.allOf(Verdict.class));
    assertEquals("[PASS, FAIL, UNKNOWN]", java.util.Arrays.toString(Status.values()));
    assertEquals("[H, M, L]", java.util.Arrays.toString(Confidence.values()));
    assertEquals(9, DocumentType.values().length);
    assertEquals(8, Capability.values().length);
  }
}
