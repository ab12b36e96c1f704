package io.github.transitpolicy.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
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
      String e = Texts.documentText(t).render(Locale.ENGLISH);
      String z = Texts.documentText(t).render(Locale.CHINESE);
      assertTrue(!e.isBlank() && isAscii(e) && !hasChinese(e) && !e.equals(t.name()), t + ": " + e);
      assertTrue(hasChinese(z), t + ": " + z);
      en.add(e);
      zh.add(z);
      assertEquals(Texts.documentText(t).render(Locale.ENGLISH), e);
      assertEquals(Texts.documentText(t).render(Locale.CHINESE), z);
    }
    assertEquals(DocumentType.values().length, en.size(), en::toString);
    assertEquals(DocumentType.values().length, zh.size(), zh::toString);
    assertEquals("ordinary passport", Texts.documentText(DocumentType.ORDINARY_PASSPORT).render(Locale.ENGLISH));
    assertEquals("普通护照", Texts.documentText(DocumentType.ORDINARY_PASSPORT).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void everyPurposeHasItsOwnNameInEachLanguage() {
    Set<String> en = new HashSet<>();
    Set<String> zh = new HashSet<>();
    for (Purpose p : Purpose.values()) {
      String e = Texts.purposeText(p).render(Locale.ENGLISH);
      String z = Texts.purposeText(p).render(Locale.CHINESE);
      assertTrue(!e.isBlank() && isAscii(e) && !hasChinese(e) && !e.equals(p.name()), p + ": " + e);
      assertTrue(hasChinese(z), p + ": " + z);
      en.add(e);
      zh.add(z);
      assertEquals(Texts.purposeText(p).render(Locale.ENGLISH), e);
    }
    assertEquals(Purpose.values().length, en.size(), en::toString);
    assertEquals(Purpose.values().length, zh.size(), zh::toString);
    assertEquals("tourism", Texts.purposeText(Purpose.TOURISM).render(Locale.ENGLISH));
    assertEquals("旅游", Texts.purposeText(Purpose.TOURISM).render(Locale.CHINESE));
  }

  @Test
  void theEnglishArticleFollowsTheFirstSound() {
    assertEquals("an ordinary passport", Texts.aDocumentText(DocumentType.ORDINARY_PASSPORT).render(Locale.ENGLISH));
    assertEquals("an emergency or temporary passport", Texts.aDocumentText(DocumentType.EMERGENCY_PASSPORT).render(Locale.ENGLISH));
    assertEquals("a diplomatic passport", Texts.aDocumentText(DocumentType.DIPLOMATIC_PASSPORT).render(Locale.ENGLISH));
    assertEquals("a refugee travel document", Texts.aDocumentText(DocumentType.REFUGEE_TRAVEL_DOCUMENT).render(Locale.ENGLISH));
    assertEquals("普通护照", Texts.aDocumentText(DocumentType.ORDINARY_PASSPORT).render(Locale.CHINESE), "no article in Chinese");
    for (DocumentType t : DocumentType.values()) {
      assertEquals(Texts.aDocumentText(t).render(Locale.ENGLISH), Texts.aDocumentText(t).render(Locale.ENGLISH));
      assertTrue(Texts.aDocumentText(t).render(Locale.ENGLISH).endsWith(" " + Texts.documentText(t).render(Locale.ENGLISH)), t::name);
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
    SharedRules.PlaceNames names = new SharedRules.PlaceNames(
        Catalogue.bundled(), List.of(PlaceCode.of("320000"), PlaceCode.of("320500"), PlaceCode.of("320599")));
    assertEquals("Jiangsu (320000), Suzhou (320500), 320599", names.render(Locale.ENGLISH));
    assertEquals("江苏省 (320000)、苏州市 (320500)、320599", names.render(Locale.CHINESE));
    assertEquals(names.render(Locale.ENGLISH), names.toString());
    assertEquals(names, new SharedRules.PlaceNames(
        Catalogue.bundled(), List.of(PlaceCode.of("320000"), PlaceCode.of("320500"), PlaceCode.of("320599"))));
    assertFalse(names.equals(new SharedRules.PlaceNames(Catalogue.bundled(), List.of(PlaceCode.of("320000")))));
    assertFalse(names.equals(names.toString()));
  }

  @Test
  void aMessageFillsEachPlaceholderInTheReadersLanguage() {
    Message m = Message.of(Messages.FORMAT_NAMED_CODE, "Suzhou", 320500);
    assertEquals("Suzhou (320500)", m.render(Locale.ENGLISH));
    assertEquals(m.render(Locale.ENGLISH), m.toString());
    assertEquals(m, Message.of(Messages.FORMAT_NAMED_CODE, "Suzhou", 320500));
    assertFalse(m.equals(Message.of(Messages.FORMAT_NAMED_CODE, "Wuxi", 320500)), "other arguments");
    assertFalse(m.equals(Message.of(Messages.FORMAT_LIST, "Suzhou", 320500)), "another template");
    assertFalse(m.equals(m.toString()));
    assertEquals("null", Message.render(null, Locale.ENGLISH));
    // {n:02} pads a number to two digits; {n:cap} capitalises the first letter.
    assertEquals("2025-01-05", Message.of(Messages.FORMAT_DATE, 2025, 1, 5).render(Locale.ENGLISH));
    assertEquals("2025年1月5日", Message.of(Messages.FORMAT_DATE, 2025, 1, 5).render(Locale.CHINESE));
    assertEquals("An ordinary passport proves the holder's nationality.",
        Message.of(Messages.TRANSIT_240H_DOCUMENT_PROVES, Texts.aDocumentText(DocumentType.ORDINARY_PASSPORT))
            .render(Locale.ENGLISH));
    assertEquals("a、b、c", Texts.list(List.of("a", "b", "c"), Locale.CHINESE));
    assertEquals("a, b, c", Texts.list(List.of("a", "b", "c"), Locale.ENGLISH));
    assertEquals("", Texts.list(List.of(), Locale.ENGLISH));
  }
}
