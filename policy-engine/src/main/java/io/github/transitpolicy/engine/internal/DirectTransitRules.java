package io.github.transitpolicy.engine.internal;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.RegimeTerms;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.LocalizedText;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Regime;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules of 24-hour direct transit (SPEC 3.2; Exit-Entry Administration Law art. 22(3)). */
final class DirectTransitRules {

  static final Regime REGIME = Regime.DIRECT_TRANSIT_24H;

  private DirectTransitRules() {}

  /** All the rules, in the order they are reported. */
  static List<Rule> all(Catalogue catalogue) {
    return List.of(
        new SharedRules.RouteToThirdCountry(catalogue, REGIME),
        new SharedRules.OnwardTicketConfirmed(catalogue, REGIME),
        new ConnectionWithin24Hours(catalogue),
        new StaysInPort(catalogue));
  }

  /** Arrival plus the regime's hours, if the tables give terms for the entry date. */
  static Optional<ZonedDateTime> deadline(TripFacts trip) {
    return trip.catalogue.regimeTerms(REGIME, trip.entryDate).map(t -> SharedRules.stayDeadline(t, trip));
  }

  /**
   * Whether the port exempts direct transit passengers from border inspection altogether on the entry
   * date (the airports of announcement item 5).
   */
  static boolean inspectionFree(TripFacts trip) {
    Port port = trip.arrivalPort;
    return port != null && port.has(Capability.INSPECTION_FREE_24H, trip.entryDate);
  }

  /** Whether arrival and departure name the same port: by catalogue id, or as written when unknown. */
  static @Nullable Boolean samePort(TripFacts trip) {
    if (trip.arrivalPort != null && trip.departurePort != null) {
      return trip.arrivalPort.id().equals(trip.departurePort.id());
    }
    if (trip.arrivalPort == null && trip.departurePort == null
        && trip.trip.arrival().port().equalsIgnoreCase(trip.trip.departure().port())) {
      return Boolean.TRUE;
    }
    return trip.arrivalPort == null && trip.departurePort == null ? null : Boolean.FALSE;
  }

  /** Departure no more than 24 elapsed hours after arrival, from the same port. */
  static final class ConnectionWithin24Hours implements Rule {
    private final Findings findings;

    ConnectionWithin24Hours(Catalogue catalogue) {
      this.findings = new Findings(catalogue, REGIME, FindingCode.CONNECTION_WITHIN_24_HOURS);
    }

    @Override
    public FindingCode code() {
      return FindingCode.CONNECTION_WITHIN_24_HOURS;
    }

    @Override
    public Finding check(TripFacts trip) {
      Optional<RegimeTerms> terms = trip.catalogue.regimeTerms(REGIME, trip.entryDate);
      if (terms.isEmpty() || terms.get().maxStayHours().isEmpty()) {
        return findings.unknown(l -> Texts.zh(l)
            ? "入境日期无适用的24小时直接过境规定。"
            : "No direct transit terms apply on the entry date.");
      }
      int hours = terms.get().maxStayHours().getAsInt();
      ZonedDateTime by = SharedRules.stayDeadline(terms.get(), trip);
      Duration connection = Duration.between(trip.arrival, trip.departure);
      String arrivalPort = trip.trip.arrival().port();
      String departurePort = trip.trip.departure().port();
      Port ap = trip.arrivalPort;
      Port dp = trip.departurePort;
      Boolean same = samePort(trip);
      if (trip.departure.isAfter(by)) {
        return findings.fail(l -> Texts.zh(l)
            ? "抵达后" + hoursAndMinutes(connection, l) + "出发，超过" + hours + "小时（须于" + Texts.deadline(by, l) + "前出发）。"
            : "Leaves " + hoursAndMinutes(connection, l) + " after arrival, more than " + hours + " hours (leave by "
                + Texts.deadline(by, l) + ").");
      }
      if (same == null) {
        return findings.unknown(l -> Texts.zh(l)
            ? "目录中没有口岸\u201c" + arrivalPort + "\u201d或\u201c" + departurePort + "\u201d，无法判断是否为同一口岸。"
            : "The catalogue knows neither \"" + arrivalPort + "\" nor \"" + departurePort
                + "\", so whether they are the same port cannot be checked.");
      }
      if (!same) {
        return findings.fail(l -> Texts.zh(l)
            ? "自" + Texts.port(ap, arrivalPort, l) + "抵达，自" + Texts.port(dp, departurePort, l)
                + "出发：直接过境须在同一口岸转乘。"
            : "Arrives at " + Texts.port(ap, arrivalPort, l) + " and leaves from " + Texts.port(dp, departurePort, l)
                + ": a direct transit connects at one port.");
      }
      return findings.pass(l -> Texts.zh(l)
          ? "抵达后" + hoursAndMinutes(connection, l) + "自同一口岸出发，未超过" + hours + "小时。"
          : "Leaves from the same port " + hoursAndMinutes(connection, l) + " after arrival, within " + hours
              + " hours.");
    }

    private static String hoursAndMinutes(Duration d, java.util.Locale locale) {
      long h = d.toHours();
      long m = d.toMinutesPart();
      return Texts.zh(locale) ? h + "小时" + m + "分钟" : h + " h " + m + " min";
    }
  }

  /** The traveller stays in the port's restricted area and so never passes immigration. */
  static final class StaysInPort implements Rule {
    private final Finding pass;
    private final Finding fail;

    StaysInPort(Catalogue catalogue) {
      Findings findings = new Findings(catalogue, REGIME, FindingCode.STAYS_IN_PORT);
      this.pass = findings.pass(LocalizedText.of(
          "Stays in the port's restricted area and does not pass immigration.",
          "不离开口岸限定区域，不办理入境手续。"));
      this.fail = findings.fail(LocalizedText.of(
          "Leaves the port through immigration: 24-hour direct transit covers only travellers who stay in the port.",
          "需离开口岸办理入境手续：24小时直接过境只适用于不离开口岸的旅客。"));
    }

    @Override
    public FindingCode code() {
      return FindingCode.STAYS_IN_PORT;
    }

    @Override
    public Finding check(TripFacts trip) {
      return trip.trip.staysInPort() ? pass : fail;
    }
  }
}
