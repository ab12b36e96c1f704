package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Province;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Any well-formed trip evaluates without an exception, with every rule of every regime reported, and a
 * verdict that follows from the findings as SPEC 3.4 says.
 */
public class NeverThrowsTest {

  static final Catalogue CATALOGUE = TransitPolicy.bundled().catalogue();

  /** Port ids and aliases from the catalogue, and names it does not know. */
  static final List<String> PORTS;
  /** ISO countries and regions, and ICAO specials. */
  static final List<String> NATIONALITIES;
  /** Province codes and the prefectures of the permitted area. */
  static final List<String> PLACES;
  static final List<String> PROVINCE_PREFIXES = new ArrayList<>();

  static {
    Set<String> ports = new LinkedHashSet<>();
    for (Port p : CATALOGUE.ports()) {
      ports.add(p.id());
      ports.addAll(p.aliases());
      p.icao().ifPresent(ports::add);
      p.unlocode().ifPresent(ports::add);
      ports.add(p.nameZh());
      ports.add(p.nameEn());
    }
    ports.addAll(List.of("ZZZ", "口岸X", "zzz", "Nowhere Port", "X"));
    PORTS = new ArrayList<>(ports);

    Set<String> nationalities = new LinkedHashSet<>(Arrays.asList(Locale.getISOCountries()));
    nationalities.addAll(List.of("CN", "HK", "MO", "TW", "GBN", "GBD", "GBO", "XXA", "XXB", "XXX", "UNO", "D"));
    NATIONALITIES = new ArrayList<>(nationalities);

    Set<String> places = new LinkedHashSet<>();
    for (Province p : CATALOGUE.provinces()) {
      places.add(p.code().value());
      PROVINCE_PREFIXES.add(p.code().value().substring(0, 2));
    }
    for (PlaceCode c : CATALOGUE.permittedArea(LocalDate.of(2025, 12, 1)).prefectures()) {
      places.add(c.value());
    }
    places.addAll(List.of("320500", "320506", "511300", "540100", "650100"));
    PLACES = new ArrayList<>(places);
  }

  private static final Gen<String> PORT = arbitrary().pick(PORTS);
  private static final Gen<String> NATIONALITY = arbitrary().pick(NATIONALITIES);
  private static final Gen<String> PLACE_OR_COUNTRY = arbitrary().pick(NATIONALITIES.stream()
      .filter(c -> CountryCode.of(c).kind() == CountryCode.Kind.COUNTRY
          || CountryCode.of(c).kind() == CountryCode.Kind.REGION)
      .collect(java.util.stream.Collectors.toList()));
  /** A known place, or a random six-digit code under a real province prefix. */
  private static final Gen<String> PLACE = arbitrary().pick(PLACES)
      .mix(arbitrary().pick(PROVINCE_PREFIXES).zip(integers().between(0, 9999),
          (prefix, rest) -> prefix + String.format(Locale.ROOT, "%04d", rest)));
  private static final Gen<List<String>> VISITS = integers().between(0, 4).zip(PLACE, PLACE, PLACE,
      (n, a, b, c) -> List.of(a, b, c, a).subList(0, n));
  private static final long MIN = LocalDateTime.of(2023, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC) / 60;
  private static final long MAX = LocalDateTime.of(2028, 12, 31, 23, 59).toEpochSecond(java.time.ZoneOffset.UTC) / 60;
  private static final Gen<LocalDateTime> TIME = longs().between(MIN, MAX)
      .map(m -> LocalDateTime.ofEpochSecond(m * 60, 0, java.time.ZoneOffset.UTC));
  /** Stays from one minute to about a year, biased to short ones. */
  private static final Gen<Long> STAY_MINUTES = longs().between(1, 60 * 30)
      .mix(longs().between(1, 60 * 24 * 40)).mix(longs().between(1, 60 * 24 * 400), 20);

  /**
   * A traveller's residence documents, mostly none: a card one time in eight, a permit one in four,
   * ending from before the arrival to years after it.
   */
  private static Traveller withResidence(Traveller t, LocalDate around, RandomnessSource in) {
    Traveller r = t.withPermanentResidentCard(arbitrary().pick(List.of(false, false, false, false, false, false,
        false, true)).generate(in));
    return arbitrary().pick(List.of(false, false, false, true)).generate(in)
        ? r.withResidencePermitUntil(around.plusDays(longs().between(-30, 1000).generate(in))) : r;
  }

