package io.github.transitpolicy.model;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link LocalizedText#of(String, String)}: a value class. */
final class FixedText implements LocalizedText {

  private final String english;
  private final String chinese;

  FixedText(String english, String chinese) {
    this.english = Objects.requireNonNull(english, "english");
    this.chinese = Objects.requireNonNull(chinese, "chinese");
  }

  @Override
  public String render(Locale locale) {
    return Checks.chinese(locale) ? chinese : english;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FixedText
        && ((FixedText) o).english.equals(english)
        && ((FixedText) o).chinese.equals(chinese);
  }

  @Override
  public int hashCode() {
    return english.hashCode() * 31 + chinese.hashCode();
  }

  @Override
  public String toString() {
    return english;
  }
}
