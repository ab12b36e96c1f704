package io.github.transitpolicy.model;

import java.util.Locale;

/** A rule an evaluation checks; each finding reports one. */
public enum FindingCode {
  /** The entry date falls within a bundled policy version. */
  POLICY_IN_FORCE(
      "The entry date falls within a policy version in force", "入境日期在有效政策版本的施行期内"),
  /** The nationality is on the list in force on the entry date. */
  NATIONALITY_ELIGIBLE(
      "The nationality is on the list of eligible countries on the entry date",
      "入境之日该国籍在适用国家名单内"),
  /** The document is a passport accepted as proof of the nationality. */
  DOCUMENT_ACCEPTED(
      "The travel document is an ordinary, diplomatic, service or official passport",
      "所持证件为普通、外交、公务或公务普通护照"),
  /**
   * The document is valid through the departure, and for as long after entry as the regime requires
   * (3 months for 240-hour transit).
   */
  DOCUMENT_VALIDITY(
      "The travel document is valid through departure and for any minimum period the regime requires",
      "所持证件在出境前持续有效，并满足该政策要求的最短有效期"),
  /**
   * The entry port is one the regime designates on the entry date (240-hour transit: its list;
   * Hainan: an open port of Hainan).
   */
  ENTRY_PORT_DESIGNATED(
      "The entry port is a designated port on the entry date", "入境口岸为入境之日的指定口岸"),
  /**
   * The exit port is one the regime permits (240-hour transit: a designated port or an open port of
   * Guangdong province; Hainan: an open port of Hainan).
   */
  EXIT_PORT_PERMITTED(
      "The exit port is one the regime permits", "出境口岸为该政策允许的口岸"),
  /** The entry port is a port of the mainland open to foreigners on the entry date. */
  ENTRY_PORT_OPEN(
      "The entry port is a mainland port open to foreigners", "入境口岸为中国大陆对外国人开放的口岸"),
  /** The exit port is a port of the mainland open to foreigners on the departure date. */
  EXIT_PORT_OPEN(
      "The exit port is a mainland port open to foreigners", "出境口岸为中国大陆对外国人开放的口岸"),
  /** The traveller arrives from and departs to different countries or regions. */
  ROUTE_TO_THIRD_COUNTRY(
      "The traveller departs to a country or region other than the one arrived from",
      "前往第三国（地区），且出发地与目的地不同"),
  /** Departure is after arrival and no later than the exit deadline. */
  STAY_WITHIN_LIMIT(
      "Departure is no later than the exit deadline", "离境时间不晚于最迟离境时间"),
  /** A ticket with a confirmed date to the onward destination is held. */
  ONWARD_TICKET_CONFIRMED(
      "A ticket with a confirmed date to the onward destination is held",
      "持有前往第三国（地区）的已确定日期的联程客票"),
  /** The purpose of the trip is one the regime permits. */
  PURPOSE_PERMITTED(
      "The purpose is tourism, business, visits, exchange or transit",
      "入境事由为旅游、商务、探亲访友、交流访问或过境"),
  /** Every planned place lies in the permitted stay area. */
  VISITS_WITHIN_AREA(
      "Every planned place lies in the permitted stay area", "计划前往的地点均在允许停留区域内"),
  /** No visa refusal and no immigration violation within 5 years is declared. */
  NO_ADVERSE_RECORD(
      "No Chinese visa refusal and no illegal entry, exit, stay or work in China within 5 years",
      "无中国拒签记录，且5年内无非法入境、出境、居留、就业记录"),
  /** Departure is no more than 24 hours after arrival, from the same port. */
  CONNECTION_WITHIN_24_HOURS(
      "Departure is no more than 24 hours after arrival, from the same port",
      "在同一口岸入出境，且停留不超过24小时"),
  /**
   * A Chinese permanent residence ID card is held, or a residence permit valid from the entry date
   * through the departure.
   */
  RESIDENCE_DOCUMENT_HELD(
      "Holds a Chinese permanent residence ID card, or a residence permit valid from the entry date through"
          + " the departure",
      "持有中国永久居留身份证，或自入境之日至出境时有效的居留许可"),
  /**
   * The traveller enters and leaves with a tour group of at least two organised by the kind of agency the
   * regime names (and, for Hong Kong and Macao groups, arrives from Hong Kong or Macao).
   */
  TOUR_GROUP_ADMITTED(
      "Enters and leaves with a tour group of at least 2 organised by the agency the regime names",
      "随符合规定的旅行社组织的旅游团（2人及以上）整团入出境"),
  /** A cruise passenger who stays with the ship until it leaves China. */
  STAYS_WITH_SHIP(
      "A cruise passenger who stays with the same ship until it leaves China",
      "邮轮旅客随同一邮轮出境"),
  /** The traveller stays in the port and does not pass through immigration. */
  STAYS_IN_PORT(
      "The traveller stays in the port and does not pass through immigration",
      "旅客不出口岸，不办理入境手续");

  private final String english;
  private final String chinese;

  FindingCode(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns a one-line statement of what passes this rule.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return the description
   * @throws NullPointerException if {@code locale} is null
   */
  public String description(Locale locale) {
    return Checks.chinese(locale) ? chinese : english;
  }
}
