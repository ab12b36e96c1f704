package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.data.TransitZone;
import io.github.transitpolicy.data.TransitZonePort;
import io.github.transitpolicy.model.Confidence;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The regional 72- and 144-hour transit schemes of 2013-01-01 to 2024-12-16 (SPEC 3.8), one unit per
 * regime: the traveller entered through a port of a zone ({@code transit_history_zones}, {@code
 * transit_history_ports}), stayed in its area, and left through a port of the same zone within its hours.
 * The regime's terms ({@code regime_terms}) say when it was in force, the gap being the suspension of
 * 2020-03-28 to 2023-01-07; the countries are dated in {@code regime_countries}. A row of confidence L,
 * or a day before a long-standing row's first day, answers UNKNOWN.
 */
final class HistoryTransitRules extends RegimeRules {

  private final PolicyInForce policyInForce;
  private final NationalityEligible nationalityEligible;
  private final SharedRules.DocumentValidity documentValidity;
  private final EntryPort entryPort;
  private final ExitPort exitPort;
  private final SharedRules.RouteToThirdCountry routeToThirdCountry;
  private final StayWithinLimit stayWithinLimit;
  private final SharedRules.OnwardTicketConfirmed onwardTicketConfirmed;
  private final PurposePermitted purposePermitted;
  private final VisitsWithinArea visitsWithinArea;
  private final List<Rule> rules;
  private final Zones zones;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue, Regime regime) {
    return new HistoryTransitRules(catalogue, regime);
  }

  HistoryTransitRules(Catalogue catalogue, Regime regime) {
    super(regime);
    Zones zones = new Zones(catalogue);
    this.zones = zones;
    this.rules = inReportOrder(
        policyInForce = new PolicyInForce(catalogue, regime),
        nationalityEligible = new NationalityEligible(catalogue, regime),
        documentValidity = new SharedRules.DocumentValidity(catalogue, regime, null),
        entryPort = new EntryPort(catalogue, regime, zones),
        exitPort = new ExitPort(catalogue, regime, zones),
        routeToThirdCountry = new SharedRules.RouteToThirdCountry(catalogue, regime),
        stayWithinLimit = new StayWithinLimit(catalogue, regime, zones),
        onwardTicketConfirmed = new SharedRules.OnwardTicketConfirmed(catalogue, regime),
        purposePermitted = new PurposePermitted(catalogue, regime),
        visitsWithinArea = new VisitsWithinArea(catalogue, regime, zones));
  }

  /** Only a trip entering on a day of the scheme's terms can use it; {@link PolicyInForce} fails the others. */
  @Override
  Gate gate() {
    return Gate.needingTermsOf(regime, policyInForce.index);
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The date first: nearly every trip a service sees is outside the scheme's years.
    Answer a = Answer.STATUS;
    return d.add(policyInForce, policyInForce.check(t, a))
        && d.add(entryPort, entryPort.check(t, a))
        && d.add(routeToThirdCountry, routeToThirdCountry.check(t, a))
        && d.add(onwardTicketConfirmed, onwardTicketConfirmed.check(t, a))
        && d.add(purposePermitted, purposePermitted.check(t, a))
        && d.add(nationalityEligible, nationalityEligible.check(t, a))
        && d.add(exitPort, exitPort.check(t, a))
        && d.add(stayWithinLimit, stayWithinLimit.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(visitsWithinArea, visitsWithinArea.check(t, a));
  }

  /**
   * The zone tables of one catalogue, indexed by port and by zone id: the rules look a trip's ports up
   * several times on every trip a batch checks, and a scan of every row each time was a tenth of a
   * batch's cost. Built once a unit; the rows are the catalogue's own.
   */
  static final class Zones {
    private final Map<String, List<TransitZonePort>> byPort = new HashMap<>();
    private final Map<String, List<TransitZone>> byId = new HashMap<>();
    /** Each zone row's area, made once: its places split by level. */
    private final Map<TransitZone, PermittedArea> areas = new IdentityHashMap<>();

    Zones(Catalogue catalogue) {
      for (TransitZonePort p : catalogue.transitZonePorts()) {
        byPort.computeIfAbsent(p.port(), k -> new ArrayList<>(2)).add(p);
      }
      for (TransitZone z : catalogue.transitZones()) {
        byId.computeIfAbsent(z.zone(), k -> new ArrayList<>(2)).add(z);
        areas.put(z, areaOf(z));
      }
    }

    /** The zone-port row of this regime for a port on a day; null if none. */
    @Nullable TransitZonePort zonePort(Regime regime, String port, LocalDate day) {
      for (TransitZonePort p : byPort.getOrDefault(port, List.of())) {
        if (p.validity().contains(day)) {
          TransitZone z = zone(p.zone(), day);
          if (z != null && z.regime() == regime) {
            return p;
          }
        }
      }
      return null;
    }

    /** The zone row of an id on a day; null if none. */
    @Nullable TransitZone zone(String zone, LocalDate day) {
      for (TransitZone z : byId.getOrDefault(zone, List.of())) {
        if (z.validity().contains(day)) {
          return z;
        }
      }
      return null;
    }

    /** The zone the traveller entered, if the entry port is a firm port of this regime on the entry date. */
    @Nullable TransitZone entryZone(TripFacts trip, Regime regime) {
      // Kept in the trip's facts: three rules of each regime ask, on every trip a batch checks.
      Object kept = trip.keptEntryZone(regime);
      if (kept != TripFacts.NOT_KEPT) {
        return kept instanceof TransitZone ? (TransitZone) kept : null;
      }
      TransitZone z = findEntryZone(trip, regime);
      trip.keepEntryZone(regime, z);
      return z;
    }

    /** The zone of entry looked up afresh (tests compare the kept one with it). */
    @Nullable TransitZone findEntryZone(TripFacts trip, Regime regime) {
      Port port = trip.arrivalPort;
      if (port == null) {
        return null;
      }
      TransitZonePort p = zonePort(regime, port.id(), trip.entryDate);
      return p == null || p.confidence() == Confidence.L ? null : zone(p.zone(), trip.entryDate);
    }

    /** Whether a long-standing or weak row may put the port in a zone of this regime on the day. */
    boolean maybeZonePort(Regime regime, String port, LocalDate day) {
      for (TransitZonePort p : byPort.getOrDefault(port, List.of())) {
        boolean before = p.longStanding() && p.validity().from().isPresent() && day.isBefore(p.validity().from().get());
        boolean weak = p.confidence() == Confidence.L && p.validity().contains(day);
        if (before || weak) {
          for (TransitZone z : byId.getOrDefault(p.zone(), List.of())) {
            if (z.regime() == regime) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The zone's area. */
    PermittedArea area(TransitZone z) {
      PermittedArea a = areas.get(z);
      return a != null ? a : areaOf(z);
    }
  }

  /** The earliest and latest exit deadlines of a zone: equal where its counting is known. */
  static ZonedDateTime[] deadlines(TripFacts trip, TransitZone z) {
    Optional<StayCounting> c = z.counting();
    ZonedDateTime elapsed = trip.afterHours(z.hours());
    ZonedDateTime midnight = SharedRules.fromNextMidnight(trip.day, z.hours());
    if (c.isEmpty()) {
      return new ZonedDateTime[] {elapsed, midnight};
    }
    ZonedDateTime by = c.get() == StayCounting.ELAPSED ? elapsed : midnight;
    return new ZonedDateTime[] {by, by};
  }

  /** The earliest deadline the zone's counting allows, no later than the document's end. */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    TransitZone z = zones.entryZone(trip, regime);
    return z == null ? null : SharedRules.withinDocument(deadlines(trip, z)[0], trip);
  }

  @Override
  PermittedArea area(TripFacts trip) {
    TransitZone z = zones.entryZone(trip, regime);
    return z == null ? PermittedArea.of(List.of(), List.of()) : zones.area(z);
  }

  static PermittedArea areaOf(TransitZone z) {
    List<PlaceCode> provinces = new ArrayList<>();
    List<PlaceCode> prefectures = new ArrayList<>();
    for (PlaceCode p : z.area()) {
      (p.level() == PlaceLevel.PROVINCE ? provinces : prefectures).add(p);
    }
    return PermittedArea.of(provinces, prefectures);
  }

  /** The scheme is in force on the entry date: within its years and outside the suspension. */
  static final class PolicyInForce extends Rule {
    private final Regime regime;

    PolicyInForce(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.POLICY_IN_FORCE));
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      var t = trip.day.terms(regime);
      return t != null
          ? cite(to, Status.PASS, t.source(), Messages.HISTORY_POLICY_IN_FORCE_IN_FORCE, trip.entryDate)
          : fail(to, Messages.HISTORY_POLICY_IN_FORCE_NOT_IN_FORCE, trip.entryDate);
    }
  }

  /** The nationality is on the list of the entry date; a row of confidence L: UNKNOWN. */
  static final class NationalityEligible extends Rule {
    private final Regime regime;

    NationalityEligible(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.NATIONALITY_ELIGIBLE));
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode nationality = trip.nationality;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return unknown(to, Messages.HISTORY_NATIONALITY_BRITISH, nationality.code());
      }
      Optional<CountryEligibility> listed = trip.catalogue.eligibility(regime, nationality, trip.entryDate);
      if (listed.isEmpty()) {
        return fail(to, Messages.HISTORY_NATIONALITY_NOT_ON_LIST, nationality, trip.entryDate);
      }
      CountryEligibility e = listed.get();
      return cite(to, e.confidence() == Confidence.L ? Status.UNKNOWN : Status.PASS, e.source(),
          e.confidence() == Confidence.L ? Messages.HISTORY_NATIONALITY_UNSURE : Messages.HISTORY_NATIONALITY_ON_LIST,
          nationality, trip.entryDate);
    }
  }

  /** Entry through a port of a zone of this regime on the entry date. */
  static final class EntryPort extends Rule {
    private final Regime regime;
    private final Zones zones;

    EntryPort(Catalogue catalogue, Regime regime, Zones zones) {
      super(new Findings(catalogue, regime, FindingCode.ENTRY_PORT_DESIGNATED));
      this.zones = zones;
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.arrivalPort;
      LocalDate day = trip.entryDate;
      if (port == null) {
        return unknown(to, Messages.HISTORY_PORT_UNKNOWN, trip.trip.arrival().port());
      }
      TransitZonePort p = zones.zonePort(regime, port.id(), day);
      if (p != null) {
        return p.confidence() == Confidence.L
            ? cite(to, Status.UNKNOWN, p.source(), Messages.HISTORY_ENTRY_PORT_UNSURE, port, p.zone(), day)
            : cite(to, Status.PASS, p.source(), Messages.HISTORY_ENTRY_PORT_IN_ZONE, port, p.zone(), day);
      }
      if (zones.maybeZonePort(regime, port.id(), day)) {
        return unknown(to, Messages.HISTORY_ENTRY_PORT_LIST_INCOMPLETE, port, day);
      }
      return trip.catalogue.transitZoneListComplete(regime, day)
          ? fail(to, Messages.HISTORY_ENTRY_PORT_NOT_IN_ZONE, port, day)
          : unknown(to, Messages.HISTORY_ENTRY_PORT_LIST_INCOMPLETE, port, day);
    }
  }

  /** Exit through a port of the zone of entry, or an open port of the zone's exit province. */
  static final class ExitPort extends Rule {
    private final Regime regime;
    private final Zones zones;

    ExitPort(Catalogue catalogue, Regime regime, Zones zones) {
      super(new Findings(catalogue, regime, FindingCode.EXIT_PORT_PERMITTED));
      this.zones = zones;
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      TransitZone z = zones.entryZone(trip, regime);
      if (z == null) {
        return unknown(to, Messages.HISTORY_EXIT_PORT_NO_ZONE);
      }
      Port port = trip.departurePort;
      if (port == null) {
        return unknown(to, Messages.HISTORY_PORT_UNKNOWN, trip.trip.departure().port());
      }
      LocalDate day = trip.departure.toLocalDate();
      if (z.exitProvince().isPresent() && port.province().equals(z.exitProvince().get())
          && SharedRules.openOn(port, day) != null) {
        return pass(to, Messages.HISTORY_EXIT_PORT_ZONE_PROVINCE, port, z.zone());
      }
      TransitZonePort p = zones.zonePort(regime, port.id(), trip.entryDate);
      if (p != null && p.zone().equals(z.zone())) {
        return p.confidence() == Confidence.L
            ? cite(to, Status.UNKNOWN, p.source(), Messages.HISTORY_ENTRY_PORT_UNSURE, port, p.zone(), trip.entryDate)
            : pass(to, Messages.HISTORY_EXIT_PORT_SAME_ZONE, port, z.zone());
      }
      return fail(to, Messages.HISTORY_EXIT_PORT_OTHER_ZONE, port, z.zone());
    }
  }

  /** Departure within the zone's hours; where the counting is not sourced, only a departure within both readings passes. */
  static final class StayWithinLimit extends Rule {
    private final Regime regime;
    private final Zones zones;
    /** The most hours any zone of the regime allowed: a stay beyond them fails whatever the zone. */
    private final long longestHours;

    StayWithinLimit(Catalogue catalogue, Regime regime, Zones zones) {
      super(new Findings(catalogue, regime, FindingCode.STAY_WITHIN_LIMIT));
      this.zones = zones;
      this.regime = regime;
      long longest = 0;
      for (TransitZone z : catalogue.transitZones()) {
        if (z.regime() == regime) {
          longest = Math.max(longest, z.hours());
        }
      }
      this.longestHours = longest;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      TransitZone z = zones.entryZone(trip, regime);
      if (z == null) {
        // The zone is not known, but its hours are bounded: the later reading (from the next midnight) of
        // the longest zone is the latest any zone of the regime allowed.
        ZonedDateTime latest = SharedRules.fromNextMidnight(trip.day, longestHours);
        return longestHours > 0 && SharedRules.isAfter(trip.departure, latest)
            ? fail(to, Messages.HISTORY_STAY_BEYOND_ANY_ZONE, trip.departure.toLocalDateTime(), longestHours, latest)
            : unknown(to, Messages.HISTORY_STAY_NO_ZONE);
      }
      ZonedDateTime[] by = deadlines(trip, z);
      if (SharedRules.isAfter(trip.departure, by[1])) {
        return fail(to, Messages.HISTORY_STAY_BEYOND, trip.departure.toLocalDateTime(), by[1]);
      }
      if (SharedRules.isAfter(trip.departure, by[0])) {
        return unknown(to, Messages.HISTORY_STAY_COUNTING_UNKNOWN, trip.departure.toLocalDateTime(), by[0], by[1]);
      }
      return pass(to, Messages.HISTORY_STAY_WITHIN, trip.departure.toLocalDateTime(), by[0]);
    }
  }

  /** The purpose is one transit admits: the 240-hour table's answer, the purposes being the same (tourism, business, visits). */
  static final class PurposePermitted extends Rule {
    private final List<Optional<PurposeRule>> byPurpose;

    PurposePermitted(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.PURPOSE_PERMITTED));
      this.byPurpose = SharedRules.purposeRules(catalogue, PurposeScope.TRANSIT_240H);
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Purpose purpose = trip.trip.purpose();
      return SharedRules.purpose(this, to, purpose, byPurpose.get(purpose.ordinal()));
    }
  }

  /** Every planned place lies in the zone's area; outside an area a source gives only in part: UNKNOWN. */
  static final class VisitsWithinArea extends Rule {
    private final Regime regime;
    private final Zones zones;

    VisitsWithinArea(Catalogue catalogue, Regime regime, Zones zones) {
      super(new Findings(catalogue, regime, FindingCode.VISITS_WITHIN_AREA));
      this.zones = zones;
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      List<PlaceCode> visits = trip.trip.visits();
      if (visits.isEmpty()) {
        return pass(to, Messages.SHARED_VISITS_NONE_PLANNED);
      }
      TransitZone z = zones.entryZone(trip, regime);
      if (z == null) {
        return unknown(to, Messages.HISTORY_AREA_NO_ZONE);
      }
      PermittedArea area = zones.area(z);
      List<PlaceCode> outside = new ArrayList<>();
      List<PlaceCode> unsure = new ArrayList<>();
      for (PlaceCode place : visits) {
        if (!place.mainland()) {
          outside.add(place);
        } else if (!trip.catalogue.knows(place)) {
          unsure.add(place);
        } else if (!area.contains(place)) {
          (z.areaExact() ? outside : unsure).add(place);
        }
      }
      if (!outside.isEmpty()) {
        return fail(to, Messages.HISTORY_AREA_OUTSIDE, z.zone(),
            to.detailed() ? new SharedRules.PlaceNames(trip.catalogue, outside) : null);
      }
      if (!unsure.isEmpty()) {
        return unknown(to, Messages.HISTORY_AREA_UNSURE, z.zone(),
            to.detailed() ? new SharedRules.PlaceNames(trip.catalogue, unsure) : null);
      }
      return pass(to, Messages.HISTORY_AREA_ALL_INSIDE, z.zone());
    }
  }
}
