package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Purpose;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Formatting shared by the rules' messages, in English and Simplified Chinese. */
final class Texts {

  private Texts() {}

  static boolean zh(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** A date: {@code 2025-12-01} or {@code 2025年12月1日}. */
  static String date(LocalDate d, Locale locale) {
    return zh(locale)
        ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
        : d.toString();
  }

  /** A Beijing wall-clock time: {@code 2025-12-01 10:00} or {@code 2025年12月1日10:00}. */
  static String time(LocalDateTime t, Locale locale) {
    String hm = twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute());
    return zh(locale) ? date(t.toLocalDate(), locale) + hm : t.toLocalDate() + " " + hm;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /**
   * A deadline as travellers read it: midnight is written as 24:00 of the day before, as the
   * authorities write it ("leave by 24:00 on 11 December").
   */
  static String deadline(ZonedDateTime deadline, Locale locale) {
    LocalDateTime t = deadline.toLocalDateTime();
    if (t.getHour() == 0 && t.getMinute() == 0) {
      LocalDate day = t.toLocalDate().minusDays(1);
      return zh(locale) ? date(day, locale) + "24:00（北京时间）" : "24:00 on " + day + " (Beijing time)";
    }
    return zh(locale) ? time(t, locale) + "（北京时间）" : time(t, locale) + " (Beijing time)";
  }

  static String country(CountryCode c, Locale locale) {
    return c.displayName(locale) + " (" + c.code() + ")";
  }

  static String document(DocumentType type, Locale locale) {
    boolean zh = zh(locale);
    switch (type) {
      case ORDINARY_PASSPORT:
        return zh ? "普通护照" : "ordinary passport";
      case DIPLOMATIC_PASSPORT:
        return zh ? "外交护照" : "diplomatic passport";
      case SERVICE_PASSPORT:
        return zh ? "公务护照" : "service passport";
      case OFFICIAL_PASSPORT:
        return zh ? "公务普通护照" : "official passport";
      case EMERGENCY_PASSPORT:
        return zh ? "紧急（临时）护照" : "emergency or temporary passport";
      case REFUGEE_TRAVEL_DOCUMENT:
        return zh ? "难民旅行证件" : "refugee travel document";
      case STATELESS_TRAVEL_DOCUMENT:
        return zh ? "无国籍人旅行证件" : "stateless person's travel document";
      case HK_MACAO_RESIDENT_PERMIT:
        return zh ? "港澳居民来往内地通行证" : "Mainland Travel Permit for Hong Kong and Macao residents";
      case TAIWAN_RESIDENT_PERMIT:
        return zh ? "台湾居民来往大陆通行证" : "Mainland Travel Permit for Taiwan residents";
      default:
        return type.name();
    }
  }

  /** The document with its English indefinite article ("an ordinary passport"); no article in Chinese. */
  static String aDocument(DocumentType type, Locale locale) {
    String name = document(type, locale);
    if (zh(locale)) {
      return name;
    }
    return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
  }

  private static final LocalizedText[] DOCUMENTS = new LocalizedText[DocumentType.values().length];
  private static final LocalizedText[] A_DOCUMENTS = new LocalizedText[DocumentType.values().length];
  private static final LocalizedText[] PURPOSES = new LocalizedText[Purpose.values().length];

  static {
    for (DocumentType t : DocumentType.values()) {
      DOCUMENTS[t.ordinal()] = LocalizedText.of(document(t, Locale.ENGLISH), document(t, Locale.CHINESE));
      A_DOCUMENTS[t.ordinal()] = LocalizedText.of(aDocument(t, Locale.ENGLISH), aDocument(t, Locale.CHINESE));
    }
    for (Purpose p : Purpose.values()) {
      PURPOSES[p.ordinal()] = LocalizedText.of(purpose(p, Locale.ENGLISH), purpose(p, Locale.CHINESE));
    }
  }

  /** The document's name, as a message argument. */
  static LocalizedText documentText(DocumentType type) {
    return DOCUMENTS[type.ordinal()];
  }

  /** The document's name with its English article ("an ordinary passport"), as a message argument. */
  static LocalizedText aDocumentText(DocumentType type) {
    return A_DOCUMENTS[type.ordinal()];
  }

  /** The purpose's name, as a message argument. */
  static LocalizedText purposeText(Purpose purpose) {
    return PURPOSES[purpose.ordinal()];
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String purpose(Purpose purpose, Locale locale) {
    boolean zh = zh(locale);
    switch (purpose) {
      case TOURISM:
        return zh ? "旅游" : "tourism";
      case BUSINESS:
        return zh ? "商务" : "business";
      case VISIT:
        return zh ? "访问" : "visits";
      case FAMILY_VISIT:
        return zh ? "探亲" : "family visits";
      case EXCHANGE:
        return zh ? "交流" : "exchange";
      case TRANSIT:
        return zh ? "过境" : "transit";
      case WORK:
        return zh ? "工作" : "work";
      case STUDY:
        return zh ? "学习" : "study";
      case JOURNALISM:
        return zh ? "新闻采访" : "journalism";
      case CREW:
        return zh ? "乘务" : "crew duty";
      default:
        return purpose.name();
    }
  }
}
