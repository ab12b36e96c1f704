package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transit-check} through its entry point: what each option, each malformed value and each odd
 * shape of a CSV file gives, as exit codes and the exact messages and result cells.
 */
class TransitCheckInputTest {

  private static final String[] TRIP = {
    "--nationality", "US", "--expiry", "2027-06-30",
    "--arrive", "PVG", "--arrive-at", "2025-12-01T10:00", "--from", "KR",
    "--depart", "PEK", "--depart-at", "2025-12-11T23:30", "--to", "JP",
    "--purpose", "TOURISM",
  };

  /** A Myanmar tour group through Gasa airport (Xishuangbanna), visa-free only as a group. */
  private static final String[] GROUP_TRIP = {
    "--nationality", "MM", "--expiry", "2030-01-01",
    "--arrive", "JHG", "--arrive-at", "2025-03-01T10:00", "--from", "MM",
    "--depart", "JHG", "--depart-at", "2025-03-07T12:00", "--to", "MM",
    "--purpose", "TOURISM", "--visit", "532800",
  };

  private static final String HEADER = CsvTrips.HEADER;
  private static final String GOOD_US = CsvTrips.VISA_FREE;
  private static final String GOOD_IN = CsvTrips.VISA_REQUIRED;
  private static final String NL = System.lineSeparator();

