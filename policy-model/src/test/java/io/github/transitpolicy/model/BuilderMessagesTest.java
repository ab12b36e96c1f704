package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every public builder says in our words which attributes are missing ("traveller: must be set"),
 * with the {@link IllegalArgumentException} the builders' Javadoc promises, never Immutables' own
 * "Cannot build Trip, some of required attributes are not set [traveller]".
 */
class BuilderMessagesTest {

  /** Each public builder, empty, and the message its {@code build()} must give. */
  private static final Map<String, Case> EMPTY_BUILDERS = new TreeMap<>(Map.of(
      "Trip", new Case(() -> Trip.builder().build(), "traveller, arrival, departure, purpose"),
      "Evaluation", new Case(() -> Evaluation.builder().build(), "verdict, arrivalCard"),
      "Port", new Case(() -> Port.builder().build(),
          "id, kind, nameZh, nameEn, province, source, confidence"),
      "Province", new Case(() -> Province.builder().build(), "code, iso, kind, nameZh, shortZh, nameEn"),
      "Place", new Case(() -> Place.builder().build(), "code, nameZh"),
      "PolicyVersion", new Case(() -> PolicyVersion.builder().build(),
          "effective, summary, countries, ports, provinces, source, confidence"),
      "VisaExemption", new Case(() -> VisaExemption.builder().build(),
          "country, kind, validity, source, confidence"),
      "UnilateralTerms", new Case(() -> UnilateralTerms.builder().build(),
          "validity, stayDays, source, confidence"),
      "CountryEligibility", new Case(() -> CountryEligibility.builder().build(),
          "country, validity, source, confidence")));

  private static final class Case {
    final Supplier<Object> build;
    final String missing;

    Case(Supplier<Object> build, String missing) {
      this.build = build;
      this.missing = missing;
    }
  }

  @Test
  void everyEmptyBuilderNamesAllItsRequiredAttributes() {
    for (Map.Entry<String, Case> c : EMPTY_BUILDERS.entrySet()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c.getValue().build::get, c.getKey());
      assertEquals(c.getValue().missing + ": must be set", e.getMessage(), c.getKey());
    }
  }

  @Test
  void theTableCoversEveryPublicBuilderOfTheModel() throws Exception {
    Path classes = Path.of(Trip.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/transitpolicy/model");
    assertTrue(Files.isDirectory(classes), "the model's classes are a directory here: " + classes);
    TreeSet<String> withBuilders = new TreeSet<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (String name : files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toList())) {
        Class<?> type = Class.forName("io.github.transitpolicy.model." + name);
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        for (Method m : type.getMethods()) {
          if (m.getName().equals("builder") && m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers())) {
            withBuilders.add(name);
          }
        }
      }
    }
    assertEquals(withBuilders, new TreeSet<>(EMPTY_BUILDERS.keySet()));
  }

  private static final Traveller US =
      Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30)));
  private static final Arrival ARRIVAL = Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR"));
  private static final Departure DEPARTURE =
      Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP"));

  @ParameterizedTest
  @CsvSource({"traveller", "arrival", "departure", "purpose"})
  void aTripMissingOneAttributeNamesThatOne(String missing) {
    Trip.Builder b = Trip.builder();
    if (!missing.equals("traveller")) {
      b.traveller(US);
    }
    if (!missing.equals("arrival")) {
      b.arrival(ARRIVAL);
    }
    if (!missing.equals("departure")) {
      b.departure(DEPARTURE);
    }
    if (!missing.equals("purpose")) {
      b.purpose(Purpose.TOURISM);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals(missing + ": must be set", e.getMessage());
  }

  @Test
  void aCompleteTripStillBuilds() {
    Trip trip = Trip.builder().traveller(US).arrival(ARRIVAL).departure(DEPARTURE).purpose(Purpose.TOURISM).build();
    assertEquals(Purpose.TOURISM, trip.purpose());
  }

  @Test
  void anEvaluationMissingOnlyItsArrivalCardNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.builder().verdict(Verdict.NOT_APPLICABLE).build());
    assertEquals("arrivalCard: must be set", e.getMessage());
  }
}
