package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every source the bundled tables cite is a public document with an http(s) address, and no cell cites a
 * file of this project (issue 13 item 4, SPEC 9): read from the exports, as a data team would.
 */
class PublicSourcesTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final Pattern ROW = Pattern.compile("\\{\"id\": \"([^\"]+)\", .*\"location\": \"([^\"]+)\"\\}");

  private static List<String[]> sources() {
    List<String[]> out = new ArrayList<>();
    for (String line : CATALOGUE.export("sources", ExportFormat.JSON).split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        out.add(new String[] {m.group(1), m.group(2)});
      }
    }
    return out;
  }

  @Test
  void everySourceIsAnHttpUrl() {
    List<String[]> sources = sources();
    assertEquals(83, sources.size());
    for (String[] s : sources) {
      assertTrue(s[1].matches("https?://\\S+"), s[0] + ": " + s[1]);
    }
  }

  @Test
  void theProjectsOwnFilesAreNoLongerSources() {
    Set<String> ids = new HashSet<>();
    for (String[] s : sources()) {
      ids.add(s[0]);
      assertFalse(s[1].contains("shared/") || s[1].contains("FACTS"), s[0] + ": " + s[1]);
    }
    assertFalse(ids.contains("FACTS"));
    for (String id : List.of("NIA-2025-4", "REG-2013", "EXIT-ENTRY-LAW", "NIA-2024-01-11", "GBT-2260")) {
      assertTrue(ids.contains(id), id);
    }
  }

  @Test
  void noTableCellCitesFacts() {
    for (String table : CATALOGUE.tableNames()) {
      String csv = CATALOGUE.export(table, ExportFormat.CSV);
      assertFalse(csv.contains("FACTS#") || csv.contains("FACTS.md"), table);
    }
  }

  /** Nor do the tables' own comments: a reader of the published data cannot open the team's notes. */
  @Test
  void noTableCommentNamesTheTeamsOwnFiles() throws java.io.IOException {
    java.nio.file.Path tables = java.nio.file.Path.of("src/main/tables");
    List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(tables)) {
      files = s.filter(f -> f.toString().endsWith(".tsv")).sorted().collect(java.util.stream.Collectors.toList());
    }
    assertTrue(files.size() >= 25, files::toString);
    for (java.nio.file.Path f : files) {
      int n = 0;
      for (String line : java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
        n++;
        if (line.startsWith("#")) {
          assertFalse(line.contains("FACTS") || line.contains("shared/"), f.getFileName() + ":" + n + ": " + line);
        }
      }
    }
  }
}
