package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.CatalogueDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff between the valid fixture and a copy with one cell changed and one row removed: a cell holding
 * quotes and a comma (quoted twice over in the CSV export the diff reads) comes back exactly as written.
 */
class CatalogueDiffOfFixturesTest {

  private static final String SUMMARY = "First version, \"240 hours\"";
  private static final String REVISED = "First version, \"240 hours\", \"revised\"";

  @Test
  void aChangedQuotedCellAndARemovedRow(@TempDir Path tmp) {
    Catalogue older = Catalogue.load(Fixtures.copyValid(tmp.resolve("older")));
    Path newerDir = Fixtures.copyValid(tmp.resolve("newer"));
    Fixtures.editLine(newerDir, "policy_versions", 3, SUMMARY, REVISED);
    Fixtures.replaceLine(newerDir, "rule_bases", 6, "VISA_EXEMPTION\tSTAY_WITHIN_LIMIT", "");
    Catalogue newer = Catalogue.load(newerDir);

    CatalogueDiff diff = CatalogueDiff.between(older, newer);
    assertFalse(diff.isEmpty());
    assertEquals("2025-11-10", diff.olderAsOf());
    assertEquals("2025-11-10", diff.newerAsOf());
    assertEquals(List.of("policy_versions", "rule_bases"),
        diff.tables().stream().map(CatalogueDiff.TableDiff::table).collect(Collectors.toList()));

    CatalogueDiff.RowChange change = diff.tables().get(0).changed().get(0);
    assertEquals(Map.of("effective", "2024-12-17"), change.key());
    assertEquals(List.of("summary_en"), change.changedColumns());
    assertEquals(SUMMARY, change.before().get("summary_en"));
    assertEquals(REVISED, change.after().get("summary_en"));
    assertEquals("2", change.after().get("countries"));

    CatalogueDiff.TableDiff bases = diff.tables().get(1);
    assertEquals(List.of(), bases.added());
    assertEquals(List.of(Map.of("regime", "VISA_EXEMPTION", "code", "STAY_WITHIN_LIMIT",
        "source", "REG-2013#art36 ; FACTS#6", "confidence", "H")), bases.removed());

    assertEquals(String.join("\n",
        "data version 2025-11-05 (as of 2025-11-10) -> 2025-11-05 (as of 2025-11-10)",
        "policy_versions: 0 added, 0 removed, 1 changed",
        "  ~ effective=2024-12-17 source=XINHUA-2024-12-17",
        "      summary_en: \"" + SUMMARY + "\" -> \"" + REVISED + "\"",
        "rule_bases: 0 added, 1 removed, 0 changed",
        "  - regime=VISA_EXEMPTION code=STAY_WITHIN_LIMIT source=REG-2013#art36 ; FACTS#6",
        ""), diff.toText());
    assertEquals(diff.toText(), diff.toString());
    assertTrue(diff.toJson().contains(
        "\"before\": {\"effective\": \"2024-12-17\", \"summary_en\": \"First version, \\\"240 hours\\\"\","),
        diff.toJson());
  }

  @Test
  void diffsAreEqualWhenTheyHoldTheSameChanges(@TempDir Path tmp) {
    Catalogue older = Catalogue.load(Fixtures.copyValid(tmp.resolve("older")));
    Path newerDir = Fixtures.copyValid(tmp.resolve("newer"));
    Fixtures.editLine(newerDir, "policy_versions", 3, SUMMARY, REVISED);
    Catalogue newer = Catalogue.load(newerDir);

    CatalogueDiff diff = CatalogueDiff.between(older, newer);
    assertEquals(diff, CatalogueDiff.between(older, Catalogue.load(newerDir)));
    assertEquals(diff.hashCode(), CatalogueDiff.between(older, Catalogue.load(newerDir)).hashCode());
    assertNotEquals(diff, CatalogueDiff.between(newer, older));
    assertNotEquals(diff, CatalogueDiff.between(older, older));
    assertNotEquals((Object) diff, diff.toJson());
    assertTrue(CatalogueDiff.between(older, older).isEmpty());
  }
}
