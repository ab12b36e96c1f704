package io.github.transitpolicy.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A bilingual text of the engine's findings and notes, one row of {@code messages.tsv}: a key, the
 * names of its arguments in order, and a text per language whose placeholders are positions
 * ({@code {0}}, or {@code {1:02}} for a number of at least two digits). The constants are in
 * {@link Messages}; translators and tools that render findings themselves read them there.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageTemplate {
  private final String key;
  private final List<String> placeholders;
  private final String english;
  private final String chinese;

  MessageTemplate(String key, List<String> placeholders, String english, String chinese) {
    this.key = key;
    this.placeholders = List.copyOf(placeholders);
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns the row's key, for example {@code exemption.policy_in_force.none}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the names of the arguments, in the order the placeholders number them.
   *
   * @return the argument names; empty for a text without arguments
   */
  public List<String> placeholders() {
    return placeholders;
  }

  /**
   * Returns the text in a language, its placeholders numbered.
   *
   * @param locale Simplified Chinese for language {@code zh}, English otherwise
   * @return the text
   * @throws NullPointerException if {@code locale} is null
   */
  public String text(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? chinese : english;
  }

  @Override
  public String toString() {
    return key;
  }
}
