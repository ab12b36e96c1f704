package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transit-check legs}: its options, the file's shape (header, blank lines, short rows, quotes, a
 * byte order mark) and the rows it refuses, each with its exit code and the exact row or message.
 */
class LegsCheckInputTest {

  private static final String HEADER = "itinerary,nationality,expiry,purpose,flight,from,departs,to,arrives";
  private static final String OUTPUT_HEADER = String.join(",", LegsCheck.OUTPUT);
  /** An itinerary that enters at PVG and leaves from PVG two days later: visa-free for a French citizen. */
  private static final String IN_LEG = "FR,2035-01-01,TOURISM,NH1,HND,2026-06-01T09:00,PVG,2026-06-01T13:00";
  private static final String OUT_LEG = "FR,2035-01-01,TOURISM,NH2,PVG,2026-06-03T09:00,HND,2026-06-03T13:00";

  private record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().collect(Collectors.toList());
    }
  }

  /**
   * Runs the command with streams that buffer like {@link System#out}: what the command does not flush
   * itself is not seen, as it would be lost when {@code main} exits.
   */
  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TransitCheck.run(args,
        new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path write(Path dir, String... lines) throws IOException {
    Path f = dir.resolve("legs.csv");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** An ERROR row: the itinerary, no stay, ERROR, eleven empty cells and the reason. */
  private static String errorRow(String itinerary, String reason) {
    List<String> cells = new java.util.ArrayList<>(java.util.Collections.nCopies(LegsCheck.OUTPUT.size(), ""));
    cells.set(0, itinerary);
    cells.set(2, "ERROR");
    cells.set(LegsCheck.OUTPUT.size() - 1, reason);
    return LegsCheck.csvRow(cells).strip();
  }

  @Test
  void helpPrintsTheUsageOnStandardOutputAndExitsZero() {
    // Read through a standard output that buffers and is not flushed on println: the command flushes it.
    Run r = run("legs", "x.csv", "--help");
    assertEquals(0, r.code());
    assertEquals(LegsCheck.USAGE_TEXT + System.lineSeparator(), r.out());
    assertEquals("", r.err());
  }

  @Test
  void eachUsageErrorExits64WithItsMessageAndTheUsage(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    String usage = LegsCheck.USAGE_TEXT + System.lineSeparator();
    List<String[]> cases = List.of(
        new String[] {"transit-check: legs: --out needs one file", "legs", f.toString(), "--out"},
        new String[] {"transit-check: legs: --out needs one file", "legs", f.toString(), "--out", "a.csv", "--out",
            "b.csv"},
        new String[] {"transit-check: legs: one FILE only (also got other.csv)", "legs", f.toString(), "other.csv"},
        new String[] {"transit-check: legs: unknown option --json", "legs", f.toString(), "--json"},
        new String[] {"transit-check: legs needs a FILE of legs", "legs"});
    for (String[] c : cases) {
      Run r = run(java.util.Arrays.copyOfRange(c, 1, c.length));
      assertEquals(64, r.code(), r.err());
      assertEquals(c[0] + System.lineSeparator() + usage, r.err());
      assertEquals("", r.out());
    }
    assertEquals(List.of("legs.csv"), names(dir), "no output file for a usage error");
  }

  @Test
  void aNameThatIsNoPathIsAUsageError() {
    Run r = run("legs", "legs\0.csv");
    assertEquals(64, r.code());
    assertTrue(r.err().startsWith("transit-check: legs: not a path: "), r.err());
    assertTrue(r.err().contains("Nul character"), r.err());
  }

  @Test
  void anInputOrOutputThatIsADirectoryExits74NamingIt(@TempDir Path dir) throws IOException {
    // Worded as transit-check words them, with no exception class names.
    Run input = run("legs", dir.toString());
    assertEquals(74, input.code());
    assertEquals("transit-check: legs: " + dir + ": is a directory, not a file of legs" + System.lineSeparator(),
        input.err());
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    Path results = Files.createDirectory(dir.resolve("results"));
    Run output = run("legs", f.toString(), "--out", results.toString());
    assertEquals(74, output.code());
    assertEquals("transit-check: legs: " + results + ": is a directory, not a file for the results"
        + System.lineSeparator(), output.err());
    assertEquals("", output.out());
  }

  @Test
  void anOutputThatCannotBeCreatedExits74AndLeavesNothing(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    Path target = dir.resolve("missing").resolve("results.csv");
    Run r = run("legs", f.toString(), "--out", target.toString());
    assertEquals(74, r.code());
    assertEquals("transit-check: legs: " + target + ": cannot create a file in " + target.getParent()
        + ": NoSuchFileException" + System.lineSeparator(), r.err());
    assertEquals(List.of("legs.csv"), names(dir));
  }

  @Test
  void aMissingFileExits74NamingIt(@TempDir Path dir) {
    Path none = dir.resolve("none.csv");
    Run r = run("legs", none.toString());
    assertEquals(74, r.code());
    assertEquals("transit-check: legs: " + none + ": no such file or directory" + System.lineSeparator(), r.err());
  }

  @Test
  void resultsOnStandardOutputAreFlushed(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(OUTPUT_HEADER, "a,1,VISA_FREE,VISA_FREE,VISA_EXEMPTION,PVG,2026-06-01T13:00,PVG,"
        + "2026-06-03T09:00,JP,JP,2026-07-02T00:00,,"), r.lines());
    assertEquals("", r.err());
  }

  @Test
  void resultsInAFileAreTheResultsOnStandardOutput(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG, "b,IN" + IN_LEG.substring(2),
        "b,IN" + OUT_LEG.substring(2));
    String printed = run("legs", f.toString()).out();
    Path target = dir.resolve("results.csv");
    Run r = run("legs", f.toString(), "--out", target.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(printed, Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(3, printed.lines().count(), printed);
    assertEquals(List.of("legs.csv", "results.csv"), names(dir), "no temporary file is left");
  }

  @Test
  void aHeaderWithAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
    Path f = write(dir, "\uFEFF" + HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.lines().size(), r.out());
    assertTrue(r.lines().get(1).startsWith("a,1,VISA_FREE,"), r.out());
  }

  @Test
  void unknownAndRepeatedColumnsAreEachNamed(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER + ",bogus,Nationality", "a," + IN_LEG + ",,US");
    Run r = run("legs", f.toString());
    assertEquals(65, r.code());
    assertEquals("transit-check: " + f + ":1: unknown column \"bogus\"; column nationality appears twice"
        + System.lineSeparator(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aBlankHeaderOrAnEmptyFileIsRefused(@TempDir Path dir) throws IOException {
    Path blank = write(dir, " ", "a," + IN_LEG);
    Run r = run("legs", blank.toString());
    assertEquals(65, r.code());
    assertEquals("transit-check: " + blank + ":1: no header line" + System.lineSeparator(), r.err());
    Files.writeString(blank, "");
    assertEquals(65, run("legs", blank.toString()).code());
  }

  @Test
  void blankLinesSeparateNothingAndAreSkipped(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "", "a," + IN_LEG, "a," + OUT_LEG, "", "  ", "b," + IN_LEG, "b," + OUT_LEG, "");
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("a,1,VISA_FREE,"), r.out());
    assertTrue(lines.get(2).startsWith("b,1,VISA_FREE,"), r.out());
  }

  @Test
  void anItineraryThatNeverEntersTheMainlandIsOneRowWithStayZero(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "hk,US,2035-01-01,TOURISM,NH1,HND,2026-06-01T09:00,HKG,2026-06-01T13:00");
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of(OUTPUT_HEADER, "hk,0,NOT_APPLICABLE,,,,,,,,,,,"), r.lines());
  }

  @Test
  void badRowsAreErrorRowsNamingTheirLineAndTheOthersGoOn(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER,
        "q,US,2035-01-01,TOURISM,\"NH1,HND,2026-06-01T09:00,HKG,2026-06-01T13:00",
        "short,US,2035-01-01,TOURISM,NH1,HND,2026-06-01T09:00,HKG",
        "plus,US,2035-01-01,TOURISM,NH1,HND,+2026-06-01T09:00,PVG,2026-06-01T13:00",
        "dash,US,2035-01-01,TOURISM,NH1,HND,2026-0601-1T09:00,PVG,2026-06-01T13:00",
        "mixed,US,2035-01-01,TOURISM,NH1,HND,2026-06-01T09:00+09:00,PVG,2026-06-01T13:00",
        "ok," + IN_LEG,
        "ok," + OUT_LEG,
        "d," + IN_LEG,
        "d,US" + OUT_LEG.substring(2));
    Run r = run("legs", f.toString());
    assertEquals(4, r.code(), r.err());
    String notATime = " is not yyyy-MM-ddTHH:mm (with an optional offset such as +09:00)";
    List<String> lines = r.lines();
    assertEquals(List.of(OUTPUT_HEADER,
        errorRow("", f + ":2: a quoted cell is not closed (line breaks inside cells are not read)"),
        errorRow("short", f + ":3: departs, arrives: \"\"" + notATime),
        errorRow("plus", f + ":4: departs, arrives: \"+2026-06-01T09:00\"" + notATime),
        errorRow("dash", f + ":5: departs, arrives: \"2026-0601-1T09:00\"" + notATime),
        errorRow("mixed", f + ":6: departs, arrives: give both local times or both with an offset")),
        lines.subList(0, 6));
    assertTrue(lines.get(6).startsWith("ok,1,VISA_FREE,VISA_FREE,"), lines.get(6));
    assertEquals(errorRow("d", f + ":10: nationality: \"US\" differs from the itinerary's first row (\"FR\")"),
        lines.get(7));
    assertEquals(8, lines.size(), r.out());
    assertEquals("transit-check: legs: 6 itineraries could not be evaluated (ERROR rows)" + System.lineSeparator(),
        r.err());
  }

  @Test
  void clearsImmigrationIsTrueFalseOrEmptyAndTheSameOnEveryRow(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER + ",clears_immigration",
        "maybe," + IN_LEG + ",maybe",
        "yes," + IN_LEG + ",true",
        "yes," + OUT_LEG + ",true",
        "differs," + IN_LEG + ",true",
        "differs," + OUT_LEG + ",false",
        "empty," + IN_LEG + ",",
        "empty," + OUT_LEG + ",");
    Run r = run("legs", f.toString());
    assertEquals(4, r.code(), r.err());
    List<String> lines = r.lines();
    assertEquals(errorRow("maybe", f + ":2: clears_immigration: \"maybe\" is not true or false"), lines.get(1));
    assertTrue(lines.get(2).startsWith("yes,1,VISA_FREE,VISA_FREE,"), lines.get(2));
    assertEquals(errorRow("differs", f + ":6: clears_immigration: \"false\" differs from the itinerary's first row"
        + " (\"true\")"), lines.get(3));
    assertTrue(lines.get(4).startsWith("empty,1,VISA_FREE,VISA_FREE,"), lines.get(4));
    assertEquals(5, lines.size(), r.out());
  }

  @Test
  void theInputFileIsClosedAfterEachRun(@TempDir Path dir) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
    Path f = write(dir, HEADER, "a," + IN_LEG, "a," + OUT_LEG);
    assertEquals(0, run("legs", f.toString()).code(), "warm-up: the classes' own files are opened once");
    long before = count(fds);
    for (int i = 0; i < 8; i++) {
      assertEquals(0, run("legs", f.toString()).code());
    }
    long after = count(fds);
    assertTrue(after - before < 8, "open files before " + before + ", after eight runs " + after);
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aDocumentColumnIsReadAndABadDocumentNamesItsLine(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER + ",document",
        "p," + IN_LEG + ",ordinary_passport",
        "p," + OUT_LEG + ",ordinary_passport",
        "x," + IN_LEG + ",LAISSEZ_PASSER");
    Run r = run("legs", f.toString());
    assertEquals(4, r.code(), r.err());
    List<String> lines = r.lines();
    assertTrue(lines.get(1).startsWith("p,1,VISA_FREE,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("x,,ERROR,"), lines.get(2));
    assertTrue(lines.get(2).contains(f + ":4: "), lines.get(2));
    assertFalse(lines.get(2).contains(":3: "), lines.get(2));
  }

  @Test
  void badTravellerValuesNameTheirColumnAndValueInTransitChecksWords(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER + ",document",
        "doc," + IN_LEG + ",LAISSEZ_PASSER",
        "purpose," + IN_LEG.replace("TOURISM", "SIGHTSEEING") + ",",
        "expiry," + IN_LEG.replace("2035-01-01", "2035-13-01") + ",",
        "nationality,F1" + IN_LEG.substring(2) + ",");
    Run r = run("legs", f.toString());
    assertEquals(4, r.code(), r.err());
    String documents = java.util.Arrays.stream(io.github.transitpolicy.model.DocumentType.values()).map(Enum::name)
        .collect(Collectors.joining(", "));
    String purposes = java.util.Arrays.stream(io.github.transitpolicy.model.Purpose.values()).map(Enum::name)
        .collect(Collectors.joining(", "));
    assertEquals(List.of(OUTPUT_HEADER,
        errorRow("doc", f + ":2: document: \"LAISSEZ_PASSER\" is not a document type (" + documents + ")"),
        errorRow("purpose", f + ":3: purpose: \"SIGHTSEEING\" is not a purpose (" + purposes + ")"),
        errorRow("expiry", f + ":4: expiry: \"2035-13-01\" is not a date (yyyy-MM-dd)"),
        errorRow("nationality", f + ":5: nationality: country code: \"F1\" is not an ISO 3166-1 alpha-2/alpha-3 or"
            + " ICAO 9303 code")), r.lines());
    // The same reasons as transit-check gives for the same columns of a CSV of trips.
    Run trips = runTrips(dir, "LAISSEZ_PASSER", "SIGHTSEEING", "2035-13-01", "F1");
    List<String> reasons = trips.lines().stream().skip(1).map(l -> Csv.split(l).get(8))
        .collect(Collectors.toList());
    for (int i = 0; i < 4; i++) {
      String legsReason = Csv.split(r.lines().get(i + 1)).get(LegsCheck.OUTPUT.size() - 1);
      assertTrue(legsReason.endsWith(": " + reasons.get(i)), legsReason + " / " + reasons.get(i));
    }
  }

  /** transit-check --csv over four trips, each with one of the bad values (document, purpose, expiry, nationality). */
  private static Run runTrips(Path dir, String document, String purpose, String expiry, String nationality)
      throws IOException {
    String header = "nationality,document,expiry,arrive,arrive_at,from,depart,depart_at,to,purpose,visits,"
        + "stays_in_port,onward_ticket";
    String trip = "%s,%s,%s,PVG,2026-06-01T13:00,JP,PVG,2026-06-03T09:00,JP,%s,,,";
    Path trips = dir.resolve("trips.csv");
    Files.writeString(trips, String.join("\n", header,
        String.format(trip, "FR", document, "2035-01-01", "TOURISM"),
        String.format(trip, "FR", "", "2035-01-01", purpose),
        String.format(trip, "FR", "", expiry, "TOURISM"),
        String.format(trip, nationality, "", "2035-01-01", "TOURISM")) + "\n", StandardCharsets.UTF_8);
    Run r = run("--csv", trips.toString());
    assertEquals(4, r.code(), r.err());
    return r;
  }

  @Test
  void clearsImmigrationReadsYesAndNoAsTransitChecksSwitchColumnsDo(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER + ",clears_immigration",
        "yes," + IN_LEG + ",Yes",
        "yes," + OUT_LEG + ",Yes",
        "no," + IN_LEG + ",no",
        "no," + OUT_LEG + ",no");
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(3, r.lines().size(), r.out());
    assertTrue(r.lines().get(1).startsWith("yes,1,VISA_FREE,VISA_FREE,"), r.out());
    assertTrue(r.lines().get(2).startsWith("no,1,VISA_FREE,VISA_FREE,"), r.out());
  }

  @Test
  void oneFailedItineraryIsReportedInTheSingular(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER, "a," + IN_LEG.replace("TOURISM", "SIGHTSEEING"));
    Run r = run("legs", f.toString());
    assertEquals(4, r.code());
    assertEquals("transit-check: legs: 1 itinerary could not be evaluated (ERROR rows)" + System.lineSeparator(),
        r.err());
  }
}