  /** Well-formed random trips. */
  public static final Gen<Trip> TRIPS = in -> {
    LocalDateTime arrival = TIME.generate(in);
    Trip.Builder b = Trip.builder()
        .traveller(withResidence(Traveller.of(CountryCode.of(NATIONALITY.generate(in)),
            TravelDocument.of(Generate.enumValues(DocumentType.class).generate(in),
                arrival.toLocalDate().plusDays(longs().between(-400, 2000).generate(in)))), arrival.toLocalDate(), in))
        .arrival(Arrival.of(PORT.generate(in), arrival, CountryCode.of(PLACE_OR_COUNTRY.generate(in))))
        .departure(Departure.of(PORT.generate(in), arrival.plusMinutes(STAY_MINUTES.generate(in)),
            CountryCode.of(PLACE_OR_COUNTRY.generate(in))).withOnwardTicketConfirmed(booleans().all().generate(in)))
        .purpose(Generate.enumValues(Purpose.class).generate(in))
        .staysInPort(booleans().all().generate(in))
        .visaRefusalDeclared(arbitrary().pick(List.of(false, false, false, true)).generate(in))
        .immigrationViolationDeclared(arbitrary().pick(List.of(false, false, false, true)).generate(in));
    // A tour group one time in four, of either organiser: the group regimes' trips.
    if (arbitrary().pick(List.of(false, false, false, true)).generate(in)) {
      b.tourGroup(TourGroup.of(Generate.enumValues(GroupOrganiser.class).generate(in), integers().between(2, 40).generate(in)))
          .staysWithShip(booleans().all().generate(in));
    }
    for (String v : VISITS.generate(in)) {
      b.addVisits(PlaceCode.of(v));
    }
    return b.build();
  };

  @Test
  void evaluateNeverThrowsAndReportsEveryRuleOfEveryRegime() {
    qt().withExamples(5000).forAll(TRIPS).checkAssert(trip -> {
      Evaluation e = TransitPolicy.bundled().evaluate(trip);
      assertNotNull(e);
      assertEquals(109, e.findings().size());
      assertEquals(9, e.findings(Regime.HAINAN_30D).size());
      assertEquals(6, e.findings(Regime.DIRECT_TRANSIT_24H).size());
      assertEquals(4, e.findings(Regime.RESIDENCE).size());
      assertEquals(9, e.findings(Regime.VISA_EXEMPTION).size());
      assertEquals(12, e.findings(Regime.TRANSIT_240H).size());
      assertEquals(10, e.findings(Regime.TRANSIT_144H).size());
      assertEquals(10, e.findings(Regime.TRANSIT_72H).size());
      for (Finding f : e.findings()) {
        assertFalse(f.message(Locale.ENGLISH).isBlank(), f::toString);
        assertFalse(f.message(Locale.CHINESE).isBlank(), f::toString);
        assertFalse(f.legalBasis().isBlank(), f::toString);
      }
      assertNotNull(e.describe(Locale.ENGLISH));
      assertNotNull(e.describe(Locale.CHINESE));
    });
  }

  @Test
  void theVerdictFollowsFromTheFindings() {
    List<Regime> order = List.of(Regime.DIRECT_TRANSIT_24H, Regime.RESIDENCE, Regime.VISA_EXEMPTION,
        Regime.TRANSIT_240H, Regime.HAINAN_30D, Regime.ASEAN_GROUP_XISHUANGBANNA, Regime.ASEAN_GROUP_GUILIN,
        Regime.CRUISE_GROUP_15D, Regime.HK_MACAO_GROUP_GUANGDONG, Regime.HK_MACAO_GROUP_HAINAN, Regime.TRANSIT_144H,
        Regime.TRANSIT_72H);
    qt().withExamples(5000).forAll(TRIPS).checkAssert(trip -> {
      Evaluation e = TransitPolicy.bundled().evaluate(trip);
      Optional<Regime> firstPassing = order.stream()
          .filter(r -> e.findings(r).stream().allMatch(Finding::passed)).findFirst();
      boolean someOnlyUnknown = order.stream().anyMatch(r ->
          e.findings(r).stream().noneMatch(f -> f.status() == Status.FAIL)
              && e.findings(r).stream().anyMatch(f -> f.status() == Status.UNKNOWN));
      CountryCode nationality = trip.traveller().nationality();
      DocumentType type = trip.traveller().document().type();
      boolean notApplicable = nationality.isMainlandChina() || nationality.isChineseRegion()
          || type == DocumentType.HK_MACAO_RESIDENT_PERMIT || type == DocumentType.TAIWAN_RESIDENT_PERMIT;
      Verdict expected = notApplicable ? Verdict.NOT_APPLICABLE
          : firstPassing.isPresent() ? Verdict.VISA_FREE
          : someOnlyUnknown ? Verdict.NEEDS_REVIEW : Verdict.VISA_REQUIRED;
      assertEquals(expected, e.verdict(), e::toString);
      if (expected == Verdict.VISA_FREE) {
        assertEquals(firstPassing, e.regime(), e::toString);
        assertTrue(e.exitDeadline().isPresent(), e::toString);
        assertFalse(trip.departure().beijingTime().isAfter(e.exitDeadline().get()), e::toString);
      } else {
        assertEquals(Optional.empty(), e.regime(), e::toString);
        assertEquals(Optional.empty(), e.exitDeadline(), e::toString);
      }
      assertEquals(expected == Verdict.VISA_REQUIRED, e.suggestedVisa().isPresent(), e::toString);
      if (e.inspectionFree()) {
        assertEquals(Optional.of(Regime.DIRECT_TRANSIT_24H), e.regime(), e::toString);
      }
    });
  }

