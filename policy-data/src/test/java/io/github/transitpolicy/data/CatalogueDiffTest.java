package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff between two catalogues, on a real change: the tables before and after Kyrgyzstan and Vietnam
 * joined the 240-hour list on 2026-08-20 (that change added their rows to transit_240h_countries.tsv and
 * countries.tsv, its version to policy_versions.tsv and its two sources to sources.tsv).
 */
class CatalogueDiffTest {

  @TempDir static Path tmp;
  private static Catalogue before;
  private static final Catalogue AFTER = Catalogue.bundled();

  /** The project's tables without what the 2026-08-20 change added. */
  static Path tablesBeforeKgVn(Path tmp) throws IOException {
    Path dir = CatalogueLoadTest.copyTables(tmp);
    dropLines(dir.resolve("transit_240h_countries.tsv"), "KG\t", "VN\t");
    dropLines(dir.resolve("regime_countries.tsv"), "HAINAN_30D\tKG\t", "HAINAN_30D\tVN\t");
    // The group regimes list VN (ASEAN) and KG (relations with China) too; the simulated older tables,
    // which lack both countries, cannot list them.
    dropLines(dir.resolve("regime_countries.tsv"), "ASEAN_GROUP_XISHUANGBANNA\tVN\t", "ASEAN_GROUP_GUILIN\tVN\t",
        "HK_MACAO_GROUP_GUANGDONG\tKG\t", "HK_MACAO_GROUP_GUANGDONG\tVN\t", "HK_MACAO_GROUP_HAINAN\tKG\t",
        "HK_MACAO_GROUP_HAINAN\tVN\t");
    dropLines(dir.resolve("countries.tsv"), "KG\t", "VN\t");
    dropLines(dir.resolve("policy_versions.tsv"), "2026-08-20\t");
    dropLines(dir.resolve("sources.tsv"), "GOV-2026-08-20\t", "XINHUA-2026-08-20\t");
    return dir;
  }

