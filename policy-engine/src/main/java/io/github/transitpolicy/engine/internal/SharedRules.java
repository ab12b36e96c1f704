package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Rules that more than one regime applies, and the stay arithmetic they share. */
final class SharedRules {

  private SharedRules() {}

  /**
   * The end of a stay that starts on {@code entryDate} (or at {@code arrival}) and lasts {@code hours},
   * counted as the regime counts.
   */
  static ZonedDateTime stayDeadline(StayCounting counting, ZonedDateTime arrival, LocalDate entryDate, long hours) {
    if (counting == StayCounting.ELAPSED) {
      return arrival.plusHours(hours);
    }
    return fromNextMidnight(entryDate, hours);
  }

  /**
   * The end of a stay of {@code hours} counted from 00:00 on the day after entry (2013 regulation
   * art. 36(3)): the same instant for every arrival of the day.
   */
  static ZonedDateTime fromNextMidnight(LocalDate entryDate, long hours) {
    // A stay of whole days ends at the midnight that many days on: placed in the zone once, not twice.
    // The two agree wherever the offset does not change in between, as in Beijing since 1991
    // (StayDeadlineTest).
    if (hours % 24 == 0) {
      return entryDate.plusDays(1 + hours / 24).atStartOfDay(BeijingTime.ZONE);
    }
    return entryDate.plusDays(1).atStartOfDay(BeijingTime.ZONE).plusHours(hours);
  }

  /**
   * Whether {@code a} is a later instant than {@code b}, as {@link ZonedDateTime#isAfter} says. At the
   * same offset, as two Beijing times are but in the summers of 1986-1991, the local date-times are
   * compared, which needs no conversion to epoch seconds.
   */
  static boolean isAfter(ZonedDateTime a, ZonedDateTime b) {
    return a.getOffset().equals(b.getOffset()) ? a.toLocalDateTime().isAfter(b.toLocalDateTime()) : a.isAfter(b);
  }

  /**
   * Whether {@code departure} is later than {@link #stayDeadline}. An elapsed stay is compared in epoch
   * seconds, without making the deadline: the same instant {@code arrival.plusHours(hours)} would give.
   */
  static boolean leavesAfter(
      StayCounting counting, ZonedDateTime arrival, LocalDate entryDate, long hours, ZonedDateTime departure) {
    if (counting == StayCounting.ELAPSED) {
      long limit = arrival.toEpochSecond() + hours * 3600;
      long leaves = departure.toEpochSecond();
      return leaves > limit || (leaves == limit && departure.getNano() > arrival.getNano());
    }
    return isAfter(departure, stayDeadline(counting, arrival, entryDate, hours));
  }

  /**
   * The traveller arrives from one country or region and leaves for another, neither of them the
   * mainland: Hong Kong, Macao and Taiwan are regions in their own right. Nationality plays no part.
   */
  static final class RouteToThirdCountry extends Rule {
    private static final Message.Template NOT_A_PLACE = Message.template(
        "{0} is not a country or region, so the route cannot be checked.",
        "{0}不是国家或地区代码，无法判断是否前往第三国（地区）。");
    private static final Message.Template SAME_PLACE = Message.template(
        "Arrives from and leaves for the same country or region, {0}: not a transit to a third country or region.",
        "自{0}抵达又返回同一国家（地区），不属于前往第三国（地区）。");
    private static final Message.Template THIRD_PLACE = Message.template(
        "Arrives from {0} and leaves for {1}: a third country or region.",
        "自{0}抵达，前往{1}：属于前往第三国（地区）。");

    private final Finding mainland;

    RouteToThirdCountry(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ROUTE_TO_THIRD_COUNTRY));
      this.mainland = findings.fail(LocalizedText.of(
          "The journey must come from, and continue to, a country or region outside the mainland.",
          "行程须自中国大陆以外的国家（地区）抵达并前往中国大陆以外的国家（地区）。"));
    }

    @Override
    Status status(TripFacts trip) {
      CountryCode from = trip.trip.arrival().from();
      CountryCode to = trip.trip.departure().to();
      if (!isPlace(from) || !isPlace(to)) {
        return Status.UNKNOWN;
      }
      return from.isMainlandChina() || to.isMainlandChina() || from.equals(to) ? Status.FAIL : Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      CountryCode from = trip.trip.arrival().from();
      CountryCode to = trip.trip.departure().to();
      if (!isPlace(from) || !isPlace(to)) {
        return findings.unknown(NOT_A_PLACE.with(isPlace(from) ? to.code() : from.code()));
      }
      if (from.isMainlandChina() || to.isMainlandChina()) {
        return mainland;
      }
      if (from.equals(to)) {
        return findings.fail(SAME_PLACE.with(from));
      }
      return findings.pass(THIRD_PLACE.with(from, to));
    }

    private static boolean isPlace(CountryCode c) {
      return c.kind() == CountryCode.Kind.COUNTRY || c.kind() == CountryCode.Kind.REGION;
    }
  }

  /** The traveller holds a ticket with a confirmed date to the onward destination. */
  static final class OnwardTicketConfirmed extends Rule {
    private final Finding pass;
    private final Finding fail;

    OnwardTicketConfirmed(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ONWARD_TICKET_CONFIRMED));
      this.pass = findings.pass(LocalizedText.of(
          "Holds an onward ticket with a confirmed date to the third country or region.",
          "持有已确定日期的前往第三国（地区）的联程客票。"));
      this.fail = findings.fail(LocalizedText.of(
          "No onward ticket with a confirmed date to the third country or region.",
          "未持有已确定日期的前往第三国（地区）的联程客票。"));
    }

    @Override
    Finding check(TripFacts trip) {
      return trip.trip.departure().onwardTicketConfirmed() ? pass : fail;
    }
  }
}
