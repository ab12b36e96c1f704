package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitCheckTest {

  private static final String[] ELIGIBLE = {
    "--nationality", "US", "--expiry", "2027-06-30",
    "--arrive", "PVG", "--arrive-at", "2025-12-01T10:00", "--from", "KR",
    "--depart", "PEK", "--depart-at", "2025-12-11T23:30", "--to", "JP",
    "--purpose", "TOURISM", "--visit", "320500",
  };

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return TransitCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private static String[] replacing(String flag, String value) {
    String[] args = ELIGIBLE.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(flag)) {
        args[i + 1] = value;
      }
    }
    return args;
  }

  @Test
  void anEligibleTripExitsZeroAndPrintsTheWholeEvaluation() {
    assertEquals(0, run(ELIGIBLE));
    assertTrue(out().contains("VISA_FREE"), out());
    assertTrue(out().contains("TRANSIT_240H ENTRY_PORT_DESIGNATED PASS"), out());
    assertTrue(out().contains("2025-12-12T00:00+08:00"), out());
  }

  @Test
  void chineseOutput() {
    assertEquals(0, run(with(ELIGIBLE, "--lang", "zh")));
    assertTrue(out().contains("上海浦东国际机场"), out());
  }

  @Test
  void aVisaRequiredTripExitsOne() {
    assertEquals(1, run(replacing("--nationality", "IN")));
    assertTrue(out().contains("VISA_REQUIRED"), out());
  }

  @Test
  void anUnknownExitPortNeedsReviewAndExitsTwo() {
    assertEquals(2, run(replacing("--depart", "ZZZ")));
    assertTrue(out().contains("NEEDS_REVIEW"), out());
  }

  @Test
  void aChineseCitizenIsNotApplicableAndExitsThree() {
    assertEquals(3, run(replacing("--nationality", "CN")));
  }

  @Test
  void aBadCodeExits65AndNamesTheFlag() {
    assertEquals(65, run(replacing("--nationality", "U1")));
    assertTrue(err().contains("--nationality") && err().contains("U1"), err());
  }

  @Test
  void aBadTimeExits65AndNamesTheFlag() {
    assertEquals(65, run(replacing("--arrive-at", "2025-12-01 10:00")));
    assertTrue(err().contains("--arrive-at"), err());
  }

  @Test
  void departureBeforeArrivalExits65() {
    assertEquals(65, run(replacing("--depart-at", "2025-11-30T10:00")));
    assertTrue(err().contains("departure"), err());
  }

  @Test
  void aTimeTheEngineCannotComputeWithIsNeverAnsweredAsAVerdict() {
    // Refused as bad input (65) by the builders' range check, naming the field: never 1, "visa
    // required", as an uncaught exception would exit.
    String[] args = replacing("--arrive-at", "+999999999-12-25T00:00");
    args[Arrays.asList(args).indexOf("--depart-at") + 1] = "+999999999-12-26T00:00";
    args[Arrays.asList(args).indexOf("--expiry") + 1] = "+999999999-12-30";
    int code = run(args);
    assertEquals(65, code, err());
    assertTrue(err().contains("arrival time") && err().contains("outside the supported range"), err());
    assertEquals("", out());
  }

  @Test
  void residenceFlagsAdmitAResident() {
    assertEquals(0, run(with(replacing("--nationality", "IN"), "--residence-permit-until", "2026-06-30")), err());
    assertTrue(out().contains("VISA_FREE") && out().contains("RESIDENCE RESIDENCE_DOCUMENT_HELD PASS"), out());
    assertTrue(out().contains("2026-07-01T00:00+08:00"), out());
    out.reset();
    assertEquals(0, run(with(replacing("--nationality", "IN"), "--permanent-resident-card")), err());
    assertTrue(out().contains("RESIDENCE RESIDENCE_DOCUMENT_HELD PASS"), out());
  }

  @Test
  void aBadResidencePermitDateExits65AndNamesTheFlag() {
    assertEquals(65, run(with(replacing("--nationality", "IN"), "--residence-permit-until", "2026-13-01")));
    assertTrue(err().contains("--residence-permit-until") && err().contains("2026-13-01"), err());
  }

  @Test
  void aBadTourGroupExits65AndNamesTheFlag() {
    assertEquals(65, run(with(replacing("--nationality", "TH"), "--tour-group", "CHINESE_AGENCY:1")));
    assertTrue(err().contains("--tour-group") && err().contains("size"), err());
    assertEquals(65, run(with(replacing("--nationality", "TH"), "--tour-group", "PRIVATE:3")));
    assertTrue(err().contains("--tour-group") && err().contains("PRIVATE"), err());
    assertEquals(65, run(with(replacing("--nationality", "TH"), "--tour-group", "CHINESE_AGENCY")));
    assertTrue(err().contains("--tour-group") && err().contains("ORGANISER:SIZE"), err());
  }

  @Test
  void theOptionalGroupColumnsAreRead(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",tour_group,stays_with_ship",
        GOOD_IN + ",CHINESE_AGENCY:1,", GOOD_IN + ",,maybe", GOOD_IN + ",CHINESE_AGENCY:5,true");
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(4, lines.size(), out());
    assertErrorRow(lines.get(1), "2", "tour_group", "size");
    assertErrorRow(lines.get(2), "3", "stays_with_ship", "maybe");
    assertTrue(lines.get(3).startsWith("4,"), lines.get(3));
    assertTrue(!lines.get(3).contains("ERROR"), lines.get(3));
  }

  @Test
  void theFastLaneSwitchExemptsFromTheArrivalCard() {
    assertEquals(0, run(ELIGIBLE));
    assertTrue(out().contains("Arrival card: REQUIRED"), out());
    out.reset();
    assertEquals(0, run(with(ELIGIBLE, "--fast-lane")), err());
    assertTrue(out().contains("Arrival card: EXEMPT") && out().contains("fast lane"), out());
    assertEquals(64, run(with(ELIGIBLE, "--fast-lane", "yes")));
    assertTrue(err().contains("unexpected argument \"yes\""), err());
  }

  @Test
  void crewAreExemptFromTheArrivalCardAndNeedVisaC() {
    assertEquals(1, run(replacing("--purpose", "CREW")), err());
    assertTrue(out().contains("VISA_REQUIRED") && out().contains("Arrival card: EXEMPT") && out().contains("crew"),
        out());
  }

  @Test
  void theFastLaneColumnIsReadAndABadValueNamesIt(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",fast_lane", GOOD_IN + ",maybe", GOOD_IN + ",true",
        GOOD_IN + ",");
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(4, lines.size(), out());
    assertErrorRow(lines.get(1), "2", "fast_lane", "maybe");
    assertTrue(lines.get(2).startsWith("3,VISA_REQUIRED,"), lines.get(2));
    Layout layout = new Layout(List.of((HEADER + ",fast_lane").split(",")), false, true);
    assertTrue(layout.trip(layout.cells(GOOD_IN + ",true")).fastLane());
    assertFalse(layout.trip(layout.cells(GOOD_IN + ",")).fastLane());
    Layout without = new Layout(List.of(HEADER.split(",")), false, true);
    assertFalse(without.trip(without.cells(GOOD_IN)).fastLane(), "no column: no fast lane");
  }

  @Test
  void usageErrorsExit64() {
    assertEquals(64, run("--bogus"));
    assertTrue(err().contains("unknown option --bogus"), err());
    assertEquals(64, run());
    assertEquals(64, run(with(ELIGIBLE, "--lang", "fr")));
  }

  @Test
  void aMissingRequiredFlagExits64AndNamesIt() {
    String[] noVisit = Arrays.copyOf(ELIGIBLE, ELIGIBLE.length - 2);
    assertEquals(0, run(noVisit), "--visit is optional");
    String[] noPurpose = Arrays.copyOf(ELIGIBLE, ELIGIBLE.length - 4);
    assertEquals(64, run(noPurpose));
    assertTrue(err().contains("--purpose is required"), err());
    assertTrue(err().contains("--help"), err());
  }

  @Test
  void everyMissingRequiredFlagIsNamedOnce() {
    assertEquals(64, run("--nationality", "US", "--expiry", "2027-06-30"));
    String e = err();
    for (String flag : List.of("--arrive", "--arrive-at", "--from", "--depart", "--depart-at", "--to",
        "--purpose")) {
      assertEquals(1, occurrences(e, flag + " ") + occurrences(e, flag + ","), flag + " in " + e);
    }
    assertFalse(e.contains("--nationality"), e);
  }

  @Test
  void optionsThatDoNotFitTheModeAreUsageErrors(@TempDir Path dir) throws Exception {
    assertEquals(64, run(with(ELIGIBLE, "--out", dir.resolve("r.csv").toString())));
    assertTrue(err().contains("--out"), err());
    Path in = write(dir.resolve("trips.csv"), HEADER, GOOD_US);
    err.reset();
    assertEquals(64, run("--csv", in.toString(), "--nationality", "US"));
    assertTrue(err().contains("--nationality cannot be used with --csv"), err());
    assertFalse(Files.exists(dir.resolve("r.csv")));
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("Exit codes"), out());
    assertTrue(out().contains("4 with --csv"), out());
  }

  private static final String HEADER = CsvTrips.HEADER;
  private static final String GOOD_US = CsvTrips.VISA_FREE;
  private static final String GOOD_IN = CsvTrips.VISA_REQUIRED;
  private static final String GOOD_TRANSIT = "IN,,2027-06-30,PVG,2025-12-01T10:00,KR,PVG,2025-12-01T15:00,US,TRANSIT,,true,true";

  private static Path write(Path file, String... lines) throws Exception {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** The files in a directory, so a test can see that no temporary file was left behind. */
  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** A result row's cells after its line number. */
  private static List<String> afterLineNumber(String row) {
    List<String> cells = Csv.split(row);
    return cells.subList(1, cells.size());
  }

  @Test
  void aCsvOfTripsGivesOneResultRowPerTrip(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER, GOOD_US, GOOD_IN, GOOD_TRANSIT);
    Path result = dir.resolve("results.csv");
    assertEquals(0, run("--csv", in.toString(), "--out", result.toString()), err());
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals(4, lines.size(), lines.toString());
    assertEquals("line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa,error_column,"
        + "error_reason", lines.get(0));
    assertEquals("2,VISA_FREE,TRANSIT_240H,2025-12-12T00:00+08:00,,,,,", lines.get(1));
    assertTrue(lines.get(2).startsWith("3,VISA_REQUIRED,,,"), lines.get(2));
    assertTrue(lines.get(2).contains("TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY"), lines.get(2));
    assertTrue(lines.get(2).endsWith(",Z,,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("4,VISA_FREE,DIRECT_TRANSIT_24H,2025-12-02T10:00+08:00,"), lines.get(3));
    assertEquals("", err(), "nothing to report");
    assertEquals(List.of("results.csv", "trips.csv"), names(dir), "no temporary file is left");
  }

  @Test
  void theOptionalResidenceColumnsAreRead(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",permanent_resident_card,residence_permit_until",
        GOOD_IN + ",,2026-06-30", GOOD_IN + ",true,", GOOD_IN + ",,", GOOD_IN + ",,2026-13-01", GOOD_IN + ",maybe,");
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(6, lines.size(), out());
    assertEquals("2,VISA_FREE,RESIDENCE,2026-07-01T00:00+08:00,,,,,", lines.get(1));
    assertEquals("3,VISA_FREE,RESIDENCE,2027-07-01T00:00+08:00,,,,,", lines.get(2));
    assertTrue(lines.get(3).startsWith("4,VISA_REQUIRED,,,"), lines.get(3));
    assertTrue(lines.get(3).contains("RESIDENCE:RESIDENCE_DOCUMENT_HELD"), lines.get(3));
    assertErrorRow(lines.get(4), "5", "residence_permit_until", "2026-13-01");
    assertErrorRow(lines.get(5), "6", "permanent_resident_card", "maybe");
  }

  @Test
  void aBomCrLfAndLoneCrLinesAreRead(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("trips.csv");
    Files.writeString(in, "\uFEFF" + HEADER + "\r\n" + GOOD_US + "\r" + GOOD_IN + "\r\n\r\n" + GOOD_TRANSIT,
        StandardCharsets.UTF_8);
    assertEquals(0, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(4, lines.size(), out());
    assertTrue(lines.get(1).startsWith("2,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("3,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("5,"), "the blank line 4 is skipped but counted: " + lines.get(3));
  }

  @Test
  void badRowsBecomeErrorRowsAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    Path good = write(dir.resolve("good.csv"), HEADER, GOOD_US, GOOD_IN, GOOD_TRANSIT);
    assertEquals(0, run("--csv", good.toString(), "--out", dir.resolve("good-results.csv").toString()), err());
    List<String> goodLines = Files.readAllLines(dir.resolve("good-results.csv"), StandardCharsets.UTF_8);

    Path in = write(dir.resolve("trips.csv"), HEADER,
        GOOD_US,
        GOOD_US.replace("TOURISM", "SIGHTSEEING"),
        GOOD_IN,
        "US,,2027-06-30,PVG",
        GOOD_TRANSIT.replace("true,true", "maybe,true"),
        GOOD_TRANSIT,
        GOOD_US.replace("2027-06-30", "2027-13-01"));
    Path result = dir.resolve("results.csv");
    err.reset();
    assertEquals(4, run("--csv", in.toString(), "--out", result.toString()), err());
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals(8, lines.size(), lines.toString());
    assertEquals(goodLines.get(0), lines.get(0));

    // Good rows are exactly what a file of good rows gives, whatever the bad rows around them.
    assertEquals(afterLineNumber(goodLines.get(1)), afterLineNumber(lines.get(1)));
    assertEquals(afterLineNumber(goodLines.get(2)), afterLineNumber(lines.get(3)));
    assertEquals(afterLineNumber(goodLines.get(3)), afterLineNumber(lines.get(6)));
    assertTrue(lines.get(3).startsWith("4,"), lines.get(3));
    assertTrue(lines.get(6).startsWith("7,"), lines.get(6));

    assertErrorRow(lines.get(2), "3", "purpose", "SIGHTSEEING");
    assertErrorRow(lines.get(4), "5", "", "has 4 cells, the header has 13");
    assertErrorRow(lines.get(5), "6", "stays_in_port", "\"maybe\" is not true or false");
    assertErrorRow(lines.get(7), "8", "expiry", "2027-13-01");

    String e = err();
    assertTrue(e.contains("trips.csv:3: column purpose: "), e);
    assertTrue(e.contains("trips.csv:5: has 4 cells"), e);
    assertTrue(e.contains("trips.csv:6: column stays_in_port: "), e);
    assertTrue(e.contains("4 of 7 rows could not be evaluated"), e);
    assertEquals(List.of("good-results.csv", "good.csv", "results.csv", "trips.csv"), names(dir));
  }

  private static void assertErrorRow(String row, String line, String column, String reasonPart) {
    List<String> cells = Csv.split(row);
    assertEquals(9, cells.size(), row);
    assertEquals(line, cells.get(0), row);
    assertEquals("ERROR", cells.get(1), row);
    assertEquals(List.of("", "", "", "", ""), cells.subList(2, 7), row);
    assertEquals(column, cells.get(7), row);
    assertTrue(cells.get(8).contains(reasonPart), row);
  }

  @Test
  void errorRowsGoToStandardOutputToo(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER, GOOD_US.replace(",KR,", ",K1,"), GOOD_US);
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(3, lines.size(), out());
    assertErrorRow(lines.get(1), "2", "from", "K1");
    assertTrue(lines.get(2).startsWith("3,VISA_FREE,"), lines.get(2));
  }

  @Test
  void aTimeTheEngineCannotComputeWithIsAnErrorRowNotAnAbort(@TempDir Path dir) throws Exception {
    // Near LocalDateTime.MAX: refused by the builders once they check their range, or failing in
    // evaluate before that; either way one row, not the batch.
    Path in = write(dir.resolve("trips.csv"), HEADER,
        GOOD_US.replace("2025-12-01T10:00", "+999999999-12-25T00:00").replace("2025-12-11T23:30",
            "+999999999-12-26T00:00").replace("2027-06-30", "+999999999-12-30"),
        GOOD_US);
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(3, lines.size(), out());
    List<String> bad = Csv.split(lines.get(1));
    assertEquals(List.of("2", "ERROR"), bad.subList(0, 2), lines.get(1));
    assertFalse(bad.get(8).isEmpty(), lines.get(1));
    assertTrue(lines.get(2).startsWith("3,VISA_FREE,"), lines.get(2));
  }

  @Test
  void duplicateColumnsAreRefusedNamingEachOnceWithItsPositions(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",to,purpose,to,,", GOOD_US + ",JP,WORK,JP,,");
    Path result = dir.resolve("results.csv");
    assertEquals(65, run("--csv", in.toString(), "--out", result.toString()));
    String e = err();
    assertTrue(e.contains("trips.csv:1: duplicate columns "), e);
    assertTrue(e.contains("to (columns 9, 14 and 16)"), e);
    assertTrue(e.contains("purpose (columns 10 and 15)"), e);
    assertEquals(1, occurrences(e, "purpose"), e);
    assertEquals(1, occurrences(e, "to ("), e);
    assertFalse(e.contains("(columns 17"), "blank trailing header cells are not duplicates: " + e);
    assertEquals(List.of("trips.csv"), names(dir), "no output, no temporary file");
  }

  @Test
  void everyMissingColumnIsNamed(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER.replace(",purpose", "").replace("expiry,", ""), "");
    assertEquals(65, run("--csv", in.toString()));
    assertTrue(err().contains("trips.csv:1: missing columns expiry and purpose"), err());
  }

  private static final byte[] MALFORMED = {(byte) 0xC3, (byte) 0x28};

  private static Path writeWithMalformedLine(Path file, int goodRowsBefore) throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < goodRowsBefore; i++) {
      text.append(GOOD_US).append('\n');
    }
    byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = GOOD_US.replace("PVG", "P").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\n" + GOOD_US + "\n").getBytes(StandardCharsets.UTF_8);
    int at = GOOD_US.indexOf("PVG") + 1;
    byte[] all = new byte[head.length + bad.length + MALFORMED.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, at);
    System.arraycopy(MALFORMED, 0, all, head.length + at, MALFORMED.length);
    System.arraycopy(bad, at, all, head.length + at + MALFORMED.length, bad.length - at);
    System.arraycopy(tail, 0, all, head.length + bad.length + MALFORMED.length, tail.length);
    Files.write(file, all);
    return file;
  }

  @Test
  void malformedUtf8Exits65NamingTheFileAndLineAndLeavesTheOutputAsItWas(@TempDir Path dir) throws Exception {
    Path in = writeWithMalformedLine(dir.resolve("trips.csv"), 1);
    Path result = dir.resolve("results.csv");
    Files.writeString(result, "an earlier run's results\n", StandardCharsets.UTF_8);
    byte[] earlier = Files.readAllBytes(result);
    assertEquals(65, run("--csv", in.toString(), "--out", result.toString()));
    String e = err();
    assertTrue(e.contains("trips.csv:3: not UTF-8"), e);
    assertTrue(e.contains("0xC3"), e);
    assertTrue(e.contains("byte " + (GOOD_US.indexOf("PVG") + 2)), "the byte's place in the line: " + e);
    assertArrayEquals(earlier, Files.readAllBytes(result), "line 2 was evaluated, but the output is untouched");
    assertEquals(List.of("results.csv", "trips.csv"), names(dir), "no temporary file is left");
  }

  @Test
  void malformedUtf8FarIntoTheFileNamesItsOwnLine(@TempDir Path dir) throws Exception {
    // A Reader decodes ahead in blocks of thousands of characters: the line must still be exact.
    Path in = writeWithMalformedLine(dir.resolve("big.csv"), 300);
    assertEquals(65, run("--csv", in.toString(), "--out", dir.resolve("results.csv").toString()));
    assertTrue(err().contains("big.csv:302: not UTF-8"), err());
    assertFalse(Files.exists(dir.resolve("results.csv")));
  }

  @Test
  void malformedUtf8InTheHeaderNamesLineOne(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("trips.csv");
    Files.write(in, new byte[] {'n', 'a', (byte) 0xC3, (byte) 0x28, '\n'});
    assertEquals(65, run("--csv", in.toString()));
    assertTrue(err().contains("trips.csv:1: not UTF-8"), err());
  }

  @Test
  void outNamingTheInputIsRefusedAndTheInputKeptByteIdentical(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("t.csv"), HEADER, GOOD_US, GOOD_IN);
    byte[] before = Files.readAllBytes(in);
    assertEquals(64, run("--csv", in.toString(), "--out", in.toString()));
    assertTrue(err().contains("is the input file"), err());
    assertArrayEquals(before, Files.readAllBytes(in));
    err.reset();
    assertEquals(64, run("--csv", in.toString(), "--out", dir.resolve(".").resolve("t.csv").toString()));
    assertTrue(err().contains("is the input file"), err());
    assertArrayEquals(before, Files.readAllBytes(in));
    assertEquals(List.of("t.csv"), names(dir));
    assertEquals("", out());
  }

  @Test
  void outNamingALinkToTheInputIsRefused(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("t.csv"), HEADER, GOOD_US);
    byte[] before = Files.readAllBytes(in);
    Path symlink = Files.createSymbolicLink(dir.resolve("link.csv"), in);
    Path hardLink = Files.createLink(dir.resolve("hard.csv"), in);
    for (Path out : List.of(symlink, hardLink)) {
      err.reset();
      assertEquals(64, run("--csv", in.toString(), "--out", out.toString()), out.toString());
      assertTrue(err().contains("is the input file"), err());
      assertArrayEquals(before, Files.readAllBytes(in));
    }
    // And the other way round: reading through the link, writing to the file itself.
    err.reset();
    assertEquals(64, run("--csv", symlink.toString(), "--out", in.toString()));
    assertArrayEquals(before, Files.readAllBytes(in));
    assertTrue(Files.isSymbolicLink(symlink));
    assertEquals(List.of("hard.csv", "link.csv", "t.csv"), names(dir));
  }

  @Test
  void outNamingALinkToAnotherFileReplacesThatFileAndKeepsTheLink(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER, GOOD_US);
    Path real = Files.writeString(dir.resolve("real-results.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("results.csv"), real);
    assertEquals(0, run("--csv", in.toString(), "--out", link.toString()), err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("line,verdict,"), Files.readString(real));
  }

  @Test
  void anOutputThatCannotBeCreatedExits74AndLeavesNothing(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER, GOOD_US);
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "keep me\n");
    assertEquals(74, run("--csv", in.toString(), "--out", notADirectory.resolve("results.csv").toString()));
    assertTrue(err().contains("plain-file"), err());
    assertEquals("keep me\n", Files.readString(notADirectory));
    assertEquals(List.of("plain-file", "trips.csv"), names(dir));
    err.reset();
    Files.createDirectory(dir.resolve("results"));
    assertEquals(74, run("--csv", in.toString(), "--out", dir.resolve("results").toString()));
    assertTrue(err().contains("is a directory"), err());
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheTargetAsItWasAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("results.csv"), "earlier\n");
    java.io.IOException failure = assertThrows(java.io.IOException.class,
        () -> OutputFiles.writeAtomically(target, w -> {
          w.write("line,verdict\r\n".repeat(10_000)); // beyond the writer's buffer: on disk already
          throw new java.io.IOException("disk full");
        }));
    assertEquals("disk full", failure.getMessage());
    assertEquals("earlier\n", Files.readString(target));
    assertEquals(List.of("results.csv"), names(dir));

    OutputFiles.writeAtomically(target, w -> w.write("complete\n"));
    assertEquals("complete\n", Files.readString(target));
    assertEquals(List.of("results.csv"), names(dir));
  }

  @Test
  void aMissingCsvFileExits74NamingIt(@TempDir Path dir) {
    assertEquals(74, run("--csv", dir.resolve("none.csv").toString()));
    assertTrue(err().contains("none.csv: no such file"), err());
    assertEquals(74, run("--csv", dir.resolve("none.csv").toString(), "--out", dir.resolve("r.csv").toString()));
    assertFalse(Files.exists(dir.resolve("r.csv")), "no output for a missing input");
  }

  @Test
  void utf8LinesEndAtLfCrLfAndCr() throws Exception {
    byte[] text = "a\r\nb\rc\n\n\u00e9\u4e2d\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
    try (Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(text), "x")) {
      List<String> read = new ArrayList<>();
      for (String line = lines.next(); line != null; line = lines.next()) {
        read.add(lines.lineNumber() + ":" + line);
      }
      assertEquals(List.of("1:a", "2:b", "3:c", "4:", "5:\u00e9\u4e2d\uD83D\uDE00"), read);
    }
  }

  // ------------------------------------------------------------------ batch work

  private int runWithInput(String input, String... args) {
    return TransitCheck.run(args, new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void aCsvOnStandardInputGoesToStandardOutput(@TempDir Path dir) throws Exception {
    Path file = write(dir.resolve("trips.csv"), HEADER, GOOD_US, GOOD_IN, GOOD_TRANSIT);
    assertEquals(0, run("--csv", file.toString()), err());
    String fromFile = out();
    out.reset();
    assertEquals(0, runWithInput(lines(HEADER, GOOD_US, GOOD_IN, GOOD_TRANSIT), "--csv", "-"), err());
    assertEquals(fromFile, out(), "stdin gives what the file gives");
    out.reset();
    assertEquals(0, runWithInput(lines(HEADER, GOOD_US, GOOD_IN, GOOD_TRANSIT), "--csv", "-", "--out", "-"), err());
    assertEquals(fromFile, out(), "--out - is the standard output");
    out.reset();
    assertEquals(0, run("--csv", file.toString(), "--out", "-"), err());
    assertEquals(fromFile, out());
    assertEquals(4, fromFile.lines().count(), fromFile);
  }

  @Test
  void aCsvOnStandardInputCanBeWrittenToAFile(@TempDir Path dir) throws Exception {
    Path result = dir.resolve("results.csv");
    assertEquals(0, runWithInput(lines(HEADER, GOOD_US), "--csv", "-", "--out", result.toString()), err());
    assertEquals("", out());
    List<String> written = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals(List.of(CsvBatch.RESULT_HEADER, "2,VISA_FREE,TRANSIT_240H,2025-12-12T00:00+08:00,,,,,"), written);
    assertEquals(List.of("results.csv"), names(dir), "no temporary file is left");
  }

  @Test
  void problemsOnStandardInputNameItStdin(@TempDir Path dir) throws Exception {
    assertEquals(4, runWithInput(lines(HEADER, GOOD_US, GOOD_US.replace("TOURISM", "SIGHTSEEING")), "--csv", "-"));
    assertTrue(err().contains("transit-check: stdin:3: column purpose: "), err());
    assertTrue(err().contains("stdin: 1 of 2 rows could not be evaluated"), err());
    err.reset();
    assertEquals(65, runWithInput(HEADER.replace(",purpose", "") + "\n", "--csv", "-"));
    assertTrue(err().contains("stdin:1: missing column purpose"), err());
    err.reset();
    Path result = Files.writeString(dir.resolve("results.csv"), "earlier\n");
    assertEquals(65, runWithInput("", "--csv", "-", "--out", result.toString()));
    assertTrue(err().contains("stdin:1: empty file"), err());
    assertEquals("earlier\n", Files.readString(result), "a failed run leaves the output as it was");
  }

  @Test
  void anIdColumnIsCopiedAsTheFirstColumnOfEveryRow(@TempDir Path dir) throws Exception {
    // The id anywhere in the header; a comma in it is quoted again on the way out.
    String header = HEADER.replace("purpose,", "purpose,id,");
    Path in = write(dir.resolve("trips.csv"), header,
        GOOD_US.replace("TOURISM,", "TOURISM,A-1,"),
        GOOD_IN.replace("WORK,", "WORK,\"B,2\","),
        GOOD_US.replace("TOURISM,", "SIGHTSEEING,C-3,"),
        "US,,2027-06-30,PVG",
        GOOD_TRANSIT.replace("TRANSIT,", "TRANSIT,,"));
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(6, lines.size(), out());
    assertEquals("id," + CsvBatch.RESULT_HEADER, lines.get(0));
    assertEquals("A-1,2,VISA_FREE,TRANSIT_240H,2025-12-12T00:00+08:00,,,,,", lines.get(1));
    assertTrue(lines.get(2).startsWith("\"B,2\",3,VISA_REQUIRED,"), lines.get(2));
    List<String> bad = Csv.split(lines.get(3));
    assertEquals(List.of("C-3", "4", "ERROR"), bad.subList(0, 3), "a bad value keeps the row's id");
    assertEquals("purpose", bad.get(8), lines.get(3));
    assertEquals(List.of("", "5", "ERROR"), Csv.split(lines.get(4)).subList(0, 3),
        "a row with the wrong number of cells has no id that can be trusted");
    assertTrue(lines.get(5).startsWith(",6,VISA_FREE,DIRECT_TRANSIT_24H,"), "an empty id stays empty: " + lines.get(5));
  }

  @Test
  void jsonWritesOneObjectPerRowWithTheSameFields(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",id", GOOD_US + ",A-1", GOOD_IN + ",B-2",
        GOOD_US.replace("TOURISM", "SIGHTSEEING") + ",C-3");
    assertEquals(4, run("--csv", in.toString(), "--json"), err());
    List<String> lines = out().lines().collect(Collectors.toList());
    assertEquals(3, lines.size(), "no header line: " + out());
    assertEquals("{\"id\":\"A-1\",\"line\":2,\"verdict\":\"VISA_FREE\",\"regime\":\"TRANSIT_240H\","
        + "\"exit_deadline\":\"2025-12-12T00:00+08:00\",\"failing_codes\":[],\"unknown_codes\":[],"
        + "\"suggested_visa\":null,\"error_column\":null,\"error_reason\":null}", lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"id\":\"B-2\",\"line\":3,\"verdict\":\"VISA_REQUIRED\",\"regime\":null,"
        + "\"exit_deadline\":null,\"failing_codes\":[\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY\""), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"suggested_visa\":\"Z\",\"error_column\":null,\"error_reason\":null}"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"id\":\"C-3\",\"line\":4,\"verdict\":\"ERROR\",\"regime\":null,"
        + "\"exit_deadline\":null,\"failing_codes\":[],\"unknown_codes\":[],\"suggested_visa\":null,"
        + "\"error_column\":\"purpose\",\"error_reason\":\"\\\"SIGHTSEEING\\\" is not a purpose"), lines.get(2));
    // The same rows as CSV: every field in the same order.
    out.reset();
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> csv = out().lines().collect(Collectors.toList());
    assertTrue(csv.get(2).startsWith("B-2,3,VISA_REQUIRED,,,"), csv.get(2));
    String failing = Csv.split(csv.get(2)).get(5);
    assertTrue(lines.get(1).contains("\"failing_codes\":[\"" + failing.replace(" ", "\",\"") + "\"]"),
        lines.get(1) + " against " + failing);
  }

  @Test
  void jsonEscapesEveryCharacterAStringNeeds() {
    StringBuilder b = new StringBuilder();
    Json.appendString(b, "a\"b\\c\td\u0001e\u2028中\uD83D\uDE00/");
    assertEquals("\"a\\\"b\\\\c\\td\\u0001e\\u2028中\uD83D\uDE00/\"", b.toString());
    b.setLength(0);
    Json.appendString(b, "\r\n\u001f");
    assertEquals("\"\\r\\n\\u001f\"", b.toString());
  }

  @Test
  void anIdWithQuotesAndBackslashesIsValidJson() {
    String header = HEADER + ",id";
    assertEquals(0, runWithInput(lines(header, GOOD_US + ",\"say \"\"hi\"\" \\ 中\""), "--csv", "-", "--json"), err());
    assertTrue(out().startsWith("{\"id\":\"say \\\"hi\\\" \\\\ 中\",\"line\":2,"), out());
    assertTrue(out().endsWith("}\n"), out());
  }

  @Test
  void jsonForOneTrip() {
    assertEquals(0, run(with(ELIGIBLE, "--json")), err());
    assertEquals("{\"verdict\":\"VISA_FREE\",\"regime\":\"TRANSIT_240H\",\"exit_deadline\":\"2025-12-12T00:00+08:00\","
        + "\"failing_codes\":[],\"unknown_codes\":[],\"suggested_visa\":null,\"error_column\":null,"
        + "\"error_reason\":null}\n", out());
    out.reset();
    assertEquals(1, run(with(replacing("--nationality", "IN"), "--json")), err());
    assertTrue(out().startsWith("{\"verdict\":\"VISA_REQUIRED\",\"regime\":null,"), out());
  }

  @Test
  void versionPrintsTheLibraryAndDataVersionsAndExitsZero() throws Exception {
    assertEquals(0, run("--version"), err());
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    int parent = pom.indexOf("<parent>");
    String version = pom.substring(pom.indexOf("<version>", parent) + "<version>".length(),
        pom.indexOf("</version>", parent));
    io.github.transitpolicy.data.Catalogue catalogue = io.github.transitpolicy.data.Catalogue.bundled();
    assertEquals("transit-check " + version + "\ndata version " + catalogue.dataVersion() + " (as of "
        + catalogue.asOf() + ")\n", out());
    assertEquals("", err());
    assertTrue(out().contains("data version 2026-08-20 (as of 2026-12-01)"), out());
  }

  @Test
  void theDeclarationsAreOptionalColumnsAndAnswerAsTheFlagsDo(@TempDir Path dir) throws Exception {
    Path in = write(dir.resolve("trips.csv"), HEADER + ",visa_refusal,immigration_violation",
        GOOD_US + ",,", GOOD_US + ",true,", GOOD_US + ",,yes", GOOD_US + ",false,no", GOOD_US + ",maybe,",
        GOOD_US + ",,1");
    assertEquals(4, run("--csv", in.toString()), err());
    List<String> csv = out().lines().collect(Collectors.toList());
    assertEquals(7, csv.size(), out());
    assertTrue(csv.get(1).startsWith("2,VISA_FREE,"), csv.get(1));
    assertTrue(csv.get(4).startsWith("5,VISA_FREE,"), csv.get(4));
    for (String[] declared : List.of(new String[] {"--visa-refusal"}, new String[] {"--immigration-violation"})) {
      out.reset();
      int code = run(with(ELIGIBLE, declared[0], "--json"));
      assertTrue(code != 0, "a declaration changes this trip's verdict: " + out());
      String verdict = out().substring(out().indexOf(":\"") + 2, out().indexOf("\","));
      List<String> row = Csv.split(csv.get(declared[0].equals("--visa-refusal") ? 2 : 3));
      assertEquals(verdict, row.get(1), declared[0] + " as a column: " + row);
      assertTrue(row.get(4).contains("NO_ADVERSE_RECORD") || row.get(5).contains("NO_ADVERSE_RECORD"),
          "the reason names the declaration's rule: " + row);
    }
    assertErrorRow(csv.get(5), "6", "visa_refusal", "\"maybe\" is not true or false");
    assertErrorRow(csv.get(6), "7", "immigration_violation", "\"1\" is not true or false");
  }

  @Test
  void notApplicableRowsListNoCodes(@TempDir Path dir) throws Exception {
    String chinese = GOOD_US.replaceFirst("^US,", "CN,");
    String hongKong = GOOD_US.replaceFirst("^US,,", "GB,HK_MACAO_RESIDENT_PERMIT,");
    String taiwan = GOOD_US.replaceFirst("^US,,", "CN,TAIWAN_RESIDENT_PERMIT,");
    Path in = write(dir.resolve("trips.csv"), HEADER, chinese, hongKong, taiwan);
    assertEquals(0, run("--csv", in.toString()), err());
    List<String> csv = out().lines().collect(Collectors.toList());
    assertEquals(List.of("2,NOT_APPLICABLE,,,,,,,", "3,NOT_APPLICABLE,,,,,,,", "4,NOT_APPLICABLE,,,,,,,"),
        csv.subList(1, 4));
    // The evaluation itself still holds the regimes' failures: the CSV leaves them out on purpose.
    out.reset();
    assertEquals(3, run(replacing("--nationality", "CN")));
    assertTrue(out().contains(" FAIL"), "the full evaluation still shows them: " + out());
  }

  @Test
  void aLargeFileIsEvaluatedInParallelAndWrittenInOrder(@TempDir Path dir) throws Exception {
    // Several chunks for the workers, a bad row now and then, and blank lines: the output must be row
    // for row what the rows give one by one, in the input's order, with the first ten errors in order.
    List<String> rows = new ArrayList<>();
    rows.add(HEADER + ",id");
    String[] kinds = {GOOD_US, GOOD_IN, GOOD_TRANSIT, GOOD_US.replace("TOURISM", "SIGHTSEEING"), ""};
    int n = CsvBatch.CHUNK_ROWS * 3 + 17;
    for (int i = 0; i < n; i++) {
      String kind = kinds[(i * 7 + i / 5) % kinds.length];
      rows.add(kind.isEmpty() ? "" : kind + ",R" + i);
    }
    List<String> single = new ArrayList<>();
    for (String kind : kinds) {
      if (kind.isEmpty()) {
        continue;
      }
      out.reset();
      err.reset();
      runWithInput(lines(HEADER + ",id", kind + ",X"), "--csv", "-");
      single.add(out().lines().skip(1).findFirst().orElseThrow().replaceFirst("^X,2,", ""));
    }
    out.reset();
    err.reset();
    Path in = write(dir.resolve("big.csv"), rows.toArray(new String[0]));
    Path result = dir.resolve("results.csv");
    assertEquals(4, run("--csv", in.toString(), "--out", result.toString()), err());
    List<String> written = Files.readAllLines(result, StandardCharsets.UTF_8);

    int expectedRows = 0;
    int at = 1;
    List<String> expectedErrors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = (i * 7 + i / 5) % kinds.length;
      if (kinds[k].isEmpty()) {
        continue;
      }
      expectedRows++;
      String expected = "R" + i + "," + (i + 2) + "," + single.get(k);
      assertEquals(expected, written.get(at++), "row " + i);
      if (k == 3 && expectedErrors.size() < 10) {
        expectedErrors.add("transit-check: " + in + ":" + (i + 2) + ": column purpose: ");
      }
    }
    assertEquals(expectedRows + 1, written.size());
    List<String> printed = err().lines().filter(l -> l.contains("column purpose")).collect(Collectors.toList());
    assertEquals(10, printed.size(), err());
    for (int i = 0; i < 10; i++) {
      assertTrue(printed.get(i).startsWith(expectedErrors.get(i)), printed.get(i) + " vs " + expectedErrors.get(i));
    }
  }

  @Test
  void datesAreReadAsTheJdkReadsThem() {
    // The digit-by-digit path must accept, refuse and read exactly what LocalDate(Time).parse does.
    org.quicktheories.core.Gen<String> dates = org.quicktheories.generators.SourceDSL.integers().between(0, 10_000)
        .zip(org.quicktheories.generators.SourceDSL.integers().between(0, 13),
            org.quicktheories.generators.SourceDSL.integers().between(0, 32),
            (y, m, d) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    org.quicktheories.core.Gen<String> times = dates.zip(
        org.quicktheories.generators.SourceDSL.integers().between(0, 25),
        org.quicktheories.generators.SourceDSL.integers().between(0, 61),
        (date, h, min) -> String.format(java.util.Locale.ROOT, "%sT%02d:%02d", date, h, min));
    org.quicktheories.core.Gen<String> noise = org.quicktheories.generators.SourceDSL.strings()
        .betweenCodePoints('+', ':').ofLengthBetween(8, 18);
    org.quicktheories.QuickTheory.qt().withExamples(20_000).forAll(dates.mix(noise, 20)).checkAssert(t ->
        assertEquals(outcome(() -> java.time.LocalDate.parse(t.strip())), outcome(() -> Dates.date(t)), t));
    org.quicktheories.QuickTheory.qt().withExamples(20_000).forAll(times.mix(noise, 20)).checkAssert(t ->
        assertEquals(outcome(() -> java.time.LocalDateTime.parse(t.strip())), outcome(() -> Dates.dateTime(t)),
            t));
    assertEquals(java.time.LocalDate.of(2024, 2, 29), Dates.date(" 2024-02-29 "));
    assertEquals(java.time.LocalDateTime.of(2025, 12, 1, 10, 0, 30), Dates.dateTime("2025-12-01T10:00:30"));
    assertThrows(java.time.format.DateTimeParseException.class, () -> Dates.date("2023-02-29"));
    assertThrows(java.time.format.DateTimeParseException.class, () -> Dates.dateTime("2025-12-01T24:00"));
  }

  @Test
  void cellsWrittenAreTheCellsRead() {
    // Unquoted lines take the short path, quoted ones the long one: both must give back what was written.
    org.quicktheories.core.Gen<String> cell = org.quicktheories.generators.SourceDSL.strings()
        .betweenCodePoints(' ', '~').ofLengthBetween(0, 6).mix(
            org.quicktheories.generators.SourceDSL.arbitrary().pick("", ",", "\"", "a,b", "\"\"", "中,\"x\""), 30);
    org.quicktheories.QuickTheory.qt().withExamples(20_000)
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(cell).ofSizeBetween(1, 8)).checkAssert(cells -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < cells.size(); i++) {
            b.append(i == 0 ? "" : ",");
            Csv.appendCell(b, cells.get(i));
          }
          assertEquals(cells, Csv.split(b.toString()), b.toString());
          String line = String.join(",", cells);
          if (line.indexOf('"') < 0) {
            assertEquals(Arrays.asList(line.split(",", -1)), Csv.split(line), line);
          }
        });
  }

  /** What parsing gives: the value, or the kind of exception and its message. */
  private static String outcome(java.util.function.Supplier<Object> parse) {
    try {
      return "value " + parse.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  // ------------------------------------------------------------------ diff

  private static final Path TABLES = Path.of("../policy-data/src/main/tables");

  /** A copy of the project's tables, without what the 2026-08-20 KG/VN change added to them. */
  private static Path tablesBeforeKgVn(Path tmp) throws java.io.IOException {
    Path dir = copyTables(tmp.resolve("before"));
    dropLines(dir.resolve("transit_240h_countries.tsv"), "KG\t", "VN\t");
    dropLines(dir.resolve("regime_countries.tsv"), "HAINAN_30D\tKG\t", "HAINAN_30D\tVN\t");
    dropGroupKgVn(dir);
    dropLines(dir.resolve("countries.tsv"), "KG\t", "VN\t");
    dropLines(dir.resolve("policy_versions.tsv"), "2026-08-20\t");
    dropLines(dir.resolve("sources.tsv"), "GOV-2026-08-20\t", "XINHUA-2026-08-20\t");
    return dir;
  }

  /**
   * The group regimes list KG and VN too, from dates of their own: left out of both sides of the diff, so
   * that it shows the 2026-08-20 change alone.
   */
  private static void dropGroupKgVn(Path dir) throws java.io.IOException {
    dropLines(dir.resolve("regime_countries.tsv"), "ASEAN_GROUP_XISHUANGBANNA\tVN\t", "ASEAN_GROUP_GUILIN\tVN\t",
        "HK_MACAO_GROUP_GUANGDONG\tKG\t", "HK_MACAO_GROUP_GUANGDONG\tVN\t", "HK_MACAO_GROUP_HAINAN\tKG\t",
        "HK_MACAO_GROUP_HAINAN\tVN\t");
  }

  /** Today's tables without the group regimes' KG and VN rows. */
  private static Path tablesNowWithoutGroupKgVn(Path tmp) throws java.io.IOException {
    Path dir = copyTables(tmp.resolve("now"));
    dropGroupKgVn(dir);
    return dir;
  }

  private static Path copyTables(Path dir) throws java.io.IOException {
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

  private static void dropLines(Path file, String... prefixes) throws java.io.IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> kept = lines.stream().filter(l -> Arrays.stream(prefixes).noneMatch(l::startsWith))
        .collect(Collectors.toList());
    assertEquals(lines.size() - prefixes.length, kept.size(), file.toString());
    Files.write(file, kept, StandardCharsets.UTF_8);
  }

  @Test
  void diffShowsTheKgVnAdditionAndExitsOne(@TempDir Path tmp) throws java.io.IOException {
    Path before = tablesBeforeKgVn(tmp);
    assertEquals(1, run("diff", before.toString(), tablesNowWithoutGroupKgVn(tmp).toString()), err());
    assertEquals("", err());
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
        "regime_countries: 2 added, 0 removed, 0 changed",
        "  + regime=HAINAN_30D iso2=KG from=2026-08-20 until= source=GOV-2026-08-20",
        "  + regime=HAINAN_30D iso2=VN from=2026-08-20 until= source=GOV-2026-08-20",
        "policy_versions: 1 added, 0 removed, 0 changed",
        "  + effective=2026-08-20 source=GOV-2026-08-20 ; XINHUA-2026-08-20",
        ""), out());
  }

  @Test
  void diffAsJson(@TempDir Path tmp) throws java.io.IOException {
    Path before = tablesBeforeKgVn(tmp);
    assertEquals(1, run("diff", "--json", before.toString(), tablesNowWithoutGroupKgVn(tmp).toString()), err());
    String json = out();
    assertTrue(json.startsWith("{\n  \"older\": {\"data_version\": \"2025-11-05\", \"as_of\": \"2026-12-01\"},\n"), json);
    assertTrue(json.contains("{\"iso2\": \"VN\", \"from\": \"2026-08-20\", \"until\": null, \"annex1_row\": null,"
        + " \"source\": \"GOV-2026-08-20\", \"confidence\": \"M\"}"), json);
    assertTrue(json.contains("{\"table\": \"policy_versions\", \"key\": [\"effective\"],"), json);
    assertTrue(json.endsWith("\n  ]\n}\n"), json);
  }

  @Test
  void diffOfTheSameTablesExitsZero() {
    assertEquals(0, run("diff", TABLES.toString(), TABLES.toString()), err());
    assertTrue(out().endsWith("\nno differences\n"), out());
  }

  @Test
  void diffRefusesABadTableWithFileAndLine(@TempDir Path tmp) throws java.io.IOException {
    Path bad = copyTables(tmp.resolve("bad"));
    Path versions = bad.resolve("policy_versions.tsv");
    Files.writeString(versions, Files.readString(versions, StandardCharsets.UTF_8).replace("\t57\t65\t24\t", "\t58\t65\t24\t"),
        StandardCharsets.UTF_8);
    assertEquals(65, run("diff", TABLES.toString(), bad.toString()));
    assertEquals("", out());
    assertTrue(err().contains("policy_versions.tsv:6: countries: the version says 58 countries on 2026-08-20,"
        + " transit_240h_countries.tsv has 57"), err());
  }

  @Test
  void diffUsageErrors(@TempDir Path tmp) {
    assertEquals(64, run("diff", TABLES.toString()));
    assertTrue(err().contains("diff needs two table directories"), err());
    assertEquals(64, run("diff", TABLES.toString(), TABLES.toString(), "--csv"));
    assertEquals(74, run("diff", TABLES.toString(), tmp.resolve("missing").toString()));
    assertTrue(err().contains("not a directory"), err());
  }
}
