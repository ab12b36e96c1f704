package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Test fixtures: a builder for trips that starts from the SPEC section 4 baseline (eligible for 240-hour
 * transit), and helpers to pick findings out of an evaluation.
 */
final class Trips {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final TransitPolicy POLICY = TransitPolicy.bundled();

  private Trips() {}

  /**
   * The SPEC section 4 trip: US ordinary passport valid to 2027-06-30, PVG arrival 2025-12-01T10:00 from
   * KR, PEK departure 2025-12-11T23:30 to JP, tourism, visiting Suzhou (320500).
   */
  static Builder baseline() {
    return new Builder();
  }

  /** A Beijing wall-clock instant as the engine reports deadlines. */
  static ZonedDateTime beijing(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BEIJING);
  }

  static ZonedDateTime midnight(int year, int month, int day) {
    return beijing(year, month, day, 0, 0);
  }

  /** The one finding of a regime and code. */
  static Finding finding(Evaluation evaluation, Regime regime, FindingCode code) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : evaluation.findings()) {
      if (f.regime() == regime && f.code() == code) {
        found.add(f);
      }
    }
    assertEquals(1, found.size(), () -> "findings " + regime + " " + code + " in\n" + evaluation);
    return found.get(0);
  }

  static Status status(Evaluation evaluation, Regime regime, FindingCode code) {
    return finding(evaluation, regime, code).status();
  }

  /** Asserts the status of a finding, showing the whole evaluation when it differs. */
  static Finding assertStatus(Status expected, Evaluation evaluation, Regime regime, FindingCode code) {
    Finding f = finding(evaluation, regime, code);
    assertEquals(expected, f.status(), () -> regime + " " + code + " in\n" + evaluation);
    return f;
  }

  /**
   * Asserts that the English message contains every key value and that the Chinese message is present
   * and different from the English one.
   */
  static void assertMessage(Finding f, String... keys) {
    String en = f.message(Locale.ENGLISH);
    String zh = f.message(Locale.CHINESE);
    for (String key : keys) {
      assertTrue(en.contains(key), () -> "English message of " + f.code() + " lacks \"" + key + "\": " + en);
    }
    assertFalse(zh.isBlank(), () -> "Chinese message of " + f.code() + " is blank");
    assertNotEquals(en, zh, () -> "Chinese message of " + f.code() + " is the English one");
  }

  /** Builds trips; every setter replaces one part of the baseline. */
  static final class Builder {
    private String nationality = "US";
    private DocumentType documentType = DocumentType.ORDINARY_PASSPORT;
    private LocalDate expiry = LocalDate.of(2027, 6, 30);
    private String arrivalPort = "PVG";
    private LocalDateTime arrivalTime = LocalDateTime.of(2025, 12, 1, 10, 0);
    private String from = "KR";
    private String departurePort = "PEK";
    private LocalDateTime departureTime = LocalDateTime.of(2025, 12, 11, 23, 30);
    private String to = "JP";
    private boolean onwardTicketConfirmed = true;
    private Purpose purpose = Purpose.TOURISM;
    private List<String> visits = new ArrayList<>(List.of("320500"));
    private boolean staysInPort;
    private boolean visaRefusal;
    private boolean immigrationViolation;
    private boolean permanentResidentCard;
    private @Nullable LocalDate residencePermitUntil;
    private @Nullable TourGroup tourGroup;
    private boolean staysWithShip;
    private boolean fastLane;

    Builder nationality(String code) {
      this.nationality = code;
      return this;
    }

    Builder document(DocumentType type) {
      this.documentType = type;
      return this;
    }

    Builder expiry(LocalDate date) {
      this.expiry = date;
      return this;
    }

    Builder arrivalPort(String port) {
      this.arrivalPort = port;
      return this;
    }

    Builder arrivalTime(LocalDateTime time) {
      this.arrivalTime = time;
      return this;
    }

    Builder from(String code) {
      this.from = code;
      return this;
    }

    Builder departurePort(String port) {
      this.departurePort = port;
      return this;
    }

    Builder departureTime(LocalDateTime time) {
      this.departureTime = time;
      return this;
    }

    Builder to(String code) {
      this.to = code;
      return this;
    }

    /** Both ports. */
    Builder ports(String arrival, String departure) {
      return arrivalPort(arrival).departurePort(departure);
    }

    /** Origin and onward destination. */
    Builder route(String fromCode, String toCode) {
      return from(fromCode).to(toCode);
    }

    /** Arrival and departure times (Beijing). */
    Builder times(LocalDateTime arrival, LocalDateTime departure) {
      return arrivalTime(arrival).departureTime(departure);
    }

    /** Enters at 10:00 on {@code day} and leaves at 23:30 ten days later, inside the 240-hour limit. */
    Builder enteringOn(LocalDate day) {
      return times(day.atTime(10, 0), day.plusDays(10).atTime(23, 30));
    }

    Builder onwardTicketConfirmed(boolean confirmed) {
      this.onwardTicketConfirmed = confirmed;
      return this;
    }

    Builder purpose(Purpose p) {
      this.purpose = p;
      return this;
    }

    /** Replaces the planned places (none if empty). */
    Builder visits(String... codes) {
      this.visits = new ArrayList<>(List.of(codes));
      return this;
    }

    Builder staysInPort(boolean stays) {
      this.staysInPort = stays;
      return this;
    }

    Builder visaRefusalDeclared(boolean declared) {
      this.visaRefusal = declared;
      return this;
    }

    Builder immigrationViolationDeclared(boolean declared) {
      this.immigrationViolation = declared;
      return this;
    }

    Builder permanentResidentCard(boolean held) {
      this.permanentResidentCard = held;
      return this;
    }

    Builder residencePermitUntil(@Nullable LocalDate until) {
      this.residencePermitUntil = until;
      return this;
    }

    Builder tourGroup(@Nullable TourGroup group) {
      this.tourGroup = group;
      return this;
    }

    Builder staysWithShip(boolean stays) {
      this.staysWithShip = stays;
      return this;
    }

    Builder fastLane(boolean fast) {
      this.fastLane = fast;
      return this;
    }

    Trip build() {
      Traveller traveller = Traveller.of(CountryCode.of(nationality), TravelDocument.of(documentType, expiry))
          .withPermanentResidentCard(permanentResidentCard);
      if (residencePermitUntil != null) {
        traveller = traveller.withResidencePermitUntil(residencePermitUntil);
      }
      Trip.Builder b = Trip.builder()
          .traveller(traveller)
          .arrival(Arrival.of(arrivalPort, arrivalTime, CountryCode.of(from)))
          .departure(Departure.of(departurePort, departureTime, CountryCode.of(to))
              .withOnwardTicketConfirmed(onwardTicketConfirmed))
          .purpose(purpose)
          .staysInPort(staysInPort)
          .visaRefusalDeclared(visaRefusal)
          .immigrationViolationDeclared(immigrationViolation)
          .tourGroup(Optional.ofNullable(tourGroup))
          .staysWithShip(staysWithShip)
          .fastLane(fastLane);
      for (String v : visits) {
        b.addVisits(PlaceCode.of(v));
      }
      return b.build();
    }

    Evaluation evaluate() {
      return POLICY.evaluate(build());
    }
  }
}
