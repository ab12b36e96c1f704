package io.github.transitpolicy.engine.internal;

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
 * A finding's message: a bilingual template and its arguments, rendered only when someone asks for it.
 * Evaluating a trip allocates one small object per message and formats nothing; rendering places each
 * argument in the reader's language (a date, a country, a port, another text).
 *
 * <p>Templates name their arguments {@code {0}} to {@code {9}}. An argument is rendered by type:
 * {@link LocalizedText} in the locale, {@link LocalDate} and {@link LocalDateTime} as dates and times,
 * {@link ZonedDateTime} as a deadline ("24:00 on 2025-12-11"), {@link Duration} in hours and minutes,
 * {@link CountryCode} with its name,
 * {@link Port} with its name and id, anything else with {@code toString()}.
 */
final class Message implements LocalizedText {

  /** A bilingual template. Instances are constants of the rules. */
  static final class Template {
    final String english;
    final String chinese;

    Template(String english, String chinese) {
      this.english = english;
      this.chinese = chinese;
    }

    Message with(Object... args) {
      return new Message(this, args);
    }
  }

  private final Template template;
  private final Object[] args;

  private Message(Template template, Object[] args) {
    this.template = template;
    this.args = args;
  }

  static Template template(String english, String chinese) {
    return new Template(english, chinese);
  }

  @Override
  public String render(Locale locale) {
    String t = Texts.zh(locale) ? template.chinese : template.english;
    StringBuilder b = new StringBuilder(t.length() + 32);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{' && i + 2 < t.length() && t.charAt(i + 2) == '}' && Character.isDigit(t.charAt(i + 1))) {
        b.append(render(args[t.charAt(i + 1) - '0'], locale));
        i += 3;
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
      Duration d = (Duration) arg;
      return Texts.zh(locale)
          ? d.toHours() + "小时" + d.toMinutesPart() + "分钟"
          : d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (arg instanceof Port) {
      Port p = (Port) arg;
      return p.name(locale) + " (" + p.id() + ")";
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
