package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Port;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A message: a template of {@code messages.tsv} and its arguments, rendered only when someone asks for
 * it. Rendering places each argument in the reader's language (a date, a country, a port, another text).
 *
 * <p>Templates number their arguments {@code {0}} to {@code {9}}; {@code {n:02}} writes a number with at
 * least two digits, {@code {n:cap}} capitalises a text's first letter. An argument is rendered by type:
 * {@link LocalizedText} in the locale, {@link LocalDate} and {@link LocalDateTime} as dates and times,
 * {@link ZonedDateTime} as a deadline ("24:00 on 2025-12-11"), {@link Duration} in hours and minutes,
 * {@link CountryCode} with its name, {@link Port} with its name and id, anything else with
 * {@code toString()}.
 */
final class Message implements LocalizedText {

  private final MessageTemplate template;
  private final @Nullable Object[] args;

  Message(MessageTemplate template, @Nullable Object[] args) {
    this.template = template;
    this.args = args;
  }

  /** A message for notes and arguments outside the rules. */
  static Message of(MessageTemplate template, @Nullable Object... args) {
    return new Message(template, args);
  }

  @Override
  public String render(Locale locale) {
    String t = template.text(locale);
    StringBuilder b = new StringBuilder(t.length() + 32);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{' && i + 2 < t.length() && Character.isDigit(t.charAt(i + 1))) {
        int close = t.indexOf('}', i);
        Object arg = args[t.charAt(i + 1) - '0'];
        String format = t.substring(i + 2, close);
        String text = render(arg, locale);
        if (format.equals(":02") && text.length() < 2) {
          text = "0" + text;
        } else if (format.equals(":cap") && !text.isEmpty()) {
          text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        b.append(text);
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  static String render(@Nullable Object arg, Locale locale) {
    if (arg instanceof LocalizedText) {
      return ((LocalizedText) arg).render(locale);
    }
    if (arg instanceof LocalDate) {
      return Texts.date((LocalDate) arg, locale);
    }
    if (arg instanceof LocalDateTime) {
      return Texts.time((LocalDateTime) arg, locale);
    }
    if (arg instanceof ZonedDateTime) {
      return Texts.deadline((ZonedDateTime) arg, locale);
    }
    if (arg instanceof CountryCode) {
      return Texts.country((CountryCode) arg, locale);
    }
    if (arg instanceof Duration) {
      return Texts.duration((Duration) arg, locale);
    }
    if (arg instanceof Port) {
      return Texts.port((Port) arg, locale);
    }
    return String.valueOf(arg);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message && ((Message) o).template == template && Arrays.equals(((Message) o).args, args);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(template) * 31 + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
