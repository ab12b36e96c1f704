package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code transit-check legs FILE}: itineraries as a CSV of legs, one result row per stay. */
class LegsCheckTest {

  private static final String HEADER = "itinerary,nationality,expiry,purpose,flight,from,departs,to,arrives\n";

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TransitCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path write(Path dir, String text) throws IOException {
    Path f = dir.resolve("legs.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theTwoQandACasesGiveOneRowPerStay(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER
        + "separate,US,2035-01-01,TOURISM,NH859,HND,2026-06-01T09:00,HKG,2026-06-01T13:00\n"
        + "separate,US,2035-01-01,TOURISM,CX368,HKG,2026-06-01T15:00,PVG,2026-06-01T17:00\n"
        + "separate,US,2035-01-01,TOURISM,MU523,PVG,2026-06-08T10:00,NRT,2026-06-08T14:00\n"
        + "through,US,2035-01-01,TOURISM,CX505,HND,2026-06-01T09:00,HKG,2026-06-01T13:00\n"
        + "through,US,2035-01-01,TOURISM,CX505,HKG,2026-06-01T15:00,PVG,2026-06-01T17:00\n"
        + "through,US,2035-01-01,TOURISM,MU523,PVG,2026-06-08T10:00,NRT,2026-06-08T14:00\n");
    Run r = run("legs", f.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(String.join(",", LegsCheck.OUTPUT), lines.get(0));
    assertEquals("separate,1,VISA_FREE,VISA_FREE,TRANSIT_240H,PVG,2026-06-01T17:00,PVG,2026-06-08T10:00,HK,JP,"
        + "2026-06-12T00:00,,", lines.get(1));
    assertTrue(lines.get(2).startsWith("through,1,VISA_REQUIRED,VISA_REQUIRED,,PVG,2026-06-01T17:00,PVG,"
        + "2026-06-08T10:00,JP,JP,,"), lines.get(2));
    assertTrue(lines.get(2).contains("TRANSIT_240H:ROUTE_TO_THIRD_COUNTRY"), lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void aBadItineraryIsAnErrorRowNamingItsLineAndTheOthersGoOn(@TempDir Path dir) throws IOException {
    Path f = write(dir, HEADER
        + "a,US,2035-01-01,TOURISM,KE1,ICN,2026-06-01T09:00,PVG,2026-06-01T10:00\n"
        + "a,US,2035-01-01,TOURISM,CA1,PEK,2026-06-02T09:00,NRT,2026-06-02T13:00\n"
        + "b,FR,2035-01-01,TOURISM,AF1,CDG,2026-06-01T09:00+02:00,PVG,2026-06-02T05:00+08:00\n"
        + "b,FR,2035-01-01,TOURISM,AF2,PVG,2026-06-10T09:00+08:00,CDG,2026-06-10T15:00+02:00\n"
        + "c,US,2035-01-01,HOLIDAY,KE1,ICN,2026-06-01T09:00,PVG,2026-06-01T10:00\n");
    Path out = dir.resolve("out.csv");
    Run r = run("legs", f.toString(), "--out", out.toString());
    assertEquals(4, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("a,,ERROR,,,,,,,,,,,\"" + f + ":3: legs[1]: departs from PEK, but legs[0] arrives at PVG\"",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("b,1,VISA_FREE,VISA_FREE,VISA_EXEMPTION,PVG,2026-06-02T05:00,PVG,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("c,,ERROR,"), lines.get(3));
    assertTrue(lines.get(3).contains(f + ":6: "), lines.get(3));
    assertTrue(r.err().contains("2 itineraries could not be evaluated"), r.err());
  }

  @Test
  void aBadHeaderOrFileStopsTheRunWithItsCode(@TempDir Path dir) throws IOException {
    Run missing = run("legs", write(dir, "itinerary,nationality\n").toString());
    assertEquals(65, missing.code());
    assertTrue(missing.err().contains(":1: missing column expiry"), missing.err());
    Files.write(dir.resolve("bad.csv"), new byte[] {'a', (byte) 0xC3, '\n'});
    Run malformed = run("legs", dir.resolve("bad.csv").toString());
    assertEquals(65, malformed.code());
    assertTrue(malformed.err().contains("bad.csv:1"), malformed.err());
    assertEquals(74, run("legs", dir.resolve("none.csv").toString()).code());
    assertEquals(64, run("legs").code());
    assertEquals(64, run("legs", "x.csv", "--json").code());
    Path f = write(dir, HEADER);
    Run same = run("legs", f.toString(), "--out", f.toString());
    assertEquals(64, same.code());
    assertEquals(HEADER, Files.readString(f, StandardCharsets.UTF_8), "the input is never overwritten");
  }
}
