package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.GroupArea;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.PurposeRule;
import io.github.transitpolicy.data.PurposeScope;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.data.StayCounting;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PlaceLevel;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortCapability;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The five tour group regimes (SPEC 3.7), one unit each, built by the factories below: a group of at
 * least two organised by the agency the regime names, entering and leaving together through the
 * regime's ports, staying in its area up to its limit. Their terms (stay and counting) are dated in
 * {@code regime_terms}, their nationalities in {@code regime_countries}, their ports as capabilities in
 * {@code port_capabilities}, their purposes under {@link PurposeScope#TOUR_GROUP}.
 *
 * <p>{@link #decide} checks the group first: it reads the trip's own fields, and almost no trip that
 * reaches these regimes is a group, so they cost one field read.
 */
final class GroupRules extends RegimeRules {

  /** How a regime names its ports. */
  private enum Ports {
    /** Ports with {@link Capability#ASEAN_GROUP_PORT} inside the regime's area. */
    ASEAN,
    /** Ports with {@link Capability#CRUISE_PORT}. */
    CRUISE,
    /** Open ports inside the regime's area. */
    OPEN_IN_AREA
  }

  private final GroupOrganiser organiser;
  private final boolean fromHongKongOrMacao;
  private final Ports ports;
  /** The area of a group the tables place nowhere on its entry date. */
  private static final PermittedArea NOWHERE = PermittedArea.of(List.of(), List.of());

  /** The regime's rows of {@code group_areas}: where its groups stay, by entry prefecture, dated. */
  private final DatedAreas areas;

  private final PolicyInForce policyInForce;
  private final @Nullable NationalityEligible nationalityEligible;
  private final SharedRules.@Nullable OrdinaryPassportOnly documentAccepted;
  private final SharedRules.DocumentValidity documentValidity;
  private final TourGroupAdmitted tourGroupAdmitted;
  private final @Nullable StaysWithShip staysWithShip;
  private final EntryPort entryPort;
  private final ExitPort exitPort;
  private final StayWithinLimit stayWithinLimit;
  private final PurposePermitted purposePermitted;
  private final VisitsWithinGroupArea visitsWithinArea;
  private final List<Rule> rules;

  /**
   * The unit of a group regime, as {@link Regimes#unit} builds it.
   *
   * @throws IllegalArgumentException if no scheme is the regime's
   */
  static RegimeRules unit(Catalogue catalogue, Regime regime) {
    for (Scheme s : Scheme.values()) {
      if (s.regime == regime) {
        return new GroupRules(catalogue, s);
      }
    }
    throw new IllegalArgumentException("regime: the engine has no unit for " + regime);
  }

  /**
   * Builds the unit of a scheme. A scheme not {@code listed} admits any nationality (cruise); one of
   * {@code diplomaticRelations} is UNKNOWN for a nationality the catalogue lacks, not FAIL; one with an
   * {@code earlierVersion} before the 2020-03-28 suspension that the tables do not date is UNKNOWN before
   * its bundled terms.
   */
  GroupRules(Catalogue catalogue, Scheme s) {
    super(s.regime);
    Regime regime = s.regime;
    GroupOrganiser organiser = s.organiser;
    boolean fromHongKongOrMacao = s.fromHongKongOrMacao;
    boolean listed = s.listed;
    boolean diplomaticRelations = s.diplomaticRelations;
    boolean cruise = s.cruise;
    boolean earlierVersion = s.earlierVersion;
    Ports ports = s.ports;
    this.organiser = organiser;
    this.fromHongKongOrMacao = fromHongKongOrMacao;
    this.ports = ports;
    this.areas = new DatedAreas(catalogue.groupAreas(regime));
    this.policyInForce = new PolicyInForce(catalogue, regime, earlierVersion);
    this.nationalityEligible = listed ? new NationalityEligible(catalogue, regime, diplomaticRelations) : null;
    this.documentAccepted = listed ? new SharedRules.OrdinaryPassportOnly(catalogue, regime,
        Messages.GROUP_DOCUMENT_ORDINARY, Messages.GROUP_DOCUMENT_OTHER, Messages.GROUP_DOCUMENT_NOT_COVERED) : null;
    this.documentValidity = new SharedRules.DocumentValidity(catalogue, regime, null);
    this.tourGroupAdmitted = new TourGroupAdmitted(catalogue, regime, organiser, fromHongKongOrMacao);
    this.staysWithShip = cruise ? new StaysWithShip(catalogue, regime) : null;
    this.entryPort = new EntryPort(catalogue, regime);
    this.exitPort = new ExitPort(catalogue, regime);
    this.stayWithinLimit = new StayWithinLimit(catalogue, regime);
    this.purposePermitted = new PurposePermitted(catalogue, regime);
    this.visitsWithinArea = new VisitsWithinGroupArea(catalogue, regime);
    List<Rule> order = new ArrayList<>();
    order.add(policyInForce);
    if (nationalityEligible != null) {
      order.add(nationalityEligible);
    }
    if (documentAccepted != null) {
      order.add(documentAccepted);
    }
    order.add(documentValidity);
    order.add(tourGroupAdmitted);
    if (staysWithShip != null) {
      order.add(staysWithShip);
    }
    order.add(entryPort);
    order.add(exitPort);
    order.add(stayWithinLimit);
    order.add(purposePermitted);
    order.add(visitsWithinArea);
    this.rules = inReportOrder(order.toArray(new Rule[0]));
  }

  /**
   * The five schemes: how each unit is built (SPEC 3.7, FACTS 8). Their areas are data, in
   * {@code group_areas}.
   */
  enum Scheme {
    /** ASEAN groups to Xishuangbanna: Gasa airport and the Mohan ports, the prefecture, 6 days (NIA 1/2025). */
    XISHUANGBANNA(Regime.ASEAN_GROUP_XISHUANGBANNA, GroupOrganiser.CHINESE_AGENCY, false, true, false, false, false,
        Ports.ASEAN),
    /** ASEAN groups to Guilin: Guilin airport, Guilin city, 144 hours; resumed 2023-03-15. */
    GUILIN(Regime.ASEAN_GROUP_GUILIN, GroupOrganiser.CHINESE_AGENCY, false, true, false, false, true, Ports.ASEAN),
    /** Cruise groups: the 13 cities' cruise ports, 11 coastal provinces and Beijing, 15 days (NIA 4/2024). */
    CRUISE(Regime.CRUISE_GROUP_15D, GroupOrganiser.CHINESE_AGENCY, false, false, false, true, true, Ports.CRUISE),
    /**
     * Hong Kong/Macao foreign tour groups to Guangdong: the 9 Greater Bay Area cities, or Shantou for a group
     * entering there, 144 hours.
     */
    HK_MACAO_GUANGDONG(Regime.HK_MACAO_GROUP_GUANGDONG, GroupOrganiser.HK_MACAO_AGENCY, true, true, true, false, true,
        Ports.OPEN_IN_AREA),
    /** Hong Kong/Macao foreign tour groups to Hainan: every open port of Hainan, Hainan, 144 hours (NIA 8/2024). */
    HK_MACAO_HAINAN(Regime.HK_MACAO_GROUP_HAINAN, GroupOrganiser.HK_MACAO_AGENCY, true, true, true, false, false,
        Ports.OPEN_IN_AREA);

    final Regime regime;
    final GroupOrganiser organiser;
    final boolean fromHongKongOrMacao;
    final boolean listed;
    final boolean diplomaticRelations;
    final boolean cruise;
    final boolean earlierVersion;
    final Ports ports;

    Scheme(Regime regime, GroupOrganiser organiser, boolean fromHongKongOrMacao, boolean listed,
        boolean diplomaticRelations, boolean cruise, boolean earlierVersion, Ports ports) {
      this.regime = regime;
      this.organiser = organiser;
      this.fromHongKongOrMacao = fromHongKongOrMacao;
      this.listed = listed;
      this.diplomaticRelations = diplomaticRelations;
      this.cruise = cruise;
      this.earlierVersion = earlierVersion;
      this.ports = ports;
    }
  }

  /** Only a member of a tour group can use it; {@link TourGroupAdmitted} fails the others. */
  @Override
  Gate gate() {
    return Gate.needing(Gate.TOUR_GROUP, tourGroupAdmitted.index);
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    Answer a = Answer.STATUS;
    NationalityEligible nationality = nationalityEligible;
    SharedRules.OrdinaryPassportOnly document = documentAccepted;
    StaysWithShip ship = staysWithShip;
    return d.add(tourGroupAdmitted, tourGroupAdmitted.check(t, a))
        && (ship == null || d.add(ship, ship.check(t, a)))
        && (nationality == null || d.add(nationality, nationality.check(t, a)))
        && (document == null || d.add(document, document.check(t, a)))
        && d.add(entryPort, entryPort.check(t, a))
        && d.add(policyInForce, policyInForce.check(t, a))
        && d.add(exitPort, exitPort.check(t, a))
        && d.add(stayWithinLimit, stayWithinLimit.check(t, a))
        && d.add(purposePermitted, purposePermitted.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(visitsWithinArea, visitsWithinArea.check(t, a));
  }

  /** The strictest reading of the limit (one the traveller may leave at), within the document. */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    RegimeTerms t = trip.day.terms(regime);
    if (t == null || t.maxStayHours().isEmpty()) {
      return null;
    }
    return SharedRules.withinDocument(strictDeadline(t, trip), trip);
  }

  @Override
  PermittedArea area(TripFacts trip) {
    PermittedArea area = groupArea(trip);
    return area != null ? area : NOWHERE;
  }

  /** Members of a visa-free group are exempt from the arrival card (item 10). */
  @Override
  ArrivalCardCase arrivalCardCase() {
    return ArrivalCardCase.VISA_FREE_GROUP;
  }

  /**
   * Where the group may stay and leave from: the rows in force on the entry date for the prefecture of
   * its entry port (Shantou), else those for every entry; null when the tables give none that day.
   */
  private @Nullable PermittedArea groupArea(TripFacts trip) {
    Port port = trip.arrivalPort;
    return areas.forEntry(port == null ? Optional.empty() : port.prefecture(), trip.entryDate);
  }

  /**
   * The area of the rows in force on {@code day} for one entry (empty: the rows for every entry), or of
   * all of them ({@code everyEntry}: the ports a group may enter through); null if there are none.
   */
  static @Nullable PermittedArea areaOf(List<GroupArea> areas, Optional<PlaceCode> entry, boolean everyEntry,
      LocalDate day) {
    List<PlaceCode> provinces = new ArrayList<>();
    List<PlaceCode> prefectures = new ArrayList<>();
    for (GroupArea a : areas) {
      if ((everyEntry || a.entry().equals(entry)) && a.validity().contains(day)) {
        (a.place().level() == PlaceLevel.PROVINCE ? provinces : prefectures).add(a.place());
      }
    }
    return provinces.isEmpty() && prefectures.isEmpty() ? null : PermittedArea.of(provinces, prefectures);
  }

  /**
   * A regime's areas, made once with the unit: its rows change only where a validity begins or ends, so
   * between two such days each entry's area is one object. Making it on each check sorted the places
   * of every group rule, for every trip whose statuses are listed ({@code transit-check --csv}).
   */
  static final class DatedAreas {
    /**
     * Period {@code i} runs from epoch day {@code starts[i]} to the day before {@code starts[i + 1]}:
     * searched as numbers, without a {@code compareTo} a step (several searches a rule, for every trip).
     */
    private final long[] starts;
    /** The entries the rows name, as codes, the rows for every entry (empty, 0) first. */
    private final int[] entries;
    /** By period and entry, the area; null where the rows give none. */
    private final @Nullable PermittedArea[][] byEntry;
    /** By period, the area of every row, whatever its entry. */
    private final @Nullable PermittedArea[] ofEveryEntry;

    DatedAreas(List<GroupArea> rows) {
      java.util.TreeSet<LocalDate> changes = new java.util.TreeSet<>();
      List<Optional<PlaceCode>> keys = new ArrayList<>();
      keys.add(Optional.empty());
      for (GroupArea a : rows) {
        if (a.validity().from().isPresent()) {
          changes.add(a.validity().from().get());
        }
        if (a.validity().until().isPresent() && a.validity().until().get().isBefore(LocalDate.MAX)) {
          changes.add(a.validity().until().get().plusDays(1));
        }
        if (!keys.contains(a.entry())) {
          keys.add(a.entry());
        }
      }
      changes.add(LocalDate.MIN);
      LocalDate[] days = changes.toArray(new LocalDate[0]);
      this.starts = new long[days.length];
      for (int i = 0; i < days.length; i++) {
        starts[i] = days[i].toEpochDay();
      }
      this.entries = new int[keys.size()];
      for (int k = 1; k < keys.size(); k++) {
        entries[k] = keys.get(k).orElseThrow().intValue();
      }
      this.byEntry = new PermittedArea[starts.length][keys.size()];
      this.ofEveryEntry = new PermittedArea[starts.length];
      for (int i = 0; i < starts.length; i++) {
        for (int k = 0; k < keys.size(); k++) {
          byEntry[i][k] = areaOf(rows, keys.get(k), false, days[i]);
        }
        ofEveryEntry[i] = areaOf(rows, Optional.empty(), true, days[i]);
      }
    }

    private int period(LocalDate day) {
      int i = java.util.Arrays.binarySearch(starts, day.toEpochDay());
      return i >= 0 ? i : -i - 2;
    }

    /** The area for a group entering in {@code prefecture} on {@code day}: its own rows, else every entry's. */
    @Nullable PermittedArea forEntry(Optional<PlaceCode> prefecture, LocalDate day) {
      @Nullable PermittedArea[] areas = byEntry[period(day)];
      int k = prefecture.isPresent() ? entry(prefecture.get().intValue()) : 0;
      return k > 0 && areas[k] != null ? areas[k] : areas[0];
    }

    /** The place of an entry prefecture among {@link #entries}; 0 (every entry's) if the rows do not name it. */
    private int entry(int prefecture) {
      for (int k = 1; k < entries.length; k++) {
        if (entries[k] == prefecture) {
          return k;
        }
      }
      return 0;
    }

    /** The area of all rows in force on {@code day}, whatever their entry. */
    @Nullable PermittedArea ofEveryEntry(LocalDate day) {
      return ofEveryEntry[period(day)];
    }
  }

  /**
   * Whether departure is later than {@link #strictDeadline}, which it does not make: later than the
   * earlier of two instants is later than either (GroupStayTest).
   */
  static boolean leavesAfterStrict(RegimeTerms t, TripFacts trip) {
    int hours = t.maxStayHours().getAsInt();
    if (t.counting() != StayCounting.UNCERTAIN) {
      return trip.leavesAfterStay(t.counting(), hours);
    }
    return trip.leavesAfterHours(hours)
        || SharedRules.isAfter(trip.departure, SharedRules.midnight(trip.entryDate, (hours + 23) / 24, trip.day));
  }

  /** The deadline every reading of the terms allows. */
  static ZonedDateTime strictDeadline(RegimeTerms t, TripFacts trip) {
    int hours = t.maxStayHours().getAsInt();
    if (t.counting() != StayCounting.UNCERTAIN) {
      return trip.stayDeadline(t.counting(), hours);
    }
    // Elapsed from arrival, or the entry day counted as the first day: whichever ends first.
    ZonedDateTime elapsed = trip.afterHours(hours);
    ZonedDateTime entryDayFirst = SharedRules.midnight(trip.entryDate, (hours + 23) / 24, trip.day);
    return SharedRules.earliest(elapsed, entryDayFirst);
  }

  /**
   * Whether a port is one of the regime's on a day: the row that says so, or null. The ports inside an
   * area lie in the regime's area for any entry on that day.
   */
  private @Nullable PortCapability regimePort(Port port, LocalDate day) {
    switch (ports) {
      case ASEAN:
        return inArea(port, areas.ofEveryEntry(day))
            ? SharedRules.capabilityOn(port, Capability.ASEAN_GROUP_PORT, day) : null;
      case CRUISE:
        return SharedRules.capabilityOn(port, Capability.CRUISE_PORT, day);
      default:
        return inArea(port, areas.ofEveryEntry(day)) ? SharedRules.openOn(port, day) : null;
    }
  }

  /** Whether a port lies in an area: its province, or its city; false without an area. */
  static boolean inArea(Port port, @Nullable PermittedArea area) {
    if (area == null) {
      return false;
    }
    // The area's index, not its sorted sets: a port's province, or its city (always a prefecture-level code).
    if (area.contains(port.province())) {
      return true;
    }
    if (!area.touches(port.province())) {
      // Its city lies in its province (Port checks): most ports are far from a group's area, and the
      // city, an Optional made on each call, was most of what a batch row's statuses allocated.
      return false;
    }
    Optional<PlaceCode> prefecture = port.prefecture();
    return prefecture.isPresent() && area.contains(prefecture.get());
  }

  /** The scheme is in force on the entry date (its terms, dated, carry the 2020-03-28 suspension). */
  static final class PolicyInForce extends Rule {
    private final Regime regime;
    private final boolean earlierVersion;

    PolicyInForce(Catalogue catalogue, Regime regime, boolean earlierVersion) {
      super(new Findings(catalogue, regime, FindingCode.POLICY_IN_FORCE));
      this.regime = regime;
      this.earlierVersion = earlierVersion;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      RegimeTerms t = trip.day.terms(regime);
      if (t != null) {
        return cite(to, Status.PASS, t.source(), Messages.GROUP_POLICY_IN_FORCE, trip.entryDate);
      }
      return earlierVersion
          ? unknown(to, Messages.GROUP_POLICY_EARLIER_NOT_CATALOGUED, trip.entryDate)
          : fail(to, Messages.GROUP_POLICY_NOT_IN_FORCE, trip.entryDate);
    }
  }

  /** The nationality is among the regime's on the entry date. */
  static final class NationalityEligible extends Rule {
    private final Regime regime;
    private final boolean diplomaticRelations;

    NationalityEligible(Catalogue catalogue, Regime regime, boolean diplomaticRelations) {
      super(new Findings(catalogue, regime, FindingCode.NATIONALITY_ELIGIBLE));
      this.regime = regime;
      this.diplomaticRelations = diplomaticRelations;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      CountryCode nationality = trip.nationality;
      if (nationality.kind() == CountryCode.Kind.BRITISH_NATIONAL) {
        return unknown(to, Messages.GROUP_NATIONALITY_BRITISH, nationality.code());
      }
      Optional<CountryEligibility> listed = trip.catalogue.eligibility(regime, nationality, trip.entryDate);
      if (listed.isPresent()) {
        return cite(to, Status.PASS, listed.get().source(), Messages.GROUP_NATIONALITY_ON_LIST, nationality,
            trip.entryDate);
      }
      // The catalogue lists only the states with relations it knows: another may well have them.
      return diplomaticRelations
          ? unknown(to, Messages.GROUP_NATIONALITY_NOT_CATALOGUED, nationality)
          : fail(to, Messages.GROUP_NATIONALITY_NOT_ON_LIST, nationality, trip.entryDate);
    }
  }

  /** A tour group of the regime's organiser; for Hong Kong and Macao groups, arriving from there. */
  static final class TourGroupAdmitted extends Rule {
    private final GroupOrganiser organiser;
    private final boolean fromHongKongOrMacao;

    TourGroupAdmitted(Catalogue catalogue, Regime regime, GroupOrganiser organiser, boolean fromHongKongOrMacao) {
      super(new Findings(catalogue, regime, FindingCode.TOUR_GROUP_ADMITTED));
      this.organiser = organiser;
      this.fromHongKongOrMacao = fromHongKongOrMacao;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Optional<TourGroup> group = trip.trip.tourGroup();
      if (group.isEmpty()) {
        return fail(to, Messages.GROUP_TOUR_NONE);
      }
      TourGroup g = group.get();
      if (g.organiser() != organiser) {
        return fail(to, Messages.GROUP_TOUR_WRONG_ORGANISER, g.organiser().name());
      }
      CountryCode from = trip.trip.arrival().from();
      if (fromHongKongOrMacao && !from.code().equals("HK") && !from.code().equals("MO")) {
        return fail(to, Messages.GROUP_TOUR_NOT_FROM_HK_MACAO, from);
      }
      return pass(to, Messages.GROUP_TOUR_ADMITTED, g.size());
    }
  }

  /** The cruise passenger stays with the ship until it leaves China. */
  static final class StaysWithShip extends Rule {
    StaysWithShip(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.STAYS_WITH_SHIP));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return trip.trip.staysWithShip() ? pass(to, Messages.GROUP_SHIP_STAYS) : fail(to, Messages.GROUP_SHIP_LEAVES);
    }
  }

  /** Entry through one of the regime's ports; a port the catalogue does not know: UNKNOWN. */
  final class EntryPort extends Rule {
    EntryPort(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.ENTRY_PORT_DESIGNATED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.arrivalPort;
      if (port == null) {
        return unknown(to, Messages.GROUP_PORT_UNKNOWN, trip.trip.arrival().port());
      }
      PortCapability row = regimePort(port, trip.entryDate);
      return row != null
          ? cite(to, Status.PASS, row.source(), Messages.GROUP_ENTRY_PORT_ADMITTED, port, trip.entryDate)
          : fail(to, Messages.GROUP_ENTRY_PORT_OUTSIDE, port);
    }
  }

  /** The group leaves together through one of the regime's ports (Shantou groups: through Shantou). */
  final class ExitPort extends Rule {
    ExitPort(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.EXIT_PORT_PERMITTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Port port = trip.departurePort;
      if (port == null) {
        return unknown(to, Messages.GROUP_PORT_UNKNOWN, trip.trip.departure().port());
      }
      PortCapability row = regimePort(port, trip.departure.toLocalDate());
      if (row == null) {
        return fail(to, Messages.GROUP_EXIT_PORT_OUTSIDE, port);
      }
      // A Shantou group leaves through Shantou; a group entering elsewhere does not leave through Shantou.
      PermittedArea area = groupArea(trip);
      if (ports != Ports.CRUISE && area != null && !inArea(port, area)) {
        return fail(to, Messages.GROUP_EXIT_PORT_OTHER_AREA, port, trip.arrivalPort);
      }
      return cite(to, Status.PASS, row.source(), Messages.GROUP_EXIT_PORT_ADMITTED, port);
    }
  }

  /**
   * Departure within the limit. Where the sources do not say how it is counted, a departure within every
   * reading passes, one beyond the most generous (from 00:00 on the day after entry) fails, and one in
   * between is UNKNOWN.
   */
  static final class StayWithinLimit extends Rule {
    private final Regime regime;

    StayWithinLimit(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.STAY_WITHIN_LIMIT));
      this.regime = regime;
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      RegimeTerms t = trip.day.terms(regime);
      if (t == null || t.maxStayHours().isEmpty()) {
        return unknown(to, Messages.GROUP_STAY_NO_TERMS);
      }
      int hours = t.maxStayHours().getAsInt();
      // The deadlines, and the hours as an object, are made only for the message: the statuses compare
      // instants without them (boxing the hours, over 127, allocated on every row of a batch).
      @Nullable Integer shown = to.detailed() ? hours : null;
      if (!leavesAfterStrict(t, trip)) {
        return pass(to, Messages.GROUP_STAY_WITHIN, shown, to.detailed() ? strictDeadline(t, trip) : null);
      }
      if (t.counting() != StayCounting.UNCERTAIN) {
        // Counted one way, the most generous reading is the strict one, which the departure is after.
        return fail(to, Messages.GROUP_STAY_BEYOND, trip.departure.toLocalDateTime(), shown,
            to.detailed() ? strictDeadline(t, trip) : null);
      }
      ZonedDateTime generous = SharedRules.fromNextMidnight(trip.day, hours);
      return SharedRules.isAfter(trip.departure, generous)
          ? fail(to, Messages.GROUP_STAY_BEYOND, trip.departure.toLocalDateTime(), shown, generous)
          : unknown(to, Messages.GROUP_STAY_UNCERTAIN, trip.departure.toLocalDateTime(), shown,
              to.detailed() ? strictDeadline(t, trip) : null);
    }
  }

  /** The purpose is one a tourist group may have: tourism. */
  static final class PurposePermitted extends Rule {
    PurposePermitted(Catalogue catalogue, Regime regime) {
      super(new Findings(catalogue, regime, FindingCode.PURPOSE_PERMITTED));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      Optional<PurposeRule> rule =
          trip.catalogue.purposeRule(PurposeScope.TOUR_GROUP, trip.trip.purpose(), trip.entryDate);
      return SharedRules.purpose(this, to, trip.trip.purpose(), rule);
    }
  }

  /** The planned places lie in the group's area for its entry port (a Shantou group: Shantou only). */
  final class VisitsWithinGroupArea extends SharedRules.VisitsWithinArea {
    VisitsWithinGroupArea(Catalogue catalogue, Regime regime) {
      super(catalogue, regime, null, Messages.GROUP_AREA_NONE);
    }

    @Override
    @Nullable PermittedArea area(TripFacts trip) {
      return groupArea(trip);
    }
  }
}
