package io.github.transitpolicy.data.build;

import static io.github.transitpolicy.data.build.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.CatalogueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One defect per case in a copy of the valid fixture; the compiler must refuse it with exactly the
 * expected {@code file:line: message} problems.
 */
class BadTablesTest {

  private static final String VERSION = "2025-11-05";
  private static final String ANNEX_ROWS = " (annex rows run 1, 2, 3 ... in order)";

  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void copyFixture() {
    dir = Fixtures.copyValid(tmp.resolve("tables"));
  }

  private List<String> problems(Consumer<Path> breakIt) {
    return problems(breakIt, VERSION);
  }

  private List<String> problems(Consumer<Path> breakIt, String version) {
    breakIt.accept(dir);
    CatalogueException e =
        assertThrows(CatalogueException.class, () -> TableCompiler.compile(dir, version));
    assertEquals(String.join(System.lineSeparator(), e.problems()), e.getMessage());
    if (version.equals(VERSION)) {
      // the runtime loader runs the same checks (it does not know the build's declared version)
      CatalogueException loaded = assertThrows(CatalogueException.class, () -> Catalogue.load(dir));
      assertEquals(e.problems(), loaded.problems());
    }
    return e.problems();
  }

  @Test
  void theUnbrokenCopyCompiles() {
    assertEquals(VERSION, TableCompiler.compile(dir, VERSION).dataVersion());
    assertEquals(VERSION, Catalogue.load(dir).dataVersion());
  }

  @Test
  void duplicateRuleBasis() {
    assertEquals(List.of("rule_bases.tsv:7: duplicate key regime+code = \"TRANSIT_240H|NATIONALITY_ELIGIBLE\""
            + " (first at rule_bases.tsv:3)"),
        problems(d -> Fixtures.append(d, "rule_bases",
            row("TRANSIT_240H", "NATIONALITY_ELIGIBLE", "NIA-2025-4#annex1", "H"))));
  }

  @Test
  void onlyVisaExemptionAndResidenceMayLeaveTheStayLimitEmpty() {
    // The fixture's RESIDENCE row has none and compiles (theUnbrokenCopyCompiles); Hainan may not.
    assertEquals(List.of("regime_terms.tsv:14: max_stay_hours: must not be empty for HAINAN_30D"),
        problems(d -> Fixtures.append(d, "regime_terms",
            row("HAINAN_30D", "2010-01-01", "2010-12-31", "", "NEXT_DAY_MIDNIGHT", "", "FACTS#8", "H"))));
  }

  @Test
  void duplicateSourceId() {
    assertEquals(List.of("sources.tsv:10: duplicate key id = \"FACTS\" (first at sources.tsv:7)"),
        problems(d -> Fixtures.append(d, "sources", row("FACTS", "Another title", "", "https://example.org/x"))));
  }

  private static final String NOT_PUBLIC = " is not an http(s) URL (every source must be a public document, not a file"
      + " of this project)";

  @Test
  void sourceLocationThatIsAProjectFile() {
    assertEquals(List.of("sources.tsv:10: location: \"shared/sources/nia-announcement-2025-04.zh.txt\"" + NOT_PUBLIC),
        problems(d -> Fixtures.append(d, "sources",
            row("NIA-TEXT", "The announcement", "2025-11-03", "shared/sources/nia-announcement-2025-04.zh.txt"))));
  }

  @Test
  void sourceLocationThatIsNotAnAddressAtAll() {
    assertEquals(List.of("sources.tsv:7: location: \"FACTS.md sections 4-5\"" + NOT_PUBLIC),
        problems(d -> Fixtures.editLine(d, "sources", 7, "https://example.org/fixture-facts", "FACTS.md sections 4-5")));
  }

  @Test
  void sourceLocationWithAnotherScheme() {
    assertEquals(List.of("sources.tsv:7: location: \"ftp://example.org/facts\"" + NOT_PUBLIC),
        problems(d -> Fixtures.editLine(d, "sources", 7, "https://example.org/fixture-facts", "ftp://example.org/facts")));
  }

