package io.github.transitpolicy.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * The outcome of one rule of one regime: PASS, FAIL or UNKNOWN, with a message in English and
 * Chinese and the legal basis of the rule.
 *
 * <p>Findings are immutable and cheap to create; findings that do not depend on a trip may be
 * created once and shared. Two findings are equal when their regime, code, status, text and legal
 * basis are. {@link #toString()} reads {@code REGIME CODE STATUS: message [basis]}, in English.
 */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class Finding {

  Finding() {}

  /**
   * Returns the regime this finding belongs to.
   *
   * @return the regime
   */
  @Value.Parameter
  public abstract Regime regime();

  /**
   * Returns the rule checked.
   *
   * @return the finding code
   */
  @Value.Parameter
  public abstract FindingCode code();

  /**
   * Returns the outcome of the rule.
   *
   * @return PASS, FAIL or UNKNOWN
   */
  @Value.Parameter
  public abstract Status status();

  /**
   * Returns the message explaining the outcome.
   *
   * @return the message text in English and Chinese
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Returns the legal basis of the rule, for example "NIA Announcement No. 4 of 2025, art. 1".
   *
   * @return the legal basis; may be empty
   */
  @Value.Parameter
  public abstract String legalBasis();

  /**
   * Returns the message in a language.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return {@code text().render(locale)}
   * @throws NullPointerException if {@code locale} is null
   */
  public String message(Locale locale) {
    return text().render(locale);
  }

  /**
   * Returns whether this finding passed.
   *
   * @return true if {@link #status()} is {@link Status#PASS}
   */
  public boolean passed() {
    return status() == Status.PASS;
  }

  /**
   * Describes this finding in a language.
   *
   * @param locale the language of the message
   * @return {@code REGIME CODE STATUS: message [basis]}
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    StringBuilder sb = new StringBuilder(96);
    appendTo(sb, locale);
    return sb.toString();
  }

  void appendTo(StringBuilder sb, Locale locale) {
    sb.append(regime().name())
        .append(' ')
        .append(code().name())
        .append(' ')
        .append(status().name())
        .append(": ")
        .append(message(locale));
    if (!legalBasis().isEmpty()) {
      sb.append(" [").append(legalBasis()).append(']');
    }
  }

  /**
   * Describes this finding in English.
   *
   * @return {@code REGIME CODE STATUS: message [basis]}
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /**
   * Returns a finding.
   *
   * @param regime the regime the rule belongs to
   * @param code the rule
   * @param status the outcome
   * @param text the message explaining the outcome
   * @param legalBasis the legal basis of the rule (may be empty)
   * @return the finding
   * @throws NullPointerException if an argument is null; the message names it
   */
  public static Finding of(
      Regime regime, FindingCode code, Status status, LocalizedText text, String legalBasis) {
    return ImmutableFinding.of(regime, code, status, text, legalBasis);
  }
}
