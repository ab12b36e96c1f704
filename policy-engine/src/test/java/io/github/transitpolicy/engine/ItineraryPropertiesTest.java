package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An itinerary of one stay answers exactly as the trip it describes: splitting legs into stays and
 * evaluating each as a {@link Trip} changes no answer (SPEC 8).
 */
class ItineraryPropertiesTest {

  private static final TransitPolicy POLICY = TransitPolicy.bundled();
  private static final List<String> NATIONALITIES = List.of("US", "FR", "DE", "GB", "JP", "KR", "SG", "IN", "BR", "RU");
  private static final List<String> MAINLAND = List.of("PVG", "PEK", "CAN", "SZX", "CTU", "XIY", "HAK", "SYX", "KMG",
      "SEA-SHEKOU");
  /** An airport in each country or region a trip comes from or goes to. */
  private static final List<String[]> ABROAD = List.of(new String[] {"JP", "NRT"}, new String[] {"KR", "ICN"},
      new String[] {"US", "LAX"}, new String[] {"GB", "LHR"}, new String[] {"FR", "CDG"}, new String[] {"TH", "BKK"},
      new String[] {"SG", "SIN"}, new String[] {"HK", "HKG"}, new String[] {"MO", "MFM"});
  private static final Instant START = LocalDateTime.of(2023, 1, 1, 0, 0).atZone(BeijingTime.ZONE).toInstant();

  @Test
  void anItineraryOfOneStayAnswersAsItsTrip() {
    qt().withExamples(1500).forAll(integers().between(0, 1_999_999), integers().between(0, 4 * 365 * 24),
            integers().between(1, 900), integers().between(0, 10_000))
        .checkAssert((seed, hour, stayHours, minutes) -> {
          boolean enters = seed >= 1_000_000;
          String nationality = NATIONALITIES.get(seed % NATIONALITIES.size());
          String entry = MAINLAND.get(seed / 10 % MAINLAND.size());
          String exit = MAINLAND.get(seed / 100 % MAINLAND.size());
          String[] from = ABROAD.get(seed / 1000 % ABROAD.size());
          String[] to = ABROAD.get(seed / 10_000 % ABROAD.size());
          Purpose purpose = Purpose.values()[seed / 100_000 % Purpose.values().length];
          Instant arrives = START.plus(Duration.ofHours(hour)).plusSeconds(60L * (minutes % 60));
          Instant departs = arrives.plus(Duration.ofHours(stayHours)).plusSeconds(60L * (minutes / 60 % 60));
          Traveller traveller = Traveller.of(CountryCode.of(nationality),
              TravelDocument.passport(LocalDate.of(2023 + seed % 8, 1 + seed % 12, 1)));
          boolean airside = !enters && entry.equals(exit) && Duration.between(arrives, departs).compareTo(Duration.ofHours(24)) <= 0;
          Trip trip = Trip.builder().traveller(traveller).purpose(purpose)
              .arrival(Arrival.of(entry, arrives, CountryCode.of(from[0])))
              .departure(Departure.of(exit, departs, CountryCode.of(to[0])))
              .staysInPort(airside)
              .build();
          Itinerary.Builder b = Itinerary.builder().traveller(traveller).purpose(purpose).clearsImmigration(enters)
              .addLegs(Leg.of("AA100", from[1], arrives.minus(Duration.ofHours(3)), entry, arrives));
          if (!entry.equals(exit)) {
            // a domestic leg only where the exit differs: its place becomes a visit in the trip too
            b.addLegs(Leg.of("MU1", entry, arrives.plusSeconds(60), exit, arrives.plusSeconds(120)));
          }
          Itinerary itinerary = b.addLegs(Leg.of("BB200", exit, departs, to[1], departs.plus(Duration.ofHours(4))))
              .build();
          ItineraryEvaluation answer = POLICY.evaluate(itinerary);
          assertEquals(1, answer.stays().size());
          Trip made = answer.trips().get(0);
          if (!entry.equals(exit)) {
            var port = POLICY.catalogue().port(exit).orElseThrow();
            assertEquals(List.of(port.prefecture().orElse(port.province())), made.visits());
          }
          Trip expected = entry.equals(exit) ? trip : Trip.builder().from(trip).visits(made.visits()).build();
          assertEquals(expected, made);
          Evaluation direct = POLICY.evaluate(expected);
          assertEquals(direct, answer.stays().get(0));
          assertEquals(direct.verdict(), answer.verdict());
        });
  }

  @Test
  void localTimesAreThoseOfEachAirportsZone() {
    qt().withExamples(500).forAll(integers().between(0, 1_000_000), integers().between(0, 3 * 365 * 24))
        .checkAssert((seed, hour) -> {
          String[] from = ABROAD.get(seed % ABROAD.size());
          String entry = MAINLAND.get(seed / 10 % MAINLAND.size());
          Instant arrives = START.plus(Duration.ofHours(hour));
          Instant departs = arrives.minus(Duration.ofMinutes(60 + seed % 600));
          ZoneId zone = POLICY.catalogue().airport(from[1]).orElseThrow().zone();
          Itinerary local = Itinerary.builder().traveller(Traveller.of(CountryCode.of("FR"),
                  TravelDocument.passport(LocalDate.of(2030, 1, 1)))).purpose(Purpose.TOURISM)
              .addLegs(Leg.of("AA1", from[1], LocalDateTime.ofInstant(departs, zone), entry,
                      LocalDateTime.ofInstant(arrives, BeijingTime.ZONE)),
                  Leg.of("BB2", entry, LocalDateTime.ofInstant(arrives.plusSeconds(86_400 * 3), BeijingTime.ZONE),
                      from[1], LocalDateTime.ofInstant(arrives.plusSeconds(86_400 * 3 + 36_000), zone)))
              .build();
          assertEquals(arrives, POLICY.evaluate(local).trips().get(0).arrival().beijingTime().toInstant());
        });
  }
}
