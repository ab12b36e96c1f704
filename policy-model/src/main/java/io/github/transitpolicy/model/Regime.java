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
  /** ASEAN tour groups through Xishuangbanna's ports, 6 days in Xishuangbanna prefecture. */
  ASEAN_GROUP_XISHUANGBANNA("ASEAN tour group visa-free entry to Xishuangbanna", "东盟国家旅游团入境西双版纳免签"),
  /** ASEAN tour groups through Guilin airport, 144 hours in Guilin. */
  ASEAN_GROUP_GUILIN("ASEAN tour group visa-free entry to Guilin", "东盟国家旅游团入境桂林免签"),
  /** Foreign tour groups on a cruise ship, up to 15 days in the coastal provinces and Beijing. */
  CRUISE_GROUP_15D("Cruise tour group 15-day visa-free entry", "外国旅游团乘坐邮轮入境15天免签"),
  /** Foreign tour groups from Hong Kong or Macao, 144 hours in the Greater Bay Area cities or Shantou. */
  HK_MACAO_GROUP_GUANGDONG("Hong Kong/Macao foreign tour group 144-hour entry to Guangdong",
      "港澳地区外国人旅游团入境广东144小时免签"),
  /** Foreign tour groups from Hong Kong or Macao, 144 hours in Hainan. */
  HK_MACAO_GROUP_HAINAN("Hong Kong/Macao foreign tour group 144-hour entry to Hainan",
      "港澳地区外国旅游团入境海南144小时免签"),
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