  private static void dropLines(Path file, String... prefixes) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> kept = lines.stream().filter(l -> List.of(prefixes).stream().noneMatch(l::startsWith))
        .collect(Collectors.toList());
    assertEquals(lines.size() - prefixes.length, kept.size(), file + ": every prefix drops one line");
    Files.write(file, kept, StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void loadTheTablesBefore() throws IOException {
    before = Catalogue.load(tablesBeforeKgVn(tmp.resolve("before")));
  }

  @Test
  void theKgVnAdditionIsNineRowsAddedInFiveTables() {
    CatalogueDiff diff = CatalogueDiff.between(before, AFTER);
    assertEquals("2025-11-05", diff.olderVersion());
    assertEquals("2026-08-20", diff.newerVersion());
    assertEquals("2026-12-01", diff.newerAsOf());
    assertEquals(List.of("sources", "countries", "transit_240h_countries", "regime_countries", "policy_versions"),
        diff.tables().stream().map(CatalogueDiff.TableDiff::table).collect(Collectors.toList()));
    CatalogueDiff.TableDiff transit = diff.tables().get(2);
    assertEquals(List.of("iso2", "from"), transit.key());
    assertEquals(List.of(
            Map.of("iso2", "KG", "from", "2026-08-20", "until", "", "annex1_row", "", "source", "GOV-2026-08-20",
                "confidence", "M"),
            Map.of("iso2", "VN", "from", "2026-08-20", "until", "", "annex1_row", "", "source", "GOV-2026-08-20",
                "confidence", "M")),
        transit.added());
    assertEquals(List.of(), transit.removed());
    assertEquals(List.of(), transit.changed());
    assertEquals(String.join("\n",
        "data version 2025-11-05 (as of 2026-12-01) -> 2026-08-20 (as of 2026-12-01)",
        "sources: 2 added, 0 removed, 0 changed",
        "  + id=GOV-2026-08-20 published=2026-08-20",
        "  + id=XINHUA-2026-08-20 published=2026-08-20",
        "countries: 2 added, 0 removed, 0 changed",
        "  + iso2=KG source=ISO-3166",
        "  + iso2=VN source=ISO-3166",
        "transit_240h_countries: 2 added, 0 removed, 0 changed",
        "  + iso2=KG from=2026-08-20 until= source=GOV-2026-08-20",
        "  + iso2=VN from=2026-08-20 until= source=GOV-2026-08-20",
        "regime_countries: 8 added, 0 removed, 0 changed",
        "  + regime=HAINAN_30D iso2=KG from=2026-08-20 until= source=GOV-2026-08-20",
        "  + regime=HAINAN_30D iso2=VN from=2026-08-20 until= source=GOV-2026-08-20",
        "  + regime=ASEAN_GROUP_XISHUANGBANNA iso2=VN from=2025-02-10 until= source=NIA-2025-1",
        "  + regime=ASEAN_GROUP_GUILIN iso2=VN from=2023-03-15 until= source=NIA-2024-05-16-LIST ; CHINACOM-2023-03-16",
        "  + regime=HK_MACAO_GROUP_GUANGDONG iso2=KG from=2023-03-15 until= source=MFA-RELATIONS ; CHINACOM-2023-03-16",
        "  + regime=HK_MACAO_GROUP_GUANGDONG iso2=VN from=2023-03-15 until= source=MFA-RELATIONS ; CHINACOM-2023-03-16",
        "  + regime=HK_MACAO_GROUP_HAINAN iso2=KG from=2024-07-30 until= source=MFA-RELATIONS ; NIA-2024-8",
        "  + regime=HK_MACAO_GROUP_HAINAN iso2=VN from=2024-07-30 until= source=MFA-RELATIONS ; NIA-2024-8",
        "policy_versions: 1 added, 0 removed, 0 changed",
        "  + effective=2026-08-20 source=GOV-2026-08-20 ; XINHUA-2026-08-20",
        ""), diff.toText());
  }

  @Test
  void theOtherWayRoundTheRowsAreRemoved() {
    CatalogueDiff diff = CatalogueDiff.between(AFTER, before);
    assertEquals(5, diff.tables().size());
    for (CatalogueDiff.TableDiff t : diff.tables()) {
      assertEquals(List.of(), t.added(), t.table());
      assertEquals(CatalogueDiff.between(before, AFTER).tables().stream().filter(x -> x.table().equals(t.table()))
          .findFirst().orElseThrow().added(), t.removed());
    }
    assertTrue(diff.toText().contains("\n  - iso2=VN from=2026-08-20 until= source=GOV-2026-08-20\n"), diff.toText());
  }

  @Test
  void aChangedCellIsAChangedRowWithBeforeAndAfter() throws IOException {
    Path dir = CatalogueLoadTest.copyTables(tmp.resolve("changed"));
    CatalogueLoadTest.replace(dir.resolve("transit_240h_countries.tsv"), "VN\t2026-08-20\t\t\tGOV-2026-08-20\tM",
        "VN\t2026-08-20\t\t\tGOV-2026-08-20 ; XINHUA-2026-08-20\tH");
    CatalogueDiff diff = CatalogueDiff.between(AFTER, Catalogue.load(dir));
    assertEquals(1, diff.tables().size());
    CatalogueDiff.RowChange change = diff.tables().get(0).changed().get(0);
    assertEquals(Map.of("iso2", "VN", "from", "2026-08-20"), change.key());
    assertEquals(List.of("source", "confidence"), change.changedColumns());
    assertEquals("M", change.before().get("confidence"));
    assertEquals("H", change.after().get("confidence"));
    assertEquals(String.join("\n",
        "data version 2026-08-20 (as of 2026-12-01) -> 2026-08-20 (as of 2026-12-01)",
        "transit_240h_countries: 0 added, 0 removed, 1 changed",
        "  ~ iso2=VN from=2026-08-20 until= source=GOV-2026-08-20 ; XINHUA-2026-08-20",
        "      source: \"GOV-2026-08-20\" -> \"GOV-2026-08-20 ; XINHUA-2026-08-20\"",
        "      confidence: \"M\" -> \"H\"",
        ""), diff.toText());
    assertTrue(diff.toJson().contains("\"changed\": [\n       {\"key\": {\"iso2\": \"VN\", \"from\": \"2026-08-20\"},"
        + " \"columns\": [\"source\", \"confidence\"],\n"), diff.toJson());
  }

  @Test
  void theSameTablesHaveNoDifferences() {
    CatalogueDiff diff = CatalogueDiff.between(AFTER, Catalogue.load(CatalogueLoadTest.TABLES));
    assertTrue(diff.isEmpty());
    assertEquals("data version 2026-08-20 (as of 2026-12-01) -> 2026-08-20 (as of 2026-12-01)\nno differences\n",
        diff.toText());
    assertEquals("{\n  \"older\": {\"data_version\": \"2026-08-20\", \"as_of\": \"2026-12-01\"},\n"
        + "  \"newer\": {\"data_version\": \"2026-08-20\", \"as_of\": \"2026-12-01\"},\n  \"tables\": []\n}\n",
        diff.toJson());
  }

  @Test
  void theJsonHoldsEveryAddedRowWithItsDatesAndSources() {
    String json = CatalogueDiff.between(before, AFTER).toJson();
    assertTrue(json.startsWith("{\n  \"older\": {\"data_version\": \"2025-11-05\", \"as_of\": \"2026-12-01\"},\n"
        + "  \"newer\": {\"data_version\": \"2026-08-20\", \"as_of\": \"2026-12-01\"},\n  \"tables\": [\n"), json);
    assertTrue(json.contains("    {\"table\": \"transit_240h_countries\", \"key\": [\"iso2\", \"from\"],\n"
        + "     \"added\": [\n"
        + "       {\"iso2\": \"KG\", \"from\": \"2026-08-20\", \"until\": null, \"annex1_row\": null,"
        + " \"source\": \"GOV-2026-08-20\", \"confidence\": \"M\"},\n"
        + "       {\"iso2\": \"VN\", \"from\": \"2026-08-20\", \"until\": null, \"annex1_row\": null,"
        + " \"source\": \"GOV-2026-08-20\", \"confidence\": \"M\"}\n"
        + "     ],\n     \"removed\": [],\n     \"changed\": []}"), json);
    assertTrue(json.endsWith("\n  ]\n}\n"), json);
    assertTrue(json.contains("\"summary_en\": \"Kyrgyzstan (KG) and Vietnam (VN) added, effective the day announced\""),
        json);
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CatalogueDiff.between(AFTER, nullCatalogue()));
    assertEquals("newer", e.getMessage());
  }

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static Catalogue nullCatalogue() {
    return null;
  }
}