  private record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().collect(Collectors.toList());
    }
  }

  /**
   * Runs the command with a standard output that buffers as a file stream does and flushes only when
   * told: what the command prints must be flushed by the command itself ({@code main} exits right after).
   */
  private static Run runWithInput(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TransitCheck.run(args, new ByteArrayInputStream(input),
        new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  private static Run runCsv(String text, String... args) {
    List<String> all = new ArrayList<>(List.of("--csv", "-"));
    all.addAll(List.of(args));
    return runWithInput(text.getBytes(StandardCharsets.UTF_8), all.toArray(new String[0]));
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private static String[] replacing(String[] base, String flag, String value) {
    String[] args = base.clone();
    args[Arrays.asList(args).indexOf(flag) + 1] = value;
    return args;
  }

  private static String usageError(String message) {
    return "transit-check: " + message + NL + "Run transit-check --help for usage." + NL;
  }

  // ------------------------------------------------------------------ options

  @Test
  void versionAndOneTripAreFlushedBeforeTheCommandReturns() {
    Run version = run("--version");
    assertEquals(0, version.code());
    assertEquals(TransitCheck.versionText(), version.out());
    assertTrue(version.out().startsWith("transit-check "), version.out());
    Run trip = run(TRIP);
    assertEquals(0, trip.code(), trip.err());
    assertTrue(trip.out().contains("VISA_FREE"), trip.out());
    assertTrue(trip.out().endsWith(NL), trip.out());
    Run json = run(with(TRIP, "--json"));
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().startsWith("{\"verdict\":\"VISA_FREE\",") && json.out().endsWith("}\n"), json.out());
  }

  @Test
  void helpByEitherNameExitsZeroAndNoArgumentsIsAUsageError() {
    // Through a standard output that buffers and flushes only when told: the usage is flushed by the
    // command, as main exits right after.
    for (String help : List.of("--help", "-h")) {
      Run r = run(help);
      assertEquals(0, r.code(), help);
      assertEquals(TransitCheck.USAGE_TEXT + NL, r.out(), help);
      assertEquals("", r.err(), help);
    }
    Run none = run();
    assertEquals(64, none.code());
    assertEquals(TransitCheck.USAGE_TEXT + NL, none.out(), "the usage, and 64");
  }

  @Test
  void aValueFlagAtTheEndOrGivenTwiceIsAUsageError() {
    Run last = run("--nationality");
    assertEquals(64, last.code());
    assertEquals(usageError("--nationality needs a value"), last.err());
    Run lastAfterOthers = run(with(TRIP, "--visit"));
    assertEquals(64, lastAfterOthers.code());
    assertEquals(usageError("--visit needs a value"), lastAfterOthers.err());
    Run twice = run(with(TRIP, "--nationality", "FR"));
    assertEquals(64, twice.code());
    assertEquals(usageError("--nationality given twice"), twice.err());
    Run argument = run(with(TRIP, "extra"));
    assertEquals(64, argument.code());
    assertEquals(usageError("unexpected argument \"extra\""), argument.err());
    assertEquals("", last.out() + lastAfterOthers.out() + twice.out() + argument.out());
  }

  @Test
  void visitMayBeRepeated() {
    Run r = run(with(TRIP, "--visit", "320500", "--visit", " 110105 ", "--json"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"verdict\":\"VISA_FREE\",\"regime\":\"TRANSIT_240H\","), r.out());
    Run bad = run(with(TRIP, "--visit", "320500", "--visit", "12"));
    assertEquals(65, bad.code());
    assertTrue(bad.err().startsWith("transit-check: --visit: "), bad.err());
  }

  @Test
  void missingFlagsAreNamedInOneSentence() {
    Run several = run("--nationality", "US", "--expiry", "2027-06-30", "--arrive", "PVG", "--from", "KR",
        "--depart", "PEK", "--to", "JP");
    assertEquals(64, several.code());
    assertEquals(usageError("--arrive-at, --depart-at and --purpose are required"), several.err());
    Run two = run(Arrays.copyOf(TRIP, TRIP.length - 2));
    assertEquals(usageError("--purpose is required"), two.err());
  }

  @Test
  void aMalformedDateOrTimeNamesItsFlagAndTheFormat() {
    // Every place where the fast digit-by-digit reading could go wrong: a short value, each separator,
    // a non-digit in each field, and each field just outside its range.
    for (String expiry : List.of("2027-6-30", "2027x06-30", "2027-06x30", "2x27-06-30", "2027-0x-30", "2027-06-3x",
        "2027-00-10", "2027-13-01", "2027-06-00", "2027-02-30", "2027-06-31", "2027-06-30x")) {
      Run r = run(replacing(TRIP, "--expiry", expiry));
      assertEquals(65, r.code(), expiry);
      assertEquals("transit-check: --expiry: \"" + expiry + "\" is not a date (yyyy-MM-dd)" + NL, r.err());
      assertEquals("", r.out());
    }
    for (String time : List.of("2025-12-01T10:0", "2025x12-01T10:00", "2025-12x01T10:00", "2025-12-01x10:00",
        "2025-12-01T10x00", "2x25-12-01T10:00", "2025-1x-01T10:00", "2025-12-0xT10:00", "2025-12-01T1x:00",
        "2025-12-01T10:0x", "2025-12-01T24:00", "2025-12-01T10:60", "2025-00-01T10:00", "2025-13-01T10:00",
        "2025-12-00T10:00", "2025-11-31T10:00")) {
      Run r = run(replacing(TRIP, "--arrive-at", time));
      assertEquals(65, r.code(), time);
      assertEquals("transit-check: --arrive-at: \"" + time + "\" is not a date and time (yyyy-MM-ddTHH:mm)" + NL,
          r.err());
    }
  }

  @Test
  void datesAndTimesAreReadDigitForDigit() {
    // The deadline shows the date read: the day after a residence permit's last day, and 24 hours after
    // the arrival time of a direct transit.
    Run permit = run(with(replacing(TRIP, "--nationality", "IN"), "--residence-permit-until", "2026-09-17",
        "--json"));
    assertEquals(0, permit.code(), permit.err());
    assertTrue(permit.out().contains("\"regime\":\"RESIDENCE\",\"exit_deadline\":\"2026-09-18T00:00+08:00\""),
        permit.out());
    Run transit = run("--nationality", "IN", "--expiry", "2027-06-30", "--arrive", "PVG", "--arrive-at",
        "2025-11-17T13:47", "--from", "KR", "--depart", "PVG", "--depart-at", "2025-11-17T19:58", "--to", "US",
        "--purpose", "TRANSIT", "--stays-in-port", "--json");
    assertEquals(0, transit.code(), transit.err());
    assertTrue(transit.out().contains("\"regime\":\"DIRECT_TRANSIT_24H\",\"exit_deadline\":\"2025-11-18T13:47+08:00\""),
        transit.out());
    // A date the JDK's parser reads and the digit-by-digit reader leaves to it: refused by the builder.
    Run farFuture = run(replacing(TRIP, "--expiry", "+10000-01-01"));
    assertEquals(65, farFuture.code());
    assertEquals("transit-check: --expiry: expiry: +10000-01-01 is outside the supported range 1900-01-01 to"
        + " 9999-12-31" + NL, farFuture.err());
    Run lastMinute = run(replacing(replacing(TRIP, "--arrive-at", "2025-12-01T23:59"), "--depart-at",
        "2025-12-09T00:00"));
    assertEquals(0, lastMinute.code(), lastMinute.err());
  }

  @Test
  void aTourGroupIsReadAndEachBadPartNamed() {
    Run group = run(with(GROUP_TRIP, "--tour-group", " chinese_agency : 5 ", "--json"));
    assertEquals(0, group.code(), group.err());
    assertTrue(group.out().startsWith("{\"verdict\":\"VISA_FREE\",\"regime\":\"ASEAN_GROUP_XISHUANGBANNA\","),
        group.out());
    assertEquals(1, run(GROUP_TRIP).code(), "without the group the trip needs a visa");
    List<List<String>> cases = List.of(
        List.of(":5", "\"\" is not a organiser (CHINESE_AGENCY, HK_MACAO_AGENCY)"),
        List.of("CHINESE_AGENCY:x", "\"x\" is not a group size"),
        List.of("CHINESE_AGENCY:", "\"\" is not a group size"),
        List.of("CHINESE_AGENCY", "\"CHINESE_AGENCY\" is not ORGANISER:SIZE, e.g. CHINESE_AGENCY:12"));
    for (List<String> c : cases) {
      Run r = run(with(GROUP_TRIP, "--tour-group", c.get(0)));
      assertEquals(65, r.code(), c.get(0));
      assertEquals("transit-check: --tour-group: " + c.get(1) + NL, r.err());
    }
  }

  @Test
  void staysWithShipIsWhatMakesACruiseGroupVisaFree() {
    String[] cruise = {
      "--nationality", "IN", "--expiry", "2030-01-01", "--arrive", "SEA-SHANGHAI", "--arrive-at", "2025-06-01T08:00",
      "--from", "JP", "--depart", "SEA-XIAMEN", "--depart-at", "2025-06-10T18:00", "--to", "JP",
      "--purpose", "TOURISM", "--visit", "310100", "--visit", "350200", "--tour-group", "CHINESE_AGENCY:5", "--json",
    };
    Run ship = run(with(cruise, "--stays-with-ship"));
    assertEquals(0, ship.code(), ship.err());
    assertTrue(ship.out().startsWith("{\"verdict\":\"VISA_FREE\",\"regime\":\"CRUISE_GROUP_15D\","), ship.out());
    Run ashore = run(cruise);
    assertEquals(1, ashore.code(), ashore.out());
    assertTrue(ashore.out().contains("\"CRUISE_GROUP_15D:STAYS_WITH_SHIP\""), ashore.out());
  }

  // ------------------------------------------------------------------ CSV

  @Test
  void switchColumnsReadYesAndNoAsTheFlagsDo() {
    Run r = runCsv(String.join("\n", HEADER + ",fast_lane", GOOD_US + ",YES", GOOD_US + ",no", GOOD_US + ", True ",
        GOOD_US + ",False") + "\n", "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.lines().size(), r.out());
    // The fast lane changes no verdict, only the arrival card: the rows are read, none is an ERROR row.
    for (String line : r.lines()) {
      assertTrue(line.contains("\"verdict\":\"VISA_FREE\""), line);
    }
    Run ship = runCsv(HEADER + ",stays_with_ship,tour_group\n" + GOOD_US + ",yes,CHINESE_AGENCY:5\n"
        + GOOD_US + ",NO,\n");
    assertEquals(0, ship.code(), ship.err());
  }

  @Test
  void failingAndUnknownCodesAreSeparatedBySingleSpaces() {
    Run r = runCsv(HEADER + "\n" + GOOD_IN + "\n" + GOOD_US.replace(",PEK,", ",ZZZ,") + "\n");
    assertEquals(0, r.code(), r.err());
    List<String> required = Csv.split(r.lines().get(1));
    assertEquals("VISA_REQUIRED", required.get(1), r.out());
    assertCodes(required.get(4));
    assertTrue(required.get(4).contains("TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY"), required.get(4));
    List<String> review = Csv.split(r.lines().get(2));
    assertEquals("NEEDS_REVIEW", review.get(1), r.out());
    assertCodes(review.get(5));
  }

  private static void assertCodes(String codes) {
    assertFalse(codes.isEmpty());
    for (String code : codes.split(" ", -1)) {
      assertTrue(code.matches("[A-Z0-9_]+:[A-Z0-9_]+"), "\"" + code + "\" in \"" + codes + "\"");
    }
  }

  @Test
  void idsThatNeedQuotesAreQuotedAgain() {
    String header = HEADER + ",id";
    Run r = runCsv(String.join("\n", header, GOOD_US + ",\",lead\"", GOOD_US + ",\"\"\"quote\"", GOOD_US + ",plain")
        + "\n");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    assertTrue(lines.get(1).startsWith("\",lead\",2,VISA_FREE,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("\"\"\"quote\",3,VISA_FREE,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("plain,4,VISA_FREE,"), lines.get(3));
  }

  @Test
  void oneDuplicateColumnIsNamedInTheSingular() {
    Run r = runCsv(HEADER + ",expiry\n" + GOOD_US + ",2027-06-30\n");
    assertEquals(65, r.code());
    assertEquals("transit-check: stdin:1: duplicate column expiry (columns 3 and 14): each column may appear once"
        + NL, r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnclosedQuoteInTheHeaderStopsTheRunAndInARowIsAnErrorRow() {
    Run header = runCsv("\"nationality," + HEADER.substring("nationality,".length()) + "\n" + GOOD_US + "\n");
    assertEquals(65, header.code());
    assertEquals("transit-check: stdin:1: a quoted cell is not closed (line breaks inside cells are not read)" + NL,
        header.err());
    Run row = runCsv(HEADER + "\n\"" + GOOD_US + "\n" + GOOD_US + "\n");
    assertEquals(4, row.code());
    assertEquals("2,ERROR,,,,,,,a quoted cell is not closed (line breaks inside cells are not read)",
        row.lines().get(1));
    assertTrue(row.lines().get(2).startsWith("3,VISA_FREE,"), row.out());
  }

  @Test
  void oneFailedRowIsReportedInTheSingular() {
    Run r = runCsv(HEADER + "\n" + GOOD_US.replace("TOURISM", "SIGHTSEEING") + "\n");
    assertEquals(4, r.code());
    assertTrue(r.err().endsWith("transit-check: stdin: 1 of 1 row could not be evaluated: see the ERROR rows in the"
        + " results" + NL), r.err());
  }

  @Test
  void aLineOfExactlyTheReadersFirstBufferSizeAndLongerNonAsciiLinesAreReadWhole() {
    // The reader starts with 256 bytes a line and grows; a line of exactly that length, and longer ones in
    // ASCII and in other scripts, come back whole.
    String header = HEADER + ",id";
    String prefix = GOOD_US + ",";
    String exact = prefix + "x".repeat(256 - prefix.length());
    assertEquals(256, exact.getBytes(StandardCharsets.UTF_8).length);
    String longAscii = prefix + "y".repeat(700);
    String longChinese = prefix + "中".repeat(400);
    Run r = runCsv(String.join("\n", header, exact, longAscii, longChinese, GOOD_US + ",short") + "\n");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    assertEquals(5, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("x".repeat(256 - prefix.length()) + ",2,VISA_FREE,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("y".repeat(700) + ",3,VISA_FREE,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("中".repeat(400) + ",4,VISA_FREE,"), lines.get(3));
    assertTrue(lines.get(4).startsWith("short,5,VISA_FREE,"), lines.get(4));
  }

  @Test
  void aCrLfAcrossTheReadersBufferBoundaryEndsOneLine() {
    // The reader fills 64 KiB at a time: a CR as the last byte of one fill and its LF as the first of
    // the next are one line end, so the rows after it keep their line numbers.
    int buffer = 1 << 16;
    StringBuilder text = new StringBuilder(HEADER + ",id\r\n");
    int row = 0;
    while (text.length() < buffer - 400) {
      text.append(GOOD_US).append(",r").append(row++).append("\r\n");
    }
    String filler = GOOD_US + ",";
    int padding = buffer - 1 - text.length() - filler.length();
    text.append(filler).append("p".repeat(padding)).append("\r\n").append(GOOD_US).append(",after\r\n");
    byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
    assertEquals('\r', bytes[buffer - 1]);
    assertEquals('\n', bytes[buffer]);
    Run r = runWithInput(bytes, "--csv", "-");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    int paddedLine = row + 2;
    assertTrue(lines.get(lines.size() - 2).startsWith("p".repeat(padding) + "," + paddedLine + ",VISA_FREE,"),
        lines.get(lines.size() - 2));
    assertTrue(lines.get(lines.size() - 1).startsWith("after," + (paddedLine + 1) + ",VISA_FREE,"),
        lines.get(lines.size() - 1));
  }

  @Test
  void malformedUtf8IsNamedByItsBytesExactly() {
    byte[] head = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] row = GOOD_US.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + row.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE4; // a three-byte sequence cut after two bytes
    all[head.length + 1] = (byte) 0xB8;
    System.arraycopy(row, 0, all, head.length + 2, row.length);
    all[all.length - 1] = '\n';
    Run r = runWithInput(all, "--csv", "-");
    assertEquals(65, r.code());
    assertEquals("transit-check: stdin:2: not UTF-8: byte 1 of the line (0xE4 0xB8) is malformed; save the file as"
        + " UTF-8" + NL, r.err());
    assertEquals("", r.out(), "nothing is written for a file that is not UTF-8");
  }

  // ------------------------------------------------------------------ files

  @Test
  void replacingAnOutputFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path in = Files.writeString(dir.resolve("trips.csv"), HEADER + "\n" + GOOD_US + "\n");
    Path target = Files.writeString(dir.resolve("results.csv"), "earlier\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    Run r = run("--csv", in.toString(), "--out", target.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(target).startsWith(CsvBatch.RESULT_HEADER), Files.readString(target));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void aCsvThatIsADirectoryOrNoFileNameExits74Or64(@TempDir Path dir) {
    Run directory = run("--csv", dir.toString());
    assertEquals(74, directory.code());
    assertEquals("transit-check: " + dir + ": is a directory, not a file of trips" + NL, directory.err());
    assertEquals("", directory.out());
    Run empty = run("--csv", "");
    assertEquals(64, empty.code());
    assertEquals(usageError("--csv: \"\" is not a file name"), empty.err());
    Run nul = run("--csv", "a\0b");
    assertEquals(64, nul.code());
    assertEquals(usageError("--csv: \"a\0b\" is not a file name"), nul.err());
  }

  @Test
  void anOutThatIsADirectoryExits74NamingItWhetherTheTripsComeFromAFileOrStdin(@TempDir Path dir)
      throws IOException {
    Path in = Files.writeString(dir.resolve("trips.csv"), HEADER + "\n" + GOOD_US + "\n");
    Path results = Files.createDirectory(dir.resolve("results"));
    String expected = "transit-check: " + results + ": is a directory, not a file for the results" + NL;
    Run fromFile = run("--csv", in.toString(), "--out", results.toString());
    assertEquals(74, fromFile.code());
    assertEquals(expected, fromFile.err());
    // From the standard input there is no input file to compare with, but the target is checked alike:
    // not named by the hidden temporary file the move into a directory would fail on.
    Run fromStdin = runWithInput(Files.readAllBytes(in), "--csv", "-", "--out", results.toString());
    assertEquals(74, fromStdin.code());
    assertEquals(expected, fromStdin.err());
    assertEquals("", fromFile.out() + fromStdin.out());
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of("results", "trips.csv"),
          left.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()), "no temporary file");
    }
    try (java.util.stream.Stream<Path> inside = Files.list(results)) {
      assertEquals(0, inside.count());
    }
  }

  @Test
  void anOutNamingALinkKeepsTheLinkWhenTheTripsComeFromStdinToo(@TempDir Path dir) throws IOException {
    Path real = Files.writeString(dir.resolve("real-results.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("results.csv"), real);
    Run r = runWithInput((HEADER + "\n" + GOOD_US + "\n").getBytes(StandardCharsets.UTF_8), "--csv", "-", "--out",
        link.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
    assertTrue(Files.readString(real).startsWith(CsvBatch.RESULT_HEADER), Files.readString(real));
  }

  @Test
  void eachKindOfFileErrorIsDescribedWithItsFile() {
    assertEquals("a.csv: no such file or directory", OutputFiles.describe(new NoSuchFileException("a.csv")));
    assertEquals("b.csv: permission denied", OutputFiles.describe(new AccessDeniedException("b.csv")));
    assertEquals("c.csv: disk full", OutputFiles.describe(new FileSystemException("c.csv", null, "disk full")));
    assertEquals("d.csv: FileSystemException", OutputFiles.describe(new FileSystemException("d.csv")));
    assertEquals("broken pipe", OutputFiles.describe(new IOException("broken pipe")));
    assertEquals("IOException", OutputFiles.describe(new IOException()));
  }

  // ------------------------------------------------------------------ diff

  @Test
  void diffOutputIsFlushedAndItsUsageErrorsNamed(@TempDir Path dir) {
    Path tables = Path.of("../policy-data/src/main/tables");
    Run same = run("diff", tables.toString(), tables.toString());
    assertEquals(0, same.code(), same.err());
    assertTrue(same.out().endsWith("no differences\n"), same.out());
    Run nul = run("diff", "a\0b", tables.toString());
    assertEquals(64, nul.code());
    assertTrue(nul.err().startsWith("transit-check: diff: a\0b: not a path: "), nul.err());
    Run option = run("diff", "--text", tables.toString(), tables.toString());
    assertEquals(64, option.code());
    assertEquals(usageError("diff: unknown option --text"), option.err());
  }

  @Test
  void diffOfAnInvalidDirectoryPrintsEachProblemOnItsOwnLine(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run r = run("diff", Path.of("../policy-data/src/main/tables").toString(), empty.toString());
    assertEquals(65, r.code());
    List<String> lines = r.err().lines().collect(Collectors.toList());
    assertEquals("transit-check: diff: the tables in " + empty + " are invalid:", lines.get(0));
    assertTrue(lines.size() > 1, r.err());
    assertEquals("", r.out());
  }
}
