package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Purpose;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** How the messages' arguments are written, in the words of {@code messages.tsv}. */
final class Texts {

  private Texts() {}

  /** A date, as {@code format.date} writes it in the language. */
  static String date(LocalDate d, Locale locale) {
    return Message.of(Messages.FORMAT_DATE, d.getYear(), d.getMonthValue(), d.getDayOfMonth()).render(locale);
  }

  /** A Beijing wall-clock time, as {@code format.time} writes it in the language. */
  static String time(LocalDateTime t, Locale locale) {
    return Message.of(Messages.FORMAT_TIME, date(t.toLocalDate(), locale), t.getHour(), t.getMinute())
        .render(locale);
  }

  /**
   * A deadline as travellers read it: midnight is written as 24:00 of the day before, as the
   * authorities write it ("leave by 24:00 on 11 December").
   */
  static String deadline(ZonedDateTime deadline, Locale locale) {
    LocalDateTime t = deadline.toLocalDateTime();
    if (t.getHour() == 0 && t.getMinute() == 0) {
      return Message.of(Messages.FORMAT_DEADLINE_MIDNIGHT, date(t.toLocalDate().minusDays(1), locale))
          .render(locale);
    }
    return Message.of(Messages.FORMAT_DEADLINE, time(t, locale)).render(locale);
  }

  static String duration(Duration d, Locale locale) {
    return Message.of(Messages.FORMAT_DURATION, d.toHours(), d.toMinutesPart()).render(locale);
  }

  static String country(CountryCode c, Locale locale) {
    return Message.of(Messages.FORMAT_NAMED_CODE, c.displayName(locale), c.code()).render(locale);
  }

  static String port(Port p, Locale locale) {
    return Message.of(Messages.FORMAT_NAMED_CODE, p.name(locale), p.id()).render(locale);
  }

  /** Items joined as the language lists them ({@code format.list}). */
  static String list(List<String> items, Locale locale) {
    String out = items.isEmpty() ? "" : items.get(items.size() - 1);
    for (int i = items.size() - 2; i >= 0; i--) {
      out = Message.of(Messages.FORMAT_LIST, items.get(i), out).render(locale);
    }
    return out;
  }

  private static final LocalizedText[] DOCUMENTS = new LocalizedText[DocumentType.values().length];
  private static final LocalizedText[] A_DOCUMENTS = new LocalizedText[DocumentType.values().length];
  private static final LocalizedText[] PURPOSES = new LocalizedText[Purpose.values().length];

  static {
    for (DocumentType t : DocumentType.values()) {
      DOCUMENTS[t.ordinal()] = Message.of(document(t));
      A_DOCUMENTS[t.ordinal()] = Message.of(aDocument(t));
    }
    for (Purpose p : Purpose.values()) {
      PURPOSES[p.ordinal()] = Message.of(purpose(p));
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

  private static MessageTemplate document(DocumentType type) {
    switch (type) {
      case ORDINARY_PASSPORT:
        return Messages.DOCUMENT_ORDINARY_PASSPORT;
      case DIPLOMATIC_PASSPORT:
        return Messages.DOCUMENT_DIPLOMATIC_PASSPORT;
      case SERVICE_PASSPORT:
        return Messages.DOCUMENT_SERVICE_PASSPORT;
      case OFFICIAL_PASSPORT:
        return Messages.DOCUMENT_OFFICIAL_PASSPORT;
      case EMERGENCY_PASSPORT:
        return Messages.DOCUMENT_EMERGENCY_PASSPORT;
      case REFUGEE_TRAVEL_DOCUMENT:
        return Messages.DOCUMENT_REFUGEE_TRAVEL_DOCUMENT;
      case STATELESS_TRAVEL_DOCUMENT:
        return Messages.DOCUMENT_STATELESS_TRAVEL_DOCUMENT;
      case HK_MACAO_RESIDENT_PERMIT:
        return Messages.DOCUMENT_HK_MACAO_RESIDENT_PERMIT;
      case TAIWAN_RESIDENT_PERMIT:
        return Messages.DOCUMENT_TAIWAN_RESIDENT_PERMIT;
      default:
        throw new AssertionError(type);
    }
  }

  private static MessageTemplate aDocument(DocumentType type) {
    switch (type) {
      case ORDINARY_PASSPORT:
        return Messages.DOCUMENT_A_ORDINARY_PASSPORT;
      case DIPLOMATIC_PASSPORT:
        return Messages.DOCUMENT_A_DIPLOMATIC_PASSPORT;
      case SERVICE_PASSPORT:
        return Messages.DOCUMENT_A_SERVICE_PASSPORT;
      case OFFICIAL_PASSPORT:
        return Messages.DOCUMENT_A_OFFICIAL_PASSPORT;
      case EMERGENCY_PASSPORT:
        return Messages.DOCUMENT_A_EMERGENCY_PASSPORT;
      case REFUGEE_TRAVEL_DOCUMENT:
        return Messages.DOCUMENT_A_REFUGEE_TRAVEL_DOCUMENT;
      case STATELESS_TRAVEL_DOCUMENT:
        return Messages.DOCUMENT_A_STATELESS_TRAVEL_DOCUMENT;
      case HK_MACAO_RESIDENT_PERMIT:
        return Messages.DOCUMENT_A_HK_MACAO_RESIDENT_PERMIT;
      case TAIWAN_RESIDENT_PERMIT:
        return Messages.DOCUMENT_A_TAIWAN_RESIDENT_PERMIT;
      default:
        throw new AssertionError(type);
    }
  }

  private static MessageTemplate purpose(Purpose purpose) {
    switch (purpose) {
      case TOURISM:
        return Messages.PURPOSE_TOURISM;
      case BUSINESS:
        return Messages.PURPOSE_BUSINESS;
      case VISIT:
        return Messages.PURPOSE_VISIT;
      case FAMILY_VISIT:
        return Messages.PURPOSE_FAMILY_VISIT;
      case EXCHANGE:
        return Messages.PURPOSE_EXCHANGE;
      case TRANSIT:
        return Messages.PURPOSE_TRANSIT;
      case WORK:
        return Messages.PURPOSE_WORK;
      case STUDY:
        return Messages.PURPOSE_STUDY;
      case JOURNALISM:
        return Messages.PURPOSE_JOURNALISM;
      case CREW:
        return Messages.PURPOSE_CREW;
      default:
        throw new AssertionError(purpose);
    }
  }
}
