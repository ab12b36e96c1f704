package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code transit-check --csv} writes its results: rows encoded to UTF-8 by the workers into chunk
 * buffers that are used again, codes copied from pre-encoded labels. What is checked is the bytes.
 */
class BatchOutputTest {

  private static final String HEADER = "id," + CsvTrips.HEADER;
  /** Needs a visa: lists dozens of codes (a long row). */
  private static final String REFUSED = CsvTrips.VISA_REQUIRED;
  private static final String VISA_FREE = CsvTrips.VISA_FREE;
  private static final String BAD_PURPOSE = VISA_FREE.replace("TOURISM", "SIGHTSEEING");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(byte[] input, String... args) {
    return TransitCheck.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The result row of one trip, evaluated alone, without its id and line columns. */
  private String alone(String trip) {
    out.reset();
    run((HEADER + "\nX," + trip + "\n").getBytes(StandardCharsets.UTF_8), "--csv", "-");
    String row = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    out.reset();
    err.reset();
    return row.substring("X,2,".length());
  }

  @Test
  void chunksUsedAgainCarryNoRowsOrCountsOfTheirLastUse(@TempDir Path dir) throws Exception {
    // More chunks than the writer keeps waiting (2 per core + 2), so that chunks are emptied and refilled;
    // a bad row every 7th: the count of failed rows printed is theirs alone.
    String[] trips = {REFUSED, VISA_FREE, REFUSED, BAD_PURPOSE, REFUSED, VISA_FREE, REFUSED};
    final int badAt = 3;
    String[] expected = new String[trips.length];
    for (int k = 0; k < trips.length; k++) {
      expected[k] = alone(trips[k]);
    }
    int n = CsvBatch.CHUNK_ROWS * (2 * Runtime.getRuntime().availableProcessors() + 5) + 11;
    StringBuilder input = new StringBuilder(HEADER).append('\n');
    int bad = 0;
    for (int i = 0; i < n; i++) {
      input.append('R').append(i).append(',').append(trips[i % trips.length]).append('\n');
      bad += i % trips.length == badAt ? 1 : 0;
    }
    Path in = dir.resolve("trips.csv");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    Path result = dir.resolve("results.csv");

    assertEquals(4, run(new byte[0], "--csv", in.toString(), "--out", result.toString()), err.toString());

    List<String> written = Files.readAllLines(result, StandardCharsets.UTF_8);
    assertEquals(n + 1, written.size());
    assertEquals("id,line,", written.get(0).substring(0, "id,line,".length()));
    for (int i = 0; i < n; i++) {
      String row = written.get(i + 1);
      String prefix = "R" + i + "," + (i + 2) + ",";
      assertTrue(row.startsWith(prefix), "row " + i + ": " + row);
      if (i % trips.length != badAt) {
        assertEquals(expected[i % trips.length], row.substring(prefix.length()), "row " + i);
      } else {
        assertTrue(row.startsWith(prefix + "ERROR,"), row);
      }
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + " of " + n + " rows could not be evaluated"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void idsOutsideAsciiAreWrittenAsUtf8() {
    // Non-ASCII at the start, in the middle, a character outside the BMP (a surrogate pair), and a
    // quoted id whose quotes are doubled: each written exactly as UTF-8 CSV.
    String[] ids = {"Ö-1", "Zoë", "北京-2", "trip-\uD83D\uDE00-3", "\"日本\",4"};
    StringBuilder input = new StringBuilder(HEADER).append('\n');
    for (String id : ids) {
      String cell = id.contains(",") || id.contains("\"") ? '"' + id.replace("\"", "\"\"") + '"' : id;
      input.append(cell).append(',').append(REFUSED).append('\n');
    }
    String refused = alone(REFUSED);

    assertEquals(0, run(input.toString().getBytes(StandardCharsets.UTF_8), "--csv", "-"), err.toString());

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < ids.length; i++) {
      String cell = ids[i].contains(",") || ids[i].contains("\"") ? '"' + ids[i].replace("\"", "\"\"") + '"' : ids[i];
      expected.append(cell).append(',').append(i + 2).append(',').append(refused).append("\r\n");
    }
    byte[] all = out.toByteArray();
    String text = new String(all, StandardCharsets.UTF_8);
    int body = text.indexOf("\r\n") + 2;
    assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8),
        text.substring(body).getBytes(StandardCharsets.UTF_8));
    // The bytes themselves, not only their decoding: the first id's Ö is C3 96.
    byte[] firstId = "Ö-1".getBytes(StandardCharsets.UTF_8);
    int at = new String(all, StandardCharsets.ISO_8859_1).indexOf("\r\n") + 2;
    for (int i = 0; i < firstId.length; i++) {
      assertEquals(firstId[i], all[at + i], "byte " + i);
    }
  }

