package io.github.transitpolicy.model;

import java.util.Locale;

/**
 * Text available in English and Simplified Chinese.
 *
 * <p>Implementations render Simplified Chinese for any locale whose language is {@code zh}, and
 * English for every other locale. They must be immutable and thread-safe.
 */
@FunctionalInterface
public interface LocalizedText {

  /**
   * Renders this text.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return the text in that language
   * @throws NullPointerException if {@code locale} is null
   */
  String render(Locale locale);

  /**
   * Returns a fixed text. Two texts made by this method are equal when both their English and
   * Chinese are; {@code toString()} returns the English.
   *
   * @param english the English text
   * @param chinese the Simplified Chinese text
   * @return an immutable text
   * @throws NullPointerException if an argument is null; the message names it
   */
  static LocalizedText of(String english, String chinese) {
    return new FixedText(english, chinese);
  }
}