  /** Minutes from the earliest to the latest supported Beijing time. */
  private static final long RANGE_MINUTES =
      java.time.Duration.between(BeijingTime.EARLIEST, BeijingTime.LATEST).toMinutes();

  /**
   * Trips at the ends of the supported range (SPEC 3.4, issue 12): arrivals in the first and last
   * weeks of it, departures up to its last instant, expiry dates up to 9999-12-31.
   */
  private static final Gen<Trip> EXTREME_TRIPS = in -> {
    long offset = longs().between(0, 60L * 24 * 14).generate(in);
    boolean late = booleans().all().generate(in);
    LocalDateTime arrival = late ? BeijingTime.LATEST.minusMinutes(offset + 1) : BeijingTime.EARLIEST.plusMinutes(offset);
    long room = java.time.Duration.between(arrival, BeijingTime.LATEST).toMinutes();
    LocalDateTime departure = arrival.plusMinutes(longs().between(1, Math.min(room, RANGE_MINUTES)).generate(in));
    if (departure.isAfter(BeijingTime.LATEST)) {
      departure = BeijingTime.LATEST;
    }
    LocalDate expiry = arbitrary().pick(List.of(TravelDocument.EARLIEST_EXPIRY, TravelDocument.LATEST_EXPIRY,
        arrival.toLocalDate(), departure.toLocalDate(), LocalDate.of(2999, 12, 31))).generate(in);
    Trip.Builder b = Trip.builder()
        .traveller(Traveller.of(CountryCode.of(NATIONALITY.generate(in)),
            TravelDocument.of(Generate.enumValues(DocumentType.class).generate(in), expiry)))
        .arrival(Arrival.of(PORT.generate(in), arrival, CountryCode.of(PLACE_OR_COUNTRY.generate(in))))
        .departure(Departure.of(PORT.generate(in), departure, CountryCode.of(PLACE_OR_COUNTRY.generate(in))))
        .purpose(Generate.enumValues(Purpose.class).generate(in))
        .staysInPort(booleans().all().generate(in));
    for (String v : VISITS.generate(in)) {
      b.addVisits(PlaceCode.of(v));
    }
    return b.build();
  };

  @Test
  void evaluateNeverThrowsAtTheEndsOfTheSupportedRange() {
    qt().withExamples(3000).forAll(EXTREME_TRIPS).checkAssert(trip -> {
      Evaluation e = TransitPolicy.bundled().evaluate(trip);
      assertEquals(109, e.findings().size());
      assertNotNull(e.describe(Locale.ENGLISH));
      assertNotNull(e.describe(Locale.CHINESE));
      if (e.exitDeadline().isPresent()) {
        assertFalse(trip.departure().beijingTime().isAfter(e.exitDeadline().get()), e::toString);
      }
    });
  }

  @Test
  void theLastAndFirstSupportedMomentsEvaluate() {
    Trip first = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("FR"), TravelDocument.passport(TravelDocument.EARLIEST_EXPIRY)))
        .arrival(Arrival.of("PVG", BeijingTime.EARLIEST, CountryCode.of("FR")))
        .departure(Departure.of("PVG", BeijingTime.EARLIEST.plusMinutes(1), CountryCode.of("FR")))
        .purpose(Purpose.TOURISM).build();
    Trip last = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("FR"), TravelDocument.passport(TravelDocument.LATEST_EXPIRY)))
        .arrival(Arrival.of("PVG", BeijingTime.LATEST.minusNanos(1), CountryCode.of("KR")))
        .departure(Departure.of("PVG", BeijingTime.LATEST, CountryCode.of("JP")))
        .purpose(Purpose.TOURISM).staysInPort(true).build();
    for (Trip t : List.of(first, last)) {
      Evaluation e = TransitPolicy.bundled().evaluate(t);
      assertEquals(109, e.findings().size(), e::toString);
      assertNotNull(e.describe(Locale.ENGLISH));
    }
  }
}
