package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules of 24-hour direct transit (SPEC 3.2; Exit-Entry Administration Law art. 22(3)). */
final class DirectTransitRules extends RegimeRules {

  static final Regime REGIME = Regime.DIRECT_TRANSIT_24H;

  private final SharedRules.RouteToThirdCountry routeToThirdCountry;
  private final SharedRules.OnwardTicketConfirmed onwardTicketConfirmed;
  private final ConnectionWithin24Hours connectionWithin24Hours;
  private final StaysInPort staysInPort;
  private final DocumentValidity documentValidity;
  private final SharedRules.EntryPortOpen portOpen;
  private final List<Rule> rules;

  DirectTransitRules(Catalogue catalogue) {
    super(REGIME);
    this.rules = inReportOrder(
        routeToThirdCountry = new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        onwardTicketConfirmed = new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        connectionWithin24Hours = new ConnectionWithin24Hours(catalogue),
        staysInPort = new StaysInPort(catalogue),
        documentValidity = new DocumentValidity(catalogue),
        portOpen = new SharedRules.EntryPortOpen(catalogue, REGIME));
  }

  @Override
  List<Rule> rules() {
    return rules;
  }

  @Override
  boolean decide(TripFacts t, TripFindings d) {
    // The trip's own fields first, then the day's terms.
    return d.add(routeToThirdCountry, routeToThirdCountry.status(t))
        && d.add(onwardTicketConfirmed, onwardTicketConfirmed.status(t))
        && d.add(staysInPort, staysInPort.status(t))
        && d.add(connectionWithin24Hours, connectionWithin24Hours.status(t))
        && d.add(documentValidity, documentValidity.status(t))
        && d.add(portOpen, portOpen.status(t));
  }

  /**
   * Arrival plus the regime's hours, if the tables give terms for the entry date, and no later than
   * the end of the document's validity: a deadline the traveller may leave at.
   */
  static Optional<ZonedDateTime> deadline(TripFacts trip) {
    ZonedDateTime by = trip.directDeadline();
    return by == null ? Optional.empty() : Optional.of(SharedRules.earliest(by, trip.documentEnd()));
  }

  /** The document is valid on the days of the connection; direct transit sets no longer minimum. */
  static final class DocumentValidity extends SharedRules.DocumentValidity {
    DocumentValidity(Catalogue catalogue) {
      super(catalogue, REGIME);
    }

    @Override
    @Nullable LocalDate minimumUntil(TripFacts trip) {
      return null;
    }

    @Override
    int minimumMonths(TripFacts trip) {
      return 0;
    }
  }

  /**
   * Whether the port exempts direct transit passengers from border inspection altogether on the entry
   * date (the airports of announcement item 5).
   */
  static boolean inspectionFree(TripFacts trip) {
    Port port = trip.arrivalPort;
    return port != null && port.has(Capability.INSPECTION_FREE_24H, trip.entryDate);
  }

  /** Departure no more than 24 elapsed hours after arrival, from the same port. */
  static final class ConnectionWithin24Hours extends Rule {
    private static final Message.Template TOO_LONG = Message.template(
        "Leaves {0} after arrival, more than {1} hours (leave by {2}).", "抵达后{0}出发，超过{1}小时（须于{2}前出发）。");
    private static final Message.Template PORT_UNKNOWN = Message.template(
        "The catalogue knows no port \"{0}\", so whether the connection is at one open port cannot be checked.",
        "目录中没有口岸\u201c{0}\u201d，无法判断是否在同一对外开放口岸转乘。");
    private static final Message.Template OTHER_PORT = Message.template(
        "Arrives at {0} and leaves from {1}: a direct transit connects at one port.",
        "自{0}抵达，自{1}出发：直接过境须在同一口岸转乘。");
    private static final Message.Template WITHIN = Message.template(
        "Leaves from the same port {0} after arrival, within {1} hours.", "抵达后{0}自同一口岸出发，未超过{1}小时。");

    private final Finding noTerms;

    ConnectionWithin24Hours(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.CONNECTION_WITHIN_24_HOURS));
      this.noTerms = findings.unknown(LocalizedText.of(
          "No direct transit terms apply on the entry date.", "入境日期无适用的24小时直接过境规定。"));
    }

    @Override
    Status status(TripFacts trip) {
      RegimeTerms terms = trip.day.directTerms;
      if (terms == null || terms.maxStayHours().isEmpty()) {
        return Status.UNKNOWN;
      }
      if (trip.leavesAfterDirectDeadline()) {
        return Status.FAIL;
      }
      if (trip.arrivalPort == null || trip.departurePort == null) {
        return Status.UNKNOWN;
      }
      return trip.arrivalPort.id().equals(trip.departurePort.id()) ? Status.PASS : Status.FAIL;
    }

    @Override
    Finding check(TripFacts trip) {
      RegimeTerms terms = trip.day.directTerms;
      ZonedDateTime by = trip.directDeadline();
      if (terms == null || by == null || terms.maxStayHours().isEmpty()) {
        return noTerms;
      }
      int hours = terms.maxStayHours().getAsInt();
      Duration connection = Duration.between(trip.arrival, trip.departure);
      if (trip.departure.isAfter(by)) {
        return findings.fail(TOO_LONG.with(connection, hours, by));
      }
      // A port the catalogue does not know may not be an open port at all: never a silent pass.
      if (trip.arrivalPort == null || trip.departurePort == null) {
        return findings.unknown(PORT_UNKNOWN.with(
            trip.arrivalPort == null ? trip.trip.arrival().port() : trip.trip.departure().port()));
      }
      if (!trip.arrivalPort.id().equals(trip.departurePort.id())) {
        return findings.fail(OTHER_PORT.with(trip.arrivalPort, trip.departurePort));
      }
      return findings.pass(WITHIN.with(connection, hours));
    }
  }

  /** The traveller stays in the port's restricted area and so never passes immigration. */
  static final class StaysInPort extends Rule {
    private final Finding pass;
    private final Finding fail;

    StaysInPort(Catalogue catalogue) {
      super(new Findings(catalogue, REGIME, FindingCode.STAYS_IN_PORT));
      this.pass = findings.pass(LocalizedText.of(
          "Stays in the port's restricted area and does not pass immigration.",
          "不离开口岸限定区域，不办理入境手续。"));
      this.fail = findings.fail(LocalizedText.of(
          "Leaves the port through immigration: 24-hour direct transit covers only travellers who stay in the port.",
          "需离开口岸办理入境手续：24小时直接过境只适用于不离开口岸的旅客。"));
    }

    @Override
    Finding check(TripFacts trip) {
      return trip.trip.staysInPort() ? pass : fail;
    }
  }
}
