package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.ArrivalCardCase;
import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.Messages;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules of 24-hour direct transit (SPEC 3.2; Exit-Entry Administration Law art. 22(3)). */
final class DirectTransitRules extends RegimeRules {

  static final Regime REGIME = Regime.DIRECT_TRANSIT_24H;

  private final SharedRules.RouteToThirdCountry routeToThirdCountry;
  private final SharedRules.OnwardTicketConfirmed onwardTicketConfirmed;
  private final ConnectionWithin24Hours connectionWithin24Hours;
  private final StaysInPort staysInPort;
  private final SharedRules.DocumentValidity documentValidity;
  private final SharedRules.EntryPortOpen portOpen;
  private final List<Rule> rules;

  /** The unit, as {@link Regimes#unit} builds it. */
  static RegimeRules unit(Catalogue catalogue) {
    return new DirectTransitRules(catalogue);
  }

  DirectTransitRules(Catalogue catalogue) {
    super(REGIME);
    this.rules = inReportOrder(
        routeToThirdCountry = new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        onwardTicketConfirmed = new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        connectionWithin24Hours = new ConnectionWithin24Hours(catalogue),
        staysInPort = new StaysInPort(catalogue),
        documentValidity = new SharedRules.DocumentValidity(catalogue, REGIME, null),
        portOpen = new SharedRules.EntryPortOpen(catalogue, REGIME));
  }

  /** Only a traveller who stays in the port can use it; {@link StaysInPort} fails the others. */
  @Override
  Gate gate() {
    return Gate.needing(Gate.STAYS_IN_PORT, staysInPort.index);
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The trip's own fields first, then the day's terms; staying in the port first of all, as most
    // travellers enter, which decides the regime with one field.
    Answer a = Answer.STATUS;
    return d.add(staysInPort, staysInPort.check(t, a))
        && d.add(routeToThirdCountry, routeToThirdCountry.check(t, a))
        && d.add(onwardTicketConfirmed, onwardTicketConfirmed.check(t, a))
        && d.add(connectionWithin24Hours, connectionWithin24Hours.check(t, a))
        && d.add(documentValidity, documentValidity.check(t, a))
        && d.add(portOpen, portOpen.check(t, a));
  }

  /**
   * Arrival plus the regime's hours, and no later than the end of the document's validity: a deadline
   * the traveller may leave at.
   */
  @Override
  @Nullable ZonedDateTime deadline(TripFacts trip) {
    ZonedDateTime by = trip.directDeadline();
    return by == null ? null : SharedRules.withinDocument(by, trip);
  }

  /** The traveller never enters: no area to stay in. */
  @Override
  PermittedArea area(TripFacts trip) {
    return PermittedArea.empty();
  }

  @Override
  boolean staysInPort() {
    return true;
  }

  @Override
  ArrivalCardCase arrivalCardCase() {
    return ArrivalCardCase.DIRECT_TRANSIT_IN_PORT;
  }

  /**
   * Whether the port exempts direct transit passengers from border inspection altogether on the entry
   * date (the airports of announcement item 5).
   */
  @Override
  boolean inspectionFree(TripFacts trip) {
    Port port = trip.arrivalPort;
    return port != null && port.has(Capability.INSPECTION_FREE_24H, trip.entryDate);
  }

  /** Departure no more than 24 elapsed hours after arrival, from the same port. */
  static final class ConnectionWithin24Hours extends Rule {
    ConnectionWithin24Hours(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.CONNECTION_WITHIN_24_HOURS));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      RegimeTerms terms = trip.day.directTerms;
      if (terms == null || terms.maxStayHours().isEmpty()) {
        return unknown(to, Messages.DIRECT_CONNECTION_NO_TERMS);
      }
      int hours = terms.maxStayHours().getAsInt();
      if (trip.leavesAfterDirectDeadline()) {
        return fail(to, Messages.DIRECT_CONNECTION_TOO_LONG, connection(trip, to), hours, trip.directDeadline());
      }
      // A port the catalogue does not know may not be an open port at all: never a silent pass.
      if (trip.arrivalPort == null || trip.departurePort == null) {
        return unknown(to, Messages.DIRECT_CONNECTION_PORT_UNKNOWN,
            trip.arrivalPort == null ? trip.trip.arrival().port() : trip.trip.departure().port());
      }
      if (!trip.arrivalPort.id().equals(trip.departurePort.id())) {
        return fail(to, Messages.DIRECT_CONNECTION_OTHER_PORT, trip.arrivalPort, trip.departurePort);
      }
      return pass(to, Messages.DIRECT_CONNECTION_WITHIN, connection(trip, to), hours);
    }

    private static @Nullable Duration connection(TripFacts trip, Answer to) {
      return to.detailed() ? Duration.between(trip.arrival, trip.departure) : null;
    }
  }

  /** The traveller stays in the port's restricted area and so never passes immigration. */
  static final class StaysInPort extends Rule {
    StaysInPort(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAYS_IN_PORT));
    }

    @Override
    Status check(TripFacts trip, Answer to) {
      return trip.trip.staysInPort()
          ? pass(to, Messages.DIRECT_STAYS_IN_PORT_STAYS)
          : fail(to, Messages.DIRECT_STAYS_IN_PORT_ENTERS);
    }
  }
}
