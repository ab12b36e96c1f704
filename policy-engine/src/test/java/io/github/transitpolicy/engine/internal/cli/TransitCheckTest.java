package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void usageErrorsExit64() {
    assertEquals(64, run("--bogus"));
    assertTrue(err().contains("unknown option --bogus"), err());
    assertEquals(64, run());
    assertEquals(64, run(with(ELIGIBLE, "--lang", "fr")));
  }

  @Test
  void aMissingRequiredFlagExits65AndNamesIt() {
    String[] args = java.util.Arrays.copyOf(ELIGIBLE, ELIGIBLE.length - 2);
    assertEquals(0, run(args));
    String[] noPurpose = {"--nationality", "US", "--expiry", "2027-06-30", "--arrive", "PVG",
        "--arrive-at", "2025-12-01T10:00", "--from", "KR", "--depart", "PEK", "--depart-at", "2025-12-11T23:30",
        "--to", "JP"};
    assertEquals(65, run(noPurpose));
    assertTrue(err().contains("--purpose is required"), err());
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("Exit codes"), out());
  }

  @Test
  void aCsvOfTripsGivesOneResultRowPerTrip(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("trips.csv");
    Path result = dir.resolve("results.csv");
    Files.writeString(in, String.join("\n",
        "nationality,document,expiry,arrive,arrive_at,from,depart,depart_at,to,purpose,visits,stays_in_port,onward_ticket",
        "US,,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,JP,TOURISM,320500;110105,,",
        "IN,ORDINARY_PASSPORT,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,KR,WORK,,false,true",
        "IN,,2027-06-30,PVG,2025-12-01T10:00,KR,PVG,2025-12-01T15:00,US,TRANSIT,,true,true",
        ""), StandardCharsets.UTF_8);
    assertEquals(0, run("--csv", in.toString(), "--out", result.toString()), err());
    List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals(4, lines.size(), lines.toString());
    assertEquals("line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa", lines.get(0));
    assertEquals("2,VISA_FREE,TRANSIT_240H,2025-12-12T00:00+08:00,,,", lines.get(1));
    assertTrue(lines.get(2).startsWith("3,VISA_REQUIRED,,,"), lines.get(2));
    assertTrue(lines.get(2).contains("TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY"), lines.get(2));
    assertTrue(lines.get(2).endsWith(",Z"), lines.get(2));
    assertTrue(lines.get(3).startsWith("4,VISA_FREE,DIRECT_TRANSIT_24H,2025-12-02T10:00+08:00,"), lines.get(3));
  }

  @Test
  void aBadCsvRowNamesTheLineAndColumn(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("trips.csv");
    Files.writeString(in, String.join("\n",
        "nationality,document,expiry,arrive,arrive_at,from,depart,depart_at,to,purpose,visits,stays_in_port,onward_ticket",
        "US,,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,JP,TOURISM,,,",
        "US,,2027-06-30,PVG,2025-12-01T10:00,KR,PEK,2025-12-11T23:30,JP,SIGHTSEEING,,,"), StandardCharsets.UTF_8);
    assertEquals(65, run("--csv", in.toString()));
    assertTrue(err().contains("trips.csv:3: column purpose"), err());
  }

  @Test
  void aMissingCsvFileExits74(@TempDir Path dir) {
    assertEquals(74, run("--csv", dir.resolve("none.csv").toString()));
  }
}
