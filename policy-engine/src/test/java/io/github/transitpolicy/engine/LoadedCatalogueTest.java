package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.quicktheories.QuickTheory.qt;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TransitPolicy.using(Catalogue.load(tables))} answers exactly like {@link TransitPolicy#bundled()}
 * when the tables are the project's own, and follows the tables when they change (SPEC 9).
 */
class LoadedCatalogueTest {

  private static final Path TABLES = Path.of("../policy-data/src/main/tables");
  private static final TransitPolicy LOADED = TransitPolicy.using(Catalogue.load(TABLES));

  @Test
  void theLoadedTablesGiveEqualEvaluationsForThousandsOfTrips() {
    assertNotSame(Catalogue.bundled(), LOADED.catalogue());
    qt().withExamples(3000).forAll(NeverThrowsTest.TRIPS).checkAssert(trip -> {
      Evaluation bundled = TransitPolicy.bundled().evaluate(trip);
      Evaluation loaded = LOADED.evaluate(trip);
      assertEquals(bundled, loaded, trip::toString);
      assertEquals(bundled.describe(Locale.ENGLISH), loaded.describe(Locale.ENGLISH), trip::toString);
      assertEquals(bundled.describe(Locale.CHINESE), loaded.describe(Locale.CHINESE), trip::toString);
    });
  }

  /** A Vietnamese 240-hour transit on 2026-09-01, eligible since 2026-08-20. */
  private static Trip vietnameseTransit() {
    return Trip.builder()
        .traveller(Traveller.of(CountryCode.of("VN"), TravelDocument.passport(LocalDate.of(2030, 1, 1))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2026, 9, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2026, 9, 6, 10, 0), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .build();
  }

  @Test
  void anOperatorsDataFixChangesTheAnswerWithoutARelease(@TempDir Path tmp) throws IOException {
    assertEquals(Verdict.VISA_FREE, TransitPolicy.bundled().evaluate(vietnameseTransit()).verdict());
    Path dir = tmp.resolve("tables");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(TABLES)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".tsv")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    // the fix: Vietnam's row withdrawn, and the count its policy version states
    edit(dir.resolve("transit_240h_countries.tsv"), "VN\t2026-08-20\t\t\tGOV-2026-08-20\tM\n", "");
    edit(dir.resolve("policy_versions.tsv"), "\t57\t65\t24\t", "\t56\t65\t24\t");
    TransitPolicy fixed = TransitPolicy.using(Catalogue.load(dir));
    Evaluation e = fixed.evaluate(vietnameseTransit());
    assertNotEquals(Verdict.VISA_FREE, e.verdict(), e::toString);
    assertEquals("2026-08-20", fixed.catalogue().dataVersion());
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertNotEquals(s, s.replace(from, to), file + " lacks the text to edit");
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }
}