  @Test
  void exemptionCitingAnUnknownSourceId() {
    assertEquals(List.of("visa_exemptions.tsv:2: source: unknown source id \"NOPE\" (not in sources.tsv)"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 2, "FACTS#6", "NOPE#6")));
  }

  private static final String NO_START = "from: a visa exemption needs its start date; where the sources only show it"
      + " in force by some day, set long_standing yes and from to the earliest such day";

  @Test
  void exemptionWithoutAStartDate() {
    assertEquals(List.of("visa_exemptions.tsv:4: " + NO_START),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t2024-02-09\t", "\t\t")));
  }

  @Test
  void longStandingExemptionWithoutItsEarliestDate() {
    assertEquals(List.of("visa_exemptions.tsv:5: " + NO_START),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 5, "\t2020-01-01\t", "\t\t")));
  }

  @Test
  void longStandingMustSayYesOrNo() {
    assertEquals(List.of("visa_exemptions.tsv:5: long_standing: \"\" is not one of [no, yes]"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 5, "\tyes\t", "\t\t")));
  }

  @Test
  void catalogueWithoutItsRow() {
    assertEquals(List.of("catalogue.tsv:0: must have exactly one row (it has 0)"),
        problems(d -> Fixtures.write(d.resolve("catalogue.tsv"), List.of("as_of"))));
  }

  @Test
  void catalogueWithTwoRows() {
    assertEquals(List.of("catalogue.tsv:0: must have exactly one row (it has 2)"),
        problems(d -> Fixtures.append(d, "catalogue", "2025-12-01")));
  }

  @Test
  void catalogueAsOfNotADate() {
    assertEquals(List.of("catalogue.tsv:3: as_of: bad date \"2025-11-31\""),
        problems(d -> Fixtures.editLine(d, "catalogue", 3, "2025-11-10", "2025-11-31")));
  }

  @Test
  void asOfDisagreesWithTheBuild() {
    CatalogueException e = assertThrows(CatalogueException.class,
        () -> TableCompiler.compile(dir, VERSION, "2026-12-01"));
    assertEquals(List.of("catalogue.tsv:3: as_of: the tables say 2025-11-10 but the build declares 2026-12-01"
        + " (property transitpolicy.data.asOf in the root pom.xml)"), e.problems());
    assertEquals("2025-11-10", TableCompiler.compile(dir, VERSION, "2025-11-10").asOf());
  }

  @Test
  void capabilityOfAnUnknownPort() {
    assertEquals(List.of("port_capabilities.tsv:14: port: unknown reference \"XXX\" (not in ports.tsv)"),
        problems(d -> Fixtures.append(d, "port_capabilities", row("XXX", "OPEN_PORT", "", "", "FACTS#2", "H"))));
  }

  @Test
  void annex1NameNotInCountries() {
    assertEquals(List.of(
            "annex1_countries.tsv:5: name_zh: unknown reference \"美利坚\" (no country in countries.tsv has that name_zh)",
            "transit_240h_countries.tsv:4: annex1_row: unknown reference 3 (annex 1 has no such row)"),
        problems(d -> Fixtures.editLine(d, "annex1_countries", 5, "美国", "美利坚")));
  }

  @Test
  void unknownSourceId() {
    assertEquals(List.of("rule_bases.tsv:2: source: unknown source id \"NOPE\" (not in sources.tsv)"),
        problems(d -> Fixtures.editLine(d, "rule_bases", 2, "XINHUA-2024-12-17 ; ", "NOPE#x ; ")));
  }

  @Test
  void iso2NotMatchingThePatternWithABadIso3() {
    assertEquals(List.of(
            "countries.tsv:7: iso2: bad code \"U1\" (expected [A-Z]{2})",
            "countries.tsv:7: iso3: bad code \"U1X\" (expected [A-Z]{3})"),
        problems(d -> Fixtures.append(d, "countries", row("U1", "U1X", "COUNTRY", "Nowhere", "无处", "ISO-3166"))));
  }

  /**
   * Regression (was a bug in TableCompiler.java, countries validation): when iso2 fails its pattern, the {@code else if} still asks
   * {@code new Locale("", iso2).getISO3Country()}, which throws MissingResourceException for "U1": the build
   * dies with a stack trace instead of {@code countries.tsv:7: iso2: bad code "U1"}.
   */
  @Test
  void iso2NotMatchingThePattern() {
    assertEquals(List.of("countries.tsv:7: iso2: bad code \"U1\" (expected [A-Z]{2})"),
        problems(d -> Fixtures.append(d, "countries", row("U1", "UOO", "COUNTRY", "Nowhere", "无处", "ISO-3166"))));
  }

  @Test
  void iso2WellFormedButNotIso() {
    assertEquals(List.of("countries.tsv:7: iso2: bad code \"QQ\" (not an ISO 3166-1 alpha-2 code)"),
        problems(d -> Fixtures.append(d, "countries", row("QQ", "QQQ", "COUNTRY", "Nowhere", "无处", "ISO-3166"))));
  }

  @Test
  void iso3OfAnotherCountry() {
    assertEquals(List.of("countries.tsv:7: iso3: \"ITA\" is not the alpha-3 code of IN (ISO 3166-1 says IND)"),
        problems(d -> Fixtures.append(d, "countries", row("IN", "ITA", "COUNTRY", "India", "印度", "ISO-3166"))));
  }

  @Test
  void impossibleDate() {
    assertEquals(List.of("visa_exemptions.tsv:2: from: bad date \"2025-13-01\""),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 2, "2023-12-01", "2025-13-01")));
  }

  @Test
  void malformedDate() {
    assertEquals(List.of("visa_exemptions.tsv:2: until: bad date \"2026-12-1\" (expected yyyy-MM-dd)"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 2, "2026-12-31", "2026-12-1")));
  }

  @Test
  void untilBeforeFrom() {
    assertEquals(List.of("visa_exemptions.tsv:2: until 2022-12-31 is before from 2023-12-01"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 2, "2026-12-31", "2022-12-31")));
  }

  @Test
  void unknownCapability() {
    assertEquals(List.of("port_capabilities.tsv:10: capability: \"OPEN\" is not one of [ASEAN_GROUP_PORT, CRUISE_PORT, INSPECTION_FREE_24H, "
            + "OPEN_PORT, SMART_CLEARANCE, TAIWAN_PERMIT, TRANSIT_240H_ENTRY, TRANSIT_240H_EXIT]"),
        problems(d -> Fixtures.replaceLine(d, "port_capabilities", 10, "ROAD-LUOHU\tOPEN_PORT",
            row("ROAD-LUOHU", "OPEN", "", "", "FACTS#2", "H"))));
  }

  @Test
  void wrongHeader() {
    assertEquals(List.of("ports.tsv:2: header is [id, kind, iata, icao, unlocode, name_cn, name_en, aliases, "
            + "province, prefecture, annex2_row, source, confidence], expected [id, kind, iata, icao, unlocode, "
            + "name_zh, name_en, aliases, province, prefecture, annex2_row, source, confidence]"),
        problems(d -> Fixtures.editLine(d, "ports", 2, "name_zh", "name_cn")));
  }

  @Test
  void wrongCellCount() {
    assertEquals(List.of("rule_bases.tsv:4: has 3 cells, the header has 4"),
        problems(d -> Fixtures.replaceLine(d, "rule_bases", 4, "TRANSIT_240H\tVISITS_WITHIN_AREA",
            row("TRANSIT_240H", "VISITS_WITHIN_AREA", "NIA-2025-4#annex2"))));
  }

  @Test
  void missingTable() {
    assertEquals(List.of("rule_bases.tsv:0: missing table (expected columns: regime, code, source, confidence)"),
        problems(d -> delete(d.resolve("rule_bases.tsv"))));
  }

  /**
   * Regression (was a bug in TableCompiler.java, read): Files.readAllLines already splits on "\r\n" and on a lone "\r", so the
   * {@code line.endsWith("\r")} check never fires and a CRLF table is accepted silently.
   */
  @Test
  void crLineEnd() {
    assertEquals(List.of("rule_bases.tsv:2: CR line end (tables use LF)"),
        problems(d -> Fixtures.editLine(d, "rule_bases", 2, "\tH", "\tH\r")));
  }

  @Test
  void versionCountOfPortsDisagrees() {
    assertEquals(List.of(
            "policy_versions.tsv:5: ports: the version says 66 entry ports on 2025-11-05, port_capabilities.tsv has 3",
            "annex2_ports.tsv:0: annex 2 has 3 rows; the announcement says 66 ports (policy_versions.tsv:5)"),
        problems(d -> Fixtures.editLine(d, "policy_versions", 5, "\t3\t3\t3\t", "\t3\t66\t3\t")));
  }

  @Test
  void versionCountOfCountriesDisagrees() {
    assertEquals(List.of(
            "policy_versions.tsv:4: countries: the version says 55 countries on 2025-06-12, "
                + "transit_240h_countries.tsv has 3"),
        problems(d -> Fixtures.editLine(d, "policy_versions", 4, "\t3\t2\t2\t", "\t55\t2\t2\t")));
  }

  @Test
  void versionCountOfProvincesDisagrees() {
    assertEquals(List.of(
            "policy_versions.tsv:5: provinces: the version says 24 provinces on 2025-11-05, permitted_areas.tsv has 3",
            "annex2_ports.tsv:0: annex 2 names 3 provinces; the announcement says 24 (policy_versions.tsv:5)"),
        problems(d -> Fixtures.editLine(d, "policy_versions", 5, "\t3\t3\t3\t", "\t3\t3\t24\t")));
  }

  @Test
  void entryPortOutsideAnnex2() {
    assertEquals(List.of(
            "port_capabilities.tsv:14: port ROAD-LUOHU is a 240-hour entry port but has no annex 2 row",
            "policy_versions.tsv:5: ports: the version says 3 entry ports on 2025-11-05, port_capabilities.tsv has 4"),
        problems(d -> Fixtures.append(d, "port_capabilities",
            row("ROAD-LUOHU", "TRANSIT_240H_ENTRY", "2025-11-05", "", "FACTS#2", "H"))));
  }

  @Test
  void annex1RowsOutOfOrder() {
    assertEquals(List.of(
            "annex1_countries.tsv:4: row: expected 2, found 3" + ANNEX_ROWS,
            "annex1_countries.tsv:5: row: expected 3, found 2" + ANNEX_ROWS),
        problems(d -> {
          List<String> lines = Fixtures.lines(d.resolve("annex1_countries.tsv"));
          String second = lines.get(3);
          lines.set(3, lines.get(4));
          lines.set(4, second);
          Fixtures.write(d.resolve("annex1_countries.tsv"), lines);
        }));
  }

  @Test
  void annex2RowNumberSkipped() {
    assertEquals(List.of(
            "annex2_ports.tsv:4: row: expected 2, found 7" + ANNEX_ROWS,
            "permitted_areas.tsv:3: annex2_row: unknown reference 2 (annex 2 has no such row)",
            "permitted_areas.tsv:4: annex2_row: unknown reference 2 (annex 2 has no such row)",
            "ports.tsv:4: annex2_row: unknown reference 2 (annex 2 has no such row)",
            "annex2_ports.tsv:4: annex 2 row 7 has no port in ports.tsv"),
        problems(d -> Fixtures.editLine(d, "annex2_ports", 4, "2\t江苏", "7\t江苏")));
  }

  /**
   * Regression (was a bug in TableCompiler.java places validation vs TableCatalogue.PlaceIndex): the runtime place index
   * binary-searches places.tsv and throws IllegalStateException("places: codes out of order") on first use
   * when the rows are not in ascending code order, but the compiler does not check that order, so such a
   * table builds and the bundled catalogue fails at run time.
   */
  @Test
  void placesOutOfCodeOrder() {
    List<String> problems = problems(d -> {
      List<String> lines = Fixtures.lines(d.resolve("places.tsv"));
      String nanjing = lines.get(3);
      lines.set(3, lines.get(4));
      lines.set(4, nanjing);
      Fixtures.write(d.resolve("places.tsv"), lines);
    });
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("places.tsv:5: "), problems.get(0));
  }

  @Test
  void overlappingEligibility() {
    assertEquals(List.of("transit_240h_countries.tsv:5: iso2: FR has overlapping eligibility periods"),
        problems(d -> Fixtures.append(d, "transit_240h_countries", row("FR", "2025-01-01", "", "", "FACTS#1", "M"))));
  }

  @Test
  void overlappingCapability() {
    assertEquals(List.of("port_capabilities.tsv:14: port PEK has overlapping periods for TRANSIT_240H_EXIT"),
        problems(d -> Fixtures.append(d, "port_capabilities",
            row("PEK", "TRANSIT_240H_EXIT", "2025-01-01", "", "FACTS#2", "M"))));
  }

  @Test
  void aliasNamingTwoPorts() {
    assertEquals(List.of("ports.tsv:4: aliases: \"首都机场\" would name both PEK (ports.tsv:3) and NKG"),
        problems(d -> Fixtures.editLine(d, "ports", 4, "\t禄口机场\t", "\t禄口机场|首都机场口岸\t")));
  }

  @Test
  void dataVersionMismatch() {
    assertEquals(List.of("policy_versions.tsv:0: the newest version is 2025-11-05 but the build declares data "
            + "version 2099-01-01 (property transitpolicy.data.version in the root pom.xml)"),
        problems(d -> { }, "2099-01-01"));
  }

  @Test
  void noVersionCitesTheAnnouncement() {
    assertEquals(List.of("policy_versions.tsv:0: no version cites NIA-2025-4, the announcement the annexes come from"),
        problems(d -> Fixtures.editLine(d, "policy_versions", 5, "NIA-2025-4#item6 ; NIA-2025-4#annex2", "FACTS#1")));
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    List<String> problems = problems(d -> {
      Fixtures.editLine(d, "visa_exemptions", 2, "2023-12-01", "2025-13-01");
      Fixtures.append(d, "port_capabilities", row("XXX", "OPEN_PORT", "", "", "FACTS#2", "H"));
    });
    assertEquals(List.of(
        "port_capabilities.tsv:14: port: unknown reference \"XXX\" (not in ports.tsv)",
        "visa_exemptions.tsv:2: from: bad date \"2025-13-01\""), problems);
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
