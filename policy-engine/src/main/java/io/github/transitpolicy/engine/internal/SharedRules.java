package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    return fromNextMidnight(entryDate, hours, null);
  }

  /** {@link #fromNextMidnight(LocalDate, long)} of a trip's entry day, its midnights made once a day. */
  static ZonedDateTime fromNextMidnight(PolicyDay day, long hours) {
    return fromNextMidnight(day.date, hours, day);
  }

  private static ZonedDateTime fromNextMidnight(LocalDate entryDate, long hours, @Nullable PolicyDay day) {
    // A stay of whole days ends at the midnight that many days on: placed in the zone once, not twice.
    // The two agree wherever the offset does not change in between, as in Beijing since 1991
    // (StayDeadlineTest).
    if (hours % 24 == 0) {
      return midnight(entryDate, 1 + hours / 24, day);
    }
    return midnight(entryDate, 1, day).plusHours(hours);
  }

  /** 00:00 in Beijing, {@code days} after {@code date}: the day's memo of it when given. */
  static ZonedDateTime midnight(LocalDate date, long days, @Nullable PolicyDay day) {
    return day != null ? day.midnightAfter(days) : date.plusDays(days).atStartOfDay(BeijingTime.ZONE);
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

  /** Every province of the mainland, as an area. */
  static PermittedArea mainland(Catalogue catalogue) {
    List<PlaceCode> provinces = new ArrayList<>();
    for (io.github.transitpolicy.model.Province p : catalogue.provinces()) {
      provinces.add(p.code());
    }
    return PermittedArea.of(provinces, List.of());
  }

  /**
   * A deadline no later than the end of the document's last valid day: {@code by} itself when the
   * document lasts until then, which needs no new object, else 24:00 of the expiry day.
   */
  static ZonedDateTime withinDocument(ZonedDateTime by, TripFacts trip) {
    LocalDate expiry = trip.trip.traveller().document().expiry();
    return within(by, expiry) ? by : endOfDay(expiry);
  }

  /** The earlier of two deadlines; {@code b} may be absent. */
  static ZonedDateTime earliest(ZonedDateTime a, @Nullable ZonedDateTime b) {
    return b != null && isAfter(a, b) ? b : a;
  }

  /**
   * The travel document is valid through the departure (until 24:00 of its expiry day), and until the
   * day the regime's terms require (240-hour transit: 3 months after entry). One class for every
   * regime, its minimum read from the day's terms, so that the call needs no dispatch.
   */
  static final class DocumentValidity extends Rule {
    private final Regime regime;
    private final @Nullable MessageTemplate withoutTerms;

    /**
     * @param withoutTerms for a regime that always sets a minimum, what it says on a day without terms
     *     (UNKNOWN); null for a regime whose terms may set none
     */
    DocumentValidity(Catalogue catalogue, Regime regime, @Nullable MessageTemplate withoutTerms) {
      super(new Findings(catalogue, regime, FindingCode.DOCUMENT_VALIDITY));
      this.regime = regime;
      this.withoutTerms = withoutTerms;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      LocalDate needed = trip.day.documentNeededUntil(regime);
      if (withoutTerms != null && needed == null) {
        return trip.day.terms(regime) == null
            ? unknown(to, withoutTerms)
            : unknown(to, Messages.SHARED_DOCUMENT_VALIDITY_NO_RULE);
      }
      LocalDate expiry = trip.trip.traveller().document().expiry();
      LocalDate leaves = trip.departure.toLocalDate();
      if (!within(trip.departure, expiry)) {
        return fail(to, Messages.SHARED_DOCUMENT_VALIDITY_EXPIRES_BEFORE_DEPARTURE, expiry, leaves);
      }
      if (needed == null) {
        return pass(to, Messages.SHARED_DOCUMENT_VALIDITY_VALID_THROUGH, expiry, leaves);
      }
      Object months = to.detailed() ? months(trip) : null;
      return expiry.isBefore(needed)
          ? fail(to, Messages.SHARED_DOCUMENT_VALIDITY_SHORT_OF_MINIMUM, expiry, months, needed)
          : pass(to, Messages.SHARED_DOCUMENT_VALIDITY_VALID_WITH_MINIMUM, expiry, months, needed);
    }

    private int months(TripFacts trip) {
      RegimeTerms t = trip.day.terms(regime);
      return t == null ? 0 : t.minDocumentValidityMonths().orElse(0);
    }
  }

  /**
   * The regime covers ordinary passports only: diplomatic, service, official and emergency passports
   * may fall under other agreements, which are not modelled (UNKNOWN); other documents FAIL.
   */
  static final class OrdinaryPassportOnly extends Rule {
    private final MessageTemplate ordinary;
    private final MessageTemplate other;
    private final MessageTemplate notCovered;

    OrdinaryPassportOnly(Catalogue catalogue, Regime regime, MessageTemplate ordinary, MessageTemplate other,
        MessageTemplate notCovered) {
      super(new Findings(catalogue, regime, FindingCode.DOCUMENT_ACCEPTED));
      this.ordinary = ordinary;
      this.other = other;
      this.notCovered = notCovered;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      DocumentType type = trip.trip.traveller().document().type();
      switch (type) {
        case ORDINARY_PASSPORT:
          return pass(to, ordinary);
        case DIPLOMATIC_PASSPORT:
        case SERVICE_PASSPORT:
        case OFFICIAL_PASSPORT:
        case EMERGENCY_PASSPORT:
          return unknown(to, other, to.detailed() ? Texts.aDocumentText(type) : null);
        default:
          return fail(to, notCovered, to.detailed() ? Texts.aDocumentText(type) : null);
      }
    }
  }

  /** The capability row that makes a port open to foreigners on a day; null if none does. */
  static @Nullable PortCapability openOn(Port port, LocalDate day) {
    return capabilityOn(port, Capability.OPEN_PORT, day);
  }

  /**
   * The row of a port's capability in force on a day; null if none is. Decided by {@link Port#has},
   * which reads the capabilities of that kind only; the row is then found by index, with no iterator.
   */
  static @Nullable PortCapability capabilityOn(Port port, Capability capability, LocalDate day) {
    if (!port.has(capability, day)) {
      return null;
    }
    List<PortCapability> all = port.capabilities();
    for (int i = 0, n = all.size(); i < n; i++) {
      PortCapability c = all.get(i);
      if (c.capability() == capability && c.validity().contains(day)) {
        return c;
      }
    }
    return null;
  }

  /** The port of entry is a mainland port open to foreigners on the entry date; unknown: UNKNOWN. */
  static final class EntryPortOpen extends Rule {
    EntryPortOpen(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ENTRY_PORT_OPEN));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return portOpen(this, to, trip, trip.arrivalPort, trip.trip.arrival().port(), trip.entryDate);
    }
  }

  /** The port of exit is a mainland port open to foreigners on the departure date; unknown: UNKNOWN. */
  static final class ExitPortOpen extends Rule {
    ExitPortOpen(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.EXIT_PORT_OPEN));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return portOpen(this, to, trip, trip.departurePort, trip.trip.departure().port(), trip.departure.toLocalDate());
    }
  }

  private static Status portOpen(Rule rule, Answer to, TripFacts trip, @Nullable Port port, String asGiven,
      LocalDate day) {
    if (port == null) {
      // Not a catalogue port: an airport abroad (or in Hong Kong, Macao, Taiwan) is no mainland port; a
      // mainland airport missing from the ports, or a name nobody knows, is never a pass.
      Airport airport = trip.catalogue.airport(asGiven).orElse(null);
      if (airport == null) {
        return rule.unknown(to, Messages.SHARED_PORT_OPEN_UNKNOWN, asGiven);
      }
      if (airport.inMainland()) {
        return rule.unknown(to, Messages.SHARED_PORT_OPEN_MAINLAND_UNLISTED, asGiven);
      }
      return rule.fail(to, Messages.SHARED_PORT_OPEN_OUTSIDE_MAINLAND, asGiven, airport.country());
    }
    if (!port.has(Capability.OPEN_PORT, day)) {
      return rule.fail(to, Messages.SHARED_PORT_OPEN_NOT_OPEN, port, day);
    }
    PortCapability open = to.detailed() ? openOn(port, day) : null;
    return rule.cite(to, Status.PASS, open == null ? "" : open.source(), Messages.SHARED_PORT_OPEN_OPEN, port, day);
  }

  /**
   * Every planned place lies in the regime's area. A place outside the mainland (Hong Kong, Macao,
   * Taiwan) is outside every area; a code the catalogue does not know is UNKNOWN even inside a whole
   * permitted province, as the catalogue cannot say it is a real place.
   */
  static class VisitsWithinArea extends Rule {
    private final @Nullable PermittedArea area;
    private final @Nullable MessageTemplate beforeArea;

    /**
     * @param area the regime's area; null for 240-hour transit, whose area is the day's permitted area
     * @param beforeArea what 240-hour transit says before its first version (UNKNOWN); null otherwise
     */
    VisitsWithinArea(Catalogue catalogue, Regime regime, @Nullable PermittedArea area,
        @Nullable MessageTemplate beforeArea) {
      super(new Findings(catalogue, regime, FindingCode.VISITS_WITHIN_AREA));
      this.area = area;
      this.beforeArea = beforeArea;
    }

    /** The regime's area for the trip; null when the regime cannot say. Tour groups override it. */
    @Nullable PermittedArea area(TripFacts trip) {
      if (area != null) {
        return area;
      }
      return trip.day.transitVersion == null ? null : trip.day.transitArea;
    }

    private static final int INSIDE = 0;
    private static final int OUTSIDE = 1;
    private static final int UNRESOLVED = 2;

    /** Where a planned place lies with respect to the area. */
    private static int classify(Catalogue catalogue, PermittedArea area, PlaceCode place) {
      if (!place.mainland()) {
        return OUTSIDE;
      }
      if (!catalogue.knows(place)) {
        // Unknown, yet in a province the area does not touch at all: outside whatever it is.
        return area.touches(place) ? UNRESOLVED : OUTSIDE;
      }
      if (area.contains(place)) {
        return INSIDE;
      }
      // A province not contained is permitted in part if the area touches it: some of its places are in.
      return place.level() == PlaceLevel.PROVINCE && area.touches(place) ? UNRESOLVED : OUTSIDE;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      List<PlaceCode> visits = trip.trip.visits();
      if (visits.isEmpty()) {
        return pass(to, Messages.SHARED_VISITS_NONE_PLANNED);
      }
      PermittedArea area = area(trip);
      if (area == null) {
        return unknown(to, beforeArea != null ? beforeArea : Messages.TRANSIT_240H_BEFORE_POLICY);
      }
      boolean outside = false;
      boolean unresolved = false;
      for (int i = 0, n = visits.size(); i < n; i++) {
        int where = classify(trip.catalogue, area, visits.get(i));
        outside |= where == OUTSIDE;
        unresolved |= where == UNRESOLVED;
      }
      if (outside) {
        return fail(to, Messages.SHARED_VISITS_OUTSIDE, to.detailed() ? names(trip, area, OUTSIDE) : null);
      }
      if (unresolved) {
        return unknown(to, Messages.SHARED_VISITS_UNRESOLVED, to.detailed() ? names(trip, area, UNRESOLVED) : null);
      }
      return pass(to, Messages.SHARED_VISITS_ALL_INSIDE);
    }

    /** The planned places that lie {@code where}, named. */
    private static PlaceNames names(TripFacts trip, PermittedArea area, int where) {
      List<PlaceCode> places = new ArrayList<>();
      for (PlaceCode place : trip.trip.visits()) {
        if (classify(trip.catalogue, area, place) == where) {
          places.add(place);
        }
      }
      return new PlaceNames(trip.catalogue, places);
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
      List<String> names = new ArrayList<>();
      for (PlaceCode p : places) {
        String name = null;
        if (p.level() == PlaceLevel.PROVINCE) {
          if (catalogue.province(p).isPresent()) {
            name = catalogue.province(p).get().name(locale);
          }
        } else if (catalogue.place(p).isPresent()) {
          name = catalogue.place(p).get().name(locale);
        }
        names.add(name == null ? p.value() : Message.of(Messages.FORMAT_NAMED_CODE, name, p.value()).render(locale));
      }
      return Texts.list(names, locale);
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
    RouteToThirdCountry(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ROUTE_TO_THIRD_COUNTRY));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode from = trip.trip.arrival().from();
      CountryCode goesTo = trip.trip.departure().to();
      if (!isPlace(from) || !isPlace(goesTo)) {
        return unknown(to, Messages.SHARED_ROUTE_NOT_A_PLACE, isPlace(from) ? goesTo.code() : from.code());
      }
      if (from.isMainlandChina() || goesTo.isMainlandChina()) {
        return fail(to, Messages.SHARED_ROUTE_MAINLAND);
      }
      if (from.equals(goesTo)) {
        return fail(to, Messages.SHARED_ROUTE_SAME_PLACE, from);
      }
      return pass(to, Messages.SHARED_ROUTE_THIRD_PLACE, from, goesTo);
    }

    private static boolean isPlace(CountryCode c) {
      return c.kind() == CountryCode.Kind.COUNTRY || c.kind() == CountryCode.Kind.REGION;
    }
  }

  /** The traveller holds a ticket with a confirmed date to the onward destination. */
  static final class OnwardTicketConfirmed extends Rule {
    OnwardTicketConfirmed(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ONWARD_TICKET_CONFIRMED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return trip.trip.departure().onwardTicketConfirmed()
          ? pass(to, Messages.SHARED_ONWARD_TICKET_HELD)
          : fail(to, Messages.SHARED_ONWARD_TICKET_MISSING);
    }
  }

  /** The rule of every purpose in a scope, in the order of {@link Purpose}. */
  static List<Optional<PurposeRule>> purposeRules(Catalogue catalogue, PurposeScope scope) {
    List<Optional<PurposeRule>> rules = new ArrayList<>();
    for (Purpose p : Purpose.values()) {
      rules.add(catalogue.purposeRule(scope, p));
    }
    return List.copyOf(rules);
  }

  /** Whether a purpose is permitted by a rule of the tables, as one rule says it. */
  static Status purpose(Rule rule, Answer to, Purpose purpose, Optional<PurposeRule> found) {
    // The purpose's name only for a message: the verdict's path need not load the texts.
    @Nullable LocalizedText name = to.detailed() ? Texts.purposeText(purpose) : null;
    if (found.isEmpty()) {
      return rule.unknown(to, Messages.SHARED_PURPOSE_UNKNOWN, name);
    }
    return found.get().permitted()
        ? rule.cite(to, Status.PASS, found.get().source(), Messages.SHARED_PURPOSE_PERMITTED, name)
        : rule.cite(to, Status.FAIL, found.get().source(), Messages.SHARED_PURPOSE_NEEDS_VISA, name);
  }
}
