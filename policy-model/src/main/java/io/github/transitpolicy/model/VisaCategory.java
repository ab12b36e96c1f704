package io.github.transitpolicy.model;

import java.util.Locale;

/**
 * The ordinary visa categories of the Regulation on the Administration of the Entry and Exit of
 * Foreigners (State Council, 2013), article 6.
 */
public enum VisaCategory {
  /** C: crew of international trains, aircraft and ships, and international road drivers. */
  C(
      "Crew of international trains, aircraft and ships, their accompanying family, and drivers of"
          + " international road transport",
      "国际列车乘务员、国际航空器机组人员、国际航行船舶的船员及船员随行家属，从事国际道路运输的汽车驾驶员"),
  /** D: permanent residence. */
  D("Entry for permanent residence", "入境永久居留的人员"),
  /** F: exchanges, visits, study tours. */
  F("Exchanges, visits, study tours and similar activities", "入境从事交流、访问、考察等活动的人员"),
  /** G: transit. */
  G("Transit through China", "经中国过境的人员"),
  /** J1: resident journalists. */
  J1("Resident journalists of foreign news organisations in China", "外国常驻中国新闻机构的外国常驻记者"),
  /** J2: short-term journalism. */
  J2("Journalists on short-term reporting assignments in China", "入境进行短期采访报道的外国记者"),
  /** L: tourism. */
  L("Tourism", "入境旅游的人员"),
  /** M: business and trade. */
  M("Business and trade", "入境进行商业贸易活动的人员"),
  /** Q1: family reunion residence with Chinese citizens or permanent residents. */
  Q1(
      "Family reunion residence with Chinese citizens or foreigners with permanent residence, and"
          + " residence for foster care",
      "因家庭团聚申请入境居留的中国公民的家庭成员和具有中国永久居留资格的外国人的家庭成员，以及因寄养等原因申请入境居留的人员"),
  /** Q2: short visits to relatives who are Chinese citizens or permanent residents. */
  Q2(
      "Short visits to relatives who are Chinese citizens living in China or foreigners with"
          + " permanent residence",
      "入境短期探亲的居住在中国境内的中国公民的亲属和具有中国永久居留资格的外国人的亲属"),
  /** R: high-level talent and urgently needed specialists. */
  R("High-level talent and urgently needed specialists", "国家需要的外国高层次人才和急需紧缺专门人才"),
  /** S1: long stays visiting relatives who work or study in China. */
  S1(
      "Long stays visiting a spouse, parent, child under 18 or parent-in-law who is a foreigner"
          + " working or studying in China, or other private matters",
      "入境长期探亲的因工作、学习等事由在中国境内居留的外国人的配偶、父母、未满18周岁的子女、配偶的父母，以及因其他私人事务需要在中国境内居留的人员"),
  /** S2: short visits to relatives who work or study in China. */
  S2(
      "Short visits to family members who are foreigners working or studying in China, or other"
          + " private matters",
      "入境短期探亲的因工作、学习等事由在中国境内停留居留的外国人的家庭成员，以及因其他私人事务需要在中国境内停留的人员"),
  /** X1: long-term study. */
  X1("Long-term study in China", "在中国境内长期学习的人员"),
  /** X2: short-term study. */
  X2("Short-term study in China", "在中国境内短期学习的人员"),
  /** Z: work. */
  Z("Work in China", "在中国境内工作的人员");

  private final String english;
  private final String chinese;

  VisaCategory(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns who this visa category is for.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return the description
   * @throws NullPointerException if {@code locale} is null
   */
  public String description(Locale locale) {
    return Checks.chinese(locale) ? chinese : english;
  }
}
