package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.DateRange;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.VisaExemption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Catalogue#load} of the project's own tables answers every lookup exactly as the bundled catalogue
 * does, and a bad table is refused with {@code file:line: what is wrong}.
 */
class CatalogueLoadTest {

  static final Path TABLES = Path.of("src/main/tables");
  private static final Catalogue BUNDLED = Catalogue.bundled();
  private static final Catalogue LOADED = Catalogue.load(TABLES);

  /** Every day a fact starts or ends, the days either side, and every 11th day of 2023-2028. */
  static List<LocalDate> days() {
    Set<LocalDate> days = new TreeSet<>();
    List<DateRange> ranges = new ArrayList<>();
    BUNDLED.transitEligibility().forEach(e -> ranges.add(e.validity()));
    BUNDLED.visaExemptions().forEach(e -> ranges.add(e.validity()));
    BUNDLED.unilateralTerms().forEach(t -> ranges.add(t.validity()));
    BUNDLED.ports().forEach(p -> p.capabilities().forEach(c -> ranges.add(c.validity())));
    for (DateRange r : ranges) {
      for (LocalDate d : List.of(r.from(), r.until()).stream().flatMap(java.util.Optional::stream).toList()) {
        days.add(d.minusDays(1));
        days.add(d);
        days.add(d.plusDays(1));
      }
    }
    BUNDLED.policyVersions().forEach(v -> days.add(v.effective()));
    days.add(BUNDLED.asOf());
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2029; d = d.plusDays(11)) {
      days.add(d);
    }
    days.add(LocalDate.of(1990, 1, 1));
    days.add(LocalDate.of(2999, 12, 31));
    return new ArrayList<>(days);
  }

  @Test
  void theProjectsTablesLoadIntoAnotherCatalogueWithTheBundledVersionAndAsOfDay() {
    assertNotSame(BUNDLED, LOADED);
    assertEquals(BUNDLED.dataVersion(), LOADED.dataVersion());
    assertEquals("2026-08-20", LOADED.dataVersion());
    assertEquals(BUNDLED.asOf(), LOADED.asOf());
    assertEquals(BUNDLED.tableNames(), LOADED.tableNames());
    assertEquals(BUNDLED.policyVersions(), LOADED.policyVersions());
    assertEquals(BUNDLED.unilateralTerms(), LOADED.unilateralTerms());
  }

  @Test
  void everyPortLookupAnswersAlike() {
    assertEquals(BUNDLED.ports(), LOADED.ports());
    Set<String> aliases = new LinkedHashSet<>(List.of("ZZZ", "口岸", "", " ", "pvg", " PVG ", "浦东机场口岸", "XXXX"));
    for (Port p : BUNDLED.ports()) {
      aliases.add(p.id());
      aliases.add(p.id().toLowerCase(Locale.ROOT));
      aliases.add(p.nameZh());
      aliases.add(p.nameZh() + "口岸");
      aliases.add(p.nameEn());
      aliases.addAll(p.aliases());
      p.iata().ifPresent(aliases::add);
      p.icao().ifPresent(aliases::add);
      p.unlocode().ifPresent(aliases::add);
    }
    assertTrue(aliases.size() > 500, aliases.size() + " aliases");
    for (String alias : aliases) {
      assertEquals(BUNDLED.port(alias), LOADED.port(alias), alias);
    }
    for (LocalDate day : days()) {
      for (Capability c : Capability.values()) {
        assertEquals(BUNDLED.ports(c, day), LOADED.ports(c, day), c + " " + day);
      }
    }
  }

  @Test
  void everyPlaceLookupAnswersAlike() {
    assertEquals(BUNDLED.provinces(), LOADED.provinces());
    Set<String> codes = new TreeSet<>();
    BUNDLED.provinces().forEach(p -> codes.add(p.code().value()));
    try (Stream<String> lines = Files.lines(TABLES.resolve("places.tsv"), StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.startsWith("#") && !l.startsWith("code\t") && !l.isBlank())
          .forEach(l -> codes.add(l.substring(0, 6)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // and codes the tables do not know, under a real province's two digits (PlaceCode refuses others)
    List<String> prefixes = BUNDLED.provinces().stream().map(p -> p.code().value().substring(0, 2)).toList();
    Random random = new Random(13);
    for (int i = 0; i < 3000; i++) {
      codes.add(prefixes.get(random.nextInt(prefixes.size())) + String.format(Locale.ROOT, "%04d", random.nextInt(10000)));
    }
    assertTrue(codes.size() > 5000, codes.size() + " codes");
    for (String c : codes) {
      PlaceCode code = PlaceCode.of(c);
      assertEquals(BUNDLED.place(code), LOADED.place(code), c);
      assertEquals(BUNDLED.prefectureOf(code), LOADED.prefectureOf(code), c);
      assertEquals(BUNDLED.province(code), LOADED.province(code), c);
      assertEquals(BUNDLED.knows(code), LOADED.knows(code), c);
    }
    for (LocalDate day : days()) {
      assertEquals(BUNDLED.permittedArea(day), LOADED.permittedArea(day), day::toString);
    }
  }

  @Test
  void everyCountryLookupAnswersAlike() {
    List<CountryEligibility> eligibility = BUNDLED.transitEligibility();
    assertEquals(eligibility, LOADED.transitEligibility());
    List<VisaExemption> exemptions = BUNDLED.visaExemptions();
    assertEquals(exemptions, LOADED.visaExemptions());
    Set<String> countries = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    countries.addAll(List.of("CN", "HK", "MO", "TW", "GBN", "GBD", "GBO", "XXA", "XXB", "XXX", "UNO", "D", "DEU"));
    List<LocalDate> days = days();
    for (String c : countries) {
      CountryCode country = CountryCode.of(c);
      assertEquals(BUNDLED.visaExemptions(country), LOADED.visaExemptions(country), c);
      for (LocalDate day : days) {
        assertEquals(BUNDLED.transitEligibility(country, day), LOADED.transitEligibility(country, day), c + " " + day);
      }
    }
    for (LocalDate day : days) {
      assertEquals(BUNDLED.transitCountries(day), LOADED.transitCountries(day), day::toString);
      assertEquals(BUNDLED.policyVersionOn(day), LOADED.policyVersionOn(day), day::toString);
      assertEquals(BUNDLED.unilateralTermsOn(day), LOADED.unilateralTermsOn(day), day::toString);
      for (Regime r : Regime.values()) {
        assertEquals(BUNDLED.regimeTerms(r, day), LOADED.regimeTerms(r, day), r + " " + day);
      }
      for (ArrivalCardCase a : ArrivalCardCase.values()) {
        assertEquals(BUNDLED.arrivalCardRule(a, day), LOADED.arrivalCardRule(a, day), a + " " + day);
      }
    }
  }

  @Test
  void everyRuleLookupAnswersAlike() {
    for (Regime r : Regime.values()) {
      for (FindingCode c : FindingCode.values()) {
        assertEquals(BUNDLED.ruleBasis(r, c), LOADED.ruleBasis(r, c), r + " " + c);
      }
    }
    for (PurposeScope s : PurposeScope.values()) {
      for (Purpose p : Purpose.values()) {
        assertEquals(BUNDLED.purposeRule(s, p), LOADED.purposeRule(s, p), s + " " + p);
      }
    }
    for (Purpose p : Purpose.values()) {
      for (long days : new long[] {0, 1, 15, 29, 30, 31, 89, 90, 91, 180, 181, 365, 10_000}) {
        assertEquals(BUNDLED.visaSuggestion(p, days), LOADED.visaSuggestion(p, days), p + " " + days);
      }
    }
  }

  @Test
  void everyExportIsTheSame() {
    for (String table : BUNDLED.tableNames()) {
      for (ExportFormat f : ExportFormat.values()) {
        assertEquals(BUNDLED.export(table, f), LOADED.export(table, f), table + "." + f.extension());
      }
    }
  }

  @Test
  void aChangedTableChangesTheAnswerAndTheDataComesFromTheTables(@TempDir Path tmp) throws IOException {
    Path dir = copyTables(tmp);
    // an operator's fix: the as-of day moves on after a new check of the public record, and Vietnam's
    // entry on the 240-hour list is withdrawn (with the count its version states)
    replace(dir.resolve("catalogue.tsv"), "2026-12-01", "2027-01-05");
    replace(dir.resolve("transit_240h_countries.tsv"), "VN\t2026-08-20\t\t\tGOV-2026-08-20\tM\n", "");
    replace(dir.resolve("policy_versions.tsv"), "\t57\t65\t24\t", "\t56\t65\t24\t");
    Catalogue fixed = Catalogue.load(dir);
    assertEquals(LocalDate.of(2027, 1, 5), fixed.asOf());
    assertEquals(BUNDLED.dataVersion(), fixed.dataVersion());
    LocalDate day = LocalDate.of(2026, 9, 1);
    CountryCode vietnam = CountryCode.of("VN");
    assertTrue(BUNDLED.transitEligibility(vietnam, day).isPresent());
    assertEquals(java.util.Optional.empty(), fixed.transitEligibility(vietnam, day));
    assertEquals(56, fixed.policyVersionOn(day).orElseThrow().countries());
    assertEquals(BUNDLED.ports(), fixed.ports());
  }

  @Test
  void aBadTableIsRefusedWithFileLineAndWhatIsWrong(@TempDir Path tmp) throws IOException {
    Path dir = copyTables(tmp);
    replace(dir.resolve("ports.tsv"), "\tPVG\tZSPD\t", "\tPVG\tZSP1\t");
    append(dir.resolve("transit_240h_countries.tsv"), "QQ\t2027-01-01\t\t\tGOV-2026-08-20\tM");
    CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.load(dir));
    int pvg = lineOf(dir.resolve("ports.tsv"), "PVG\t");
    int qq = lineOf(dir.resolve("transit_240h_countries.tsv"), "QQ\t");
    assertEquals(List.of(
        "transit_240h_countries.tsv:" + qq + ": iso2: unknown reference \"QQ\" (not in countries.tsv)",
        "ports.tsv:" + pvg + ": icao: bad code \"ZSP1\" (expected [A-Z]{4})"), e.problems());
    assertEquals(String.join(System.lineSeparator(), e.problems()), e.getMessage());
  }

  @Test
  void aMissingTableIsRefused(@TempDir Path tmp) throws IOException {
    Path dir = copyTables(tmp);
    Files.delete(dir.resolve("rule_bases.tsv"));
    CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.load(dir));
    assertEquals(List.of("rule_bases.tsv:0: missing table (expected columns: regime, code, source, confidence)"),
        e.problems());
  }

  @Test
  void aDirectoryThatIsNoneIsRefusedByName(@TempDir Path tmp) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Catalogue.load(tmp.resolve("nope")));
    assertTrue(String.valueOf(e.getMessage()).startsWith("directory: "), e.getMessage());
    assertThrows(NullPointerException.class, () -> Catalogue.load(nullPath()));
  }

  @Test
  void theExceptionListsItsProblemsAndRefusesNone() {
    assertEquals(List.of("a.tsv:1: x"), new CatalogueException(List.of("a.tsv:1: x")).problems());
    assertThrows(IllegalArgumentException.class, () -> new CatalogueException(List.of()));
    assertThrows(NullPointerException.class, () -> new CatalogueException(nullList()));
  }

  // ------------------------------------------------------------------ helpers

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static Path nullPath() {
    return null;
  }

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static List<String> nullList() {
    return null;
  }

  /** A copy of the project's tables (the .tsv files only). */
  static Path copyTables(Path tmp) throws IOException {
    Path dir = tmp.resolve("tables");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(TABLES)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".tsv")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    return dir;
  }

  static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), file + " lacks " + from);
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }

  static void append(Path file, String line) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, s + (s.endsWith("\n") ? "" : "\n") + line + "\n", StandardCharsets.UTF_8);
  }

  static int lineOf(Path file, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line starting " + prefix);
  }
}
