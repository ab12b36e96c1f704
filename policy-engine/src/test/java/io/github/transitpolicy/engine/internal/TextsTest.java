package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The words the messages are made of: each document type and purpose named in its own language
 * (English in ASCII, Chinese in Chinese characters), no two alike; the English article; a deadline at
 * midnight written as 24:00 of the day before; place lists. The messages cache these names when the
 * class loads, so they are called directly here.
 */
class TextsTest {

  private static boolean hasChinese(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }

  @Test
  void everyDocumentTypeHasItsOwnNameInEachLanguage() {
    Set<String> en = new HashSet<>();
    Set<String> zh = new HashSet<>();
    for (DocumentType t : DocumentType.values()) {
      String e = Texts.document(t, Locale.ENGLISH);
      String z = Texts.document(t, Locale.CHINESE);
      assertTrue(!e.isBlank() && isAscii(e) && !hasChinese(e) && !e.equals(t.name()), t + ": " + e);
      assertTrue(hasChinese(z), t + ": " + z);
      en.add(e);
      zh.add(z);
      assertEquals(Texts.documentText(t).render(Locale.ENGLISH), e);
      assertEquals(Texts.documentText(t).render(Locale.CHINESE), z);
    }
    assertEquals(DocumentType.values().length, en.size(), en::toString);
    assertEquals(DocumentType.values().length, zh.size(), zh::toString);
    assertEquals("ordinary passport", Texts.document(DocumentType.ORDINARY_PASSPORT, Locale.ENGLISH));
    assertEquals("普通护照", Texts.document(DocumentType.ORDINARY_PASSPORT, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void everyPurposeHasItsOwnNameInEachLanguage() {
    Set<String> en = new HashSet<>();
    Set<String> zh = new HashSet<>();
    for (Purpose p : Purpose.values()) {
      String e = Texts.purpose(p, Locale.ENGLISH);
      String z = Texts.purpose(p, Locale.CHINESE);
      assertTrue(!e.isBlank() && isAscii(e) && !hasChinese(e) && !e.equals(p.name()), p + ": " + e);
      assertTrue(hasChinese(z), p + ": " + z);
      en.add(e);
      zh.add(z);
      assertEquals(Texts.purposeText(p).render(Locale.ENGLISH), e);
    }
    assertEquals(Purpose.values().length, en.size(), en::toString);
    assertEquals(Purpose.values().length, zh.size(), zh::toString);
    assertEquals("tourism", Texts.purpose(Purpose.TOURISM, Locale.ENGLISH));
    assertEquals("旅游", Texts.purpose(Purpose.TOURISM, Locale.CHINESE));
  }

  @Test
  void theEnglishArticleFollowsTheFirstSound() {
    assertEquals("an ordinary passport", Texts.aDocument(DocumentType.ORDINARY_PASSPORT, Locale.ENGLISH));
    assertEquals("an emergency or temporary passport", Texts.aDocument(DocumentType.EMERGENCY_PASSPORT, Locale.ENGLISH));
    assertEquals("a diplomatic passport", Texts.aDocument(DocumentType.DIPLOMATIC_PASSPORT, Locale.ENGLISH));
    assertEquals("a refugee travel document", Texts.aDocument(DocumentType.REFUGEE_TRAVEL_DOCUMENT, Locale.ENGLISH));
    assertEquals("普通护照", Texts.aDocument(DocumentType.ORDINARY_PASSPORT, Locale.CHINESE), "no article in Chinese");
    for (DocumentType t : DocumentType.values()) {
      assertEquals(Texts.aDocumentText(t).render(Locale.ENGLISH), Texts.aDocument(t, Locale.ENGLISH));
      assertTrue(Texts.aDocument(t, Locale.ENGLISH).endsWith(" " + Texts.document(t, Locale.ENGLISH)), t::name);
    }
  }

  @Test
  void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
    ZonedDateTime midnight = ZonedDateTime.of(2025, 12, 12, 0, 0, 0, 0, BeijingTime.ZONE);
    assertEquals("24:00 on 2025-12-11 (Beijing time)", Texts.deadline(midnight, Locale.ENGLISH));
    assertEquals("2025年12月11日24:00（北京时间）", Texts.deadline(midnight, Locale.CHINESE));
    // Only midnight itself: half past midnight and noon are written as they are.
    assertEquals("2025-12-12 00:30 (Beijing time)", Texts.deadline(midnight.plusMinutes(30), Locale.ENGLISH));
    assertEquals("2025-12-12 01:00 (Beijing time)", Texts.deadline(midnight.plusHours(1), Locale.ENGLISH));
    assertEquals("2025年12月12日12:05（北京时间）", Texts.deadline(midnight.plusHours(12).plusMinutes(5), Locale.CHINESE));
  }

  @Test
  void placeNamesListKnownPlacesByNameAndUnknownOnesByCode() {
    Transit240hRules.PlaceNames names = new Transit240hRules.PlaceNames(
        Catalogue.bundled(), List.of(PlaceCode.of("320000"), PlaceCode.of("320500"), PlaceCode.of("320599")));
    assertEquals("Jiangsu (320000), Suzhou (320500), 320599", names.render(Locale.ENGLISH));
    assertEquals("江苏省 (320000)、苏州市 (320500)、320599", names.render(Locale.CHINESE));
    assertEquals(names.render(Locale.ENGLISH), names.toString());
    assertEquals(names, new Transit240hRules.PlaceNames(
        Catalogue.bundled(), List.of(PlaceCode.of("320000"), PlaceCode.of("320500"), PlaceCode.of("320599"))));
    assertFalse(names.equals(new Transit240hRules.PlaceNames(Catalogue.bundled(), List.of(PlaceCode.of("320000")))));
    assertFalse(names.equals(names.toString()));
  }

  @Test
  void aMessageFillsEachPlaceholderAndLeavesOtherBracesAsText() {
    Message.Template t = Message.template("{1} then {0}; {x}, {2, and {9", "{0}{1}");
    Message m = t.with("a", 7, "unused");
    assertEquals("7 then a; {x}, {2, and {9", m.render(Locale.ENGLISH));
    assertEquals("a7", m.render(Locale.CHINESE));
    assertEquals(m.render(Locale.ENGLISH), m.toString());
    assertEquals(m, t.with("a", 7, "unused"));
    assertFalse(m.equals(t.with("b", 7, "unused")), "other arguments");
    assertFalse(m.equals(Message.template("{1} then {0}; {x}, {2, and {9", "{0}{1}").with("a", 7, "unused")),
        "another template, even with the same text");
    assertFalse(m.equals(m.toString()));
    assertEquals("null", Message.render(null, Locale.ENGLISH));
  }
}
