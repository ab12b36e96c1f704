package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
   * The end of a day in Beijing: 00:00 on the next day, the "24:00" of the sources. A document valid
   * until a day, or a policy in force until a day, may be left under until this instant.
   */
  static ZonedDateTime endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(BeijingTime.ZONE);
  }

  /** Whether {@code time} is no later than the end of {@code day} (24:00 of that day included). */
  static boolean within(ZonedDateTime time, LocalDate day) {
    LocalDate date = time.toLocalDate();
    if (!date.isAfter(day)) {
      return true;
    }
    return time.toLocalTime().equals(LocalTime.MIDNIGHT) && date.minusDays(1).equals(day);
  }

  /** The earlier of two deadlines; {@code b} may be absent. */
  static ZonedDateTime earliest(ZonedDateTime a, @Nullable ZonedDateTime b) {
    return b != null && isAfter(a, b) ? b : a;
  }

  /**
   * The travel document is valid through the departure (until 24:00 of its expiry day), and for as
   * long after entry as the regime requires. Each regime says what minimum it sets.
   */
  abstract static class DocumentValidity extends Rule {
    private static final Message.Template EXPIRES_BEFORE_DEPARTURE = Message.template(
        "The document expires on {0}, before departure on {1}: it must be valid through the stay.",
        "证件于{0}到期，早于{1}出境：证件须在停留期间持续有效。");
    private static final Message.Template SHORT_OF_MINIMUM = Message.template(
        "The document expires on {0}; it must be valid for {1} months after entry, until at least {2}.",
        "证件于{0}到期；自入境日起须有效不少于{1}个月，即至少至{2}。");
    private static final Message.Template VALID_WITH_MINIMUM = Message.template(
        "The document is valid until {0}, at least {1} months after entry (until {2} is needed).",
        "证件有效期至{0}，自入境日起不少于{1}个月（须至{2}）。");
    private static final Message.Template VALID_THROUGH = Message.template(
        "The document is valid until {0}, through departure on {1}.", "证件有效期至{0}，至{1}出境时仍有效。");

    DocumentValidity(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.DOCUMENT_VALIDITY));
    }

    /** The day until which the regime requires the document to be valid beyond the stay; null if none. */
    abstract @Nullable LocalDate minimumUntil(TripFacts trip);

    /** The months after entry behind {@link #minimumUntil}; read only when that is not null. */
    abstract int minimumMonths(TripFacts trip);

    @Override
    Status status(TripFacts trip) {
      LocalDate expiry = trip.trip.traveller().document().expiry();
      if (!within(trip.departure, expiry)) {
        return Status.FAIL;
      }
      LocalDate needed = minimumUntil(trip);
      return needed != null && expiry.isBefore(needed) ? Status.FAIL : Status.PASS;
    }

    @Override
    Finding check(TripFacts trip) {
      LocalDate expiry = trip.trip.traveller().document().expiry();
      if (!within(trip.departure, expiry)) {
        return findings.fail(EXPIRES_BEFORE_DEPARTURE.with(expiry, trip.departure.toLocalDate()));
      }
      LocalDate needed = minimumUntil(trip);
      if (needed == null) {
        return findings.pass(VALID_THROUGH.with(expiry, trip.departure.toLocalDate()));
      }
      int months = minimumMonths(trip);
      return expiry.isBefore(needed)
          ? findings.fail(SHORT_OF_MINIMUM.with(expiry, months, needed))
          : findings.pass(VALID_WITH_MINIMUM.with(expiry, months, needed));
    }
  }

  /** Whether a port is open to foreigners on a day, and the source that says so; null if not. */
  static @Nullable PortCapability openOn(Port port, LocalDate day) {
    for (PortCapability c : port.capabilities()) {
      if (c.capability() == Capability.OPEN_PORT && c.validity().contains(day)) {
        return c;
      }
    }
    return null;
  }

  private static final Message.Template PORT_UNKNOWN = Message.template(
      "The catalogue knows no port \"{0}\", so whether it is a mainland port open to foreigners cannot be checked.",
      "目录中没有口岸\u201c{0}\u201d，无法判断是否为中国大陆对外国人开放的口岸。");
  private static final Message.Template PORT_OPEN = Message.template(
      "{0} is a mainland port open to foreigners on {1}.", "{0}在{1}为中国大陆对外国人开放的口岸。");
  private static final Message.Template PORT_NOT_OPEN = Message.template(
      "{0} is not a port open to foreigners on {1}.", "{0}在{1}不是对外国人开放的口岸。");

  /** The port of entry is a mainland port open to foreigners on the entry date; unknown: UNKNOWN. */
  static final class EntryPortOpen extends Rule {
    EntryPortOpen(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ENTRY_PORT_OPEN));
    }

    @Override
    Status status(TripFacts trip) {
      Port port = trip.arrivalPort;
      if (port == null) {
        return Status.UNKNOWN;
      }
      return port.has(Capability.OPEN_PORT, trip.entryDate) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      return portFinding(findings, trip.arrivalPort, trip.trip.arrival().port(), trip.entryDate);
    }
  }

  /** The port of exit is a mainland port open to foreigners on the departure date; unknown: UNKNOWN. */
  static final class ExitPortOpen extends Rule {
    ExitPortOpen(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.EXIT_PORT_OPEN));
    }

    @Override
    Status status(TripFacts trip) {
      Port port = trip.departurePort;
      if (port == null) {
        return Status.UNKNOWN;
      }
      return port.has(Capability.OPEN_PORT, trip.departure.toLocalDate()) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      return portFinding(findings, trip.departurePort, trip.trip.departure().port(), trip.departure.toLocalDate());
    }
  }

  private static Finding portFinding(Findings findings, @Nullable Port port, String asGiven, LocalDate day) {
    // A port the catalogue does not know may be a foreign airport or a closed crossing: never a pass.
    if (port == null) {
      return findings.unknown(PORT_UNKNOWN.with(asGiven));
    }
    PortCapability open = openOn(port, day);
    return open != null
        ? findings.of(Status.PASS, PORT_OPEN.with(port, day), open.source())
        : findings.fail(PORT_NOT_OPEN.with(port, day));
  }

  /**
   * Every planned place lies in the regime's area. A place outside the mainland (Hong Kong, Macao,
   * Taiwan) is outside every area; a code the catalogue does not know is UNKNOWN even inside a whole
   * permitted province, as the catalogue cannot say it is a real place.
   */
  abstract static class VisitsWithinArea extends Rule {
    private static final Message.Template OUTSIDE_TEXT = Message.template(
        "Outside the permitted area: {0}.", "以下地点不在允许停留活动区域内：{0}。");
    private static final Message.Template UNRESOLVED_TEXT = Message.template(
        "Cannot tell for these places (unknown to the catalogue, or a province only part of which is permitted: "
            + "name the prefecture): {0}.",
        "无法判断以下地点（目录中没有，或该省只有部分地区允许停留，请写明地级市）：{0}。");

    private final Finding noPlaces;
    private final Finding allInside;

    VisitsWithinArea(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.VISITS_WITHIN_AREA));
      this.noPlaces = findings.pass(LocalizedText.of(
          "No places are planned beyond the ports; stay within the permitted area.",
          "未申报计划前往的地点；停留须在允许停留活动区域内。"));
      this.allInside = findings.pass(LocalizedText.of(
          "Every planned place lies in the permitted area.",
          "计划前往的地点均在允许停留活动区域内。"));
    }

    /** The regime's area for the trip; null when the regime cannot say (then UNKNOWN). */
    abstract @Nullable PermittedArea area(TripFacts trip);

    /** The finding when {@link #area} is null. */
    abstract Finding noArea(TripFacts trip);

    private static final int INSIDE = 0;
    private static final int OUTSIDE = 1;
    private static final int UNRESOLVED = 2;

    /** Where a planned place lies with respect to the area. */
    private static int classify(Catalogue catalogue, PermittedArea area, PlaceCode place) {
      if (!place.mainland()) {
        return OUTSIDE;
      }
      if (!catalogue.knows(place)) {
        return UNRESOLVED;
      }
      if (area.contains(place)) {
        return INSIDE;
      }
      return place.level() == PlaceLevel.PROVINCE && coversPartOf(area, place) ? UNRESOLVED : OUTSIDE;
    }

    @Override
    Status status(TripFacts trip) {
      List<PlaceCode> visits = trip.trip.visits();
      if (visits.isEmpty()) {
        return Status.PASS;
      }
      PermittedArea area = area(trip);
      if (area == null) {
        return Status.UNKNOWN;
      }
      Status status = Status.PASS;
      for (int i = 0, n = visits.size(); i < n; i++) {
        int where = classify(trip.catalogue, area, visits.get(i));
        if (where == OUTSIDE) {
          return Status.FAIL;
        }
        if (where == UNRESOLVED) {
          status = Status.UNKNOWN;
        }
      }
      return status;
    }

    @Override
    Finding check(TripFacts trip) {
      List<PlaceCode> visits = trip.trip.visits();
      if (visits.isEmpty()) {
        return noPlaces;
      }
      PermittedArea area = area(trip);
      if (area == null) {
        return noArea(trip);
      }
      List<PlaceCode> outside = null;
      List<PlaceCode> unresolved = null;
      for (PlaceCode place : visits) {
        int where = classify(trip.catalogue, area, place);
        if (where == OUTSIDE) {
          outside = add(outside, place);
        } else if (where == UNRESOLVED) {
          unresolved = add(unresolved, place);
        }
      }
      if (outside != null) {
        return findings.fail(OUTSIDE_TEXT.with(new PlaceNames(trip.catalogue, outside)));
      }
      if (unresolved != null) {
        return findings.unknown(UNRESOLVED_TEXT.with(new PlaceNames(trip.catalogue, unresolved)));
      }
      return allInside;
    }

    private static boolean coversPartOf(PermittedArea area, PlaceCode province) {
      String prefix = province.value().substring(0, 2);
      for (PlaceCode p : area.prefectures()) {
        if (p.value().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    private static List<PlaceCode> add(@Nullable List<PlaceCode> list, PlaceCode place) {
      List<PlaceCode> l = list == null ? new ArrayList<>() : list;
      l.add(place);
      return l;
    }
  }

  /** Places named in the reader's language: "Lhasa (540100), Nanchong (511300)". */
  static final class PlaceNames implements LocalizedText {
    private final Catalogue catalogue;
    private final List<PlaceCode> places;

    PlaceNames(Catalogue catalogue, List<PlaceCode> places) {
      this.catalogue = catalogue;
      this.places = List.copyOf(places);
    }

    @Override
    public String render(Locale locale) {
      StringBuilder b = new StringBuilder();
      for (PlaceCode p : places) {
        if (b.length() > 0) {
          b.append(Texts.zh(locale) ? "、" : ", ");
        }
        String name = null;
        if (p.level() == PlaceLevel.PROVINCE) {
          if (catalogue.province(p).isPresent()) {
            name = catalogue.province(p).get().name(locale);
          }
        } else if (catalogue.place(p).isPresent()) {
          name = catalogue.place(p).get().name(locale);
        }
        b.append(name == null ? p.value() : name + " (" + p.value() + ")");
      }
      return b.toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof PlaceNames && ((PlaceNames) o).places.equals(places);
    }

    @Override
    public int hashCode() {
      return places.hashCode();
    }

    @Override
    public String toString() {
      return render(Locale.ENGLISH);
    }
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
