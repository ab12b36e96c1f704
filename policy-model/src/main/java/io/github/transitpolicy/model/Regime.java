package io.github.transitpolicy.model;

import java.util.Locale;

/**
 * A visa-free regime an evaluation tries, in priority order: when more than one passes, the
 * verdict names the first.
 */
public enum Regime {
  /** 24-hour direct transit without leaving the port. */
  DIRECT_TRANSIT_24H("24-hour direct transit", "24小时直接过境"),
  /** A Chinese permanent residence ID card, or a residence permit valid through the departure. */
  RESIDENCE("Residence in China", "在华居留"),
  /** Unilateral or mutual visa exemption. */
  VISA_EXEMPTION("Visa exemption", "免签入境"),
  /** 240-hour visa-free transit. */
  TRANSIT_240H("240-hour visa-free transit", "240小时过境免签"),
  /** Hainan's 30-day visa-free entry for the nationals of its list. */
  HAINAN_30D("Hainan 30-day visa-free entry", "海南入境免签"),
  /** The regional 144-hour visa-free transit of 2016-01-30 to 2024-12-16. */
  TRANSIT_144H("144-hour visa-free transit", "144小时过境免签"),
  /** The city 72-hour visa-free transit of 2013-01-01 to 2024-12-16. */
  TRANSIT_72H("72-hour visa-free transit", "72小时过境免签");

  private final String english;
  private final String chinese;

  Regime(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns the name of this regime.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return the display name, for example "240-hour visa-free transit"
   * @throws NullPointerException if {@code locale} is null
   */
  public String displayName(Locale locale) {
    return Checks.chinese(locale) ? chinese : english;
  }
}