  @Test
  void codesAreThoseOfTheStatusesAndNeverQuoted() {
    // A refused trip lists many codes, space-separated REGIME:CODE labels, in one unquoted cell each.
    String row = alone(REFUSED);
    String[] cells = row.split(",", -1);
    assertEquals(8, cells.length, row);
    assertEquals("VISA_REQUIRED", cells[0]);
    assertTrue(cells[3].split(" ").length > 10, cells[3]);
    for (String code : (cells[3] + " " + cells[4]).strip().split(" ")) {
      assertTrue(code.matches("[A-Z0-9_]+:[A-Z0-9_]+"), code);
    }
    assertTrue(cells[3].contains("TRANSIT_240H:"), cells[3]);
    // The same codes as the JSON output, which is made from the strings.
    out.reset();
    run((HEADER + "\nX," + REFUSED + "\n").getBytes(StandardCharsets.UTF_8), "--csv", "-", "--json");
    String json = out.toString(StandardCharsets.UTF_8);
    List<String> fromJson = new ArrayList<>();
    for (String part : json.substring(json.indexOf("\"failing_codes\":[") + 17, json.indexOf(']',
        json.indexOf("\"failing_codes\":["))).split(",")) {
      fromJson.add(part.replace("\"", ""));
    }
    assertEquals(List.of(cells[3].split(" ")), fromJson);
  }

  @Test
  void fsyncIsForAResultsFileOnly(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("trips.csv");
    Files.writeString(in, HEADER + "\nA," + VISA_FREE + "\nB," + REFUSED + "\n", StandardCharsets.UTF_8);
    Path forced = dir.resolve("forced.csv");
    Path plain = dir.resolve("plain.csv");
    byte[] none = new byte[0];

    assertEquals(0, run(none, "--csv", in.toString(), "--out", forced.toString(), "--fsync"), err.toString());
    assertEquals(0, run(none, "--csv", in.toString(), "--out", plain.toString()), err.toString());
    assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(forced), "the same results, forced or not");
    assertEquals(3, Files.readAllLines(forced).size());

    err.reset();
    assertEquals(64, run(none, "--csv", in.toString(), "--fsync"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--fsync is for --out FILE"), err.toString());
    err.reset();
    assertEquals(64, run(none, "--csv", in.toString(), "--out", "-", "--fsync"));
    err.reset();
    assertEquals(64, run(none, "--nationality", "US", "--expiry", "2027-06-30", "--arrive", "PVG", "--arrive-at",
        "2025-12-01T10:00", "--from", "KR", "--depart", "PEK", "--depart-at", "2025-12-03T10:00", "--to", "JP",
        "--purpose", "TOURISM", "--fsync"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--fsync is for --csv"), err.toString());

    Path legs = dir.resolve("legs.csv");
    Files.writeString(legs, "itinerary,nationality,expiry,from,depart_at,to,arrive_at\n", StandardCharsets.UTF_8);
    err.reset();
    assertEquals(64, run(none, "legs", legs.toString(), "--fsync"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("legs: --fsync is for --out FILE"), err.toString());
  }
  @Test
  void exitDeadlinesAreWrittenAsTheJdkWritesThem() {
    // Digit by digit for the usual years and whole seconds; anything else through toString: the same
    // text either way, in every zone and offset form (Z, +08:00, the LMT +08:05:43, negative ones).
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261202L);
    java.time.ZoneId[] zones = {java.time.ZoneId.of("Asia/Shanghai"), java.time.ZoneOffset.UTC,
        java.time.ZoneId.of("America/St_Johns"), java.time.ZoneOffset.ofHoursMinutes(-3, -30)};
    Utf8Builder b = new Utf8Builder(8);
    int digitByDigit = 0;
    for (int i = 0; i < 20_000; i++) {
      int year = i % 10 == 0 ? random.nextInt(-20, 20_000) : random.nextInt(1850, 2100);
      java.time.LocalDateTime local = java.time.LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60), random.nextInt(4) == 0 ? random.nextInt(60) : 0,
          random.nextInt(8) == 0 ? random.nextInt(1_000_000_000) : 0);
      java.time.ZonedDateTime moment = local.atZone(zones[random.nextInt(zones.length)]);
      b.clear();
      b.append("x,");
      b.appendIso(moment).append(',');
      String expected = "x," + moment.toOffsetDateTime() + ",";
      assertEquals(expected, b.toString());
      digitByDigit += moment.getNano() == 0 && moment.getYear() >= 1000 && moment.getYear() <= 9999 ? 1 : 0;
    }
    assertTrue(digitByDigit > 15_000, "written digit by digit: " + digitByDigit);
    b.clear();
    assertEquals("2025-12-12T00:00+08:00",
        b.appendIso(java.time.LocalDate.of(2025, 12, 12).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))).toString());
  }
}
