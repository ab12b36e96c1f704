package io.github.transitpolicy.engine.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transit-check --csv --no-codes}: the rows of the default output without {@code failing_codes}
 * and {@code unknown_codes}, every other field as it was, in CSV and JSON, on the workers' path and on
 * the last chunk's.
 */
class NoCodesTest {

  /** The id last, where the other tests have it first. */
  private static final String HEADER = CsvTrips.HEADER + ",id";
  private static final String VISA_FREE = CsvTrips.VISA_FREE;
  private static final String REFUSED = CsvTrips.VISA_REQUIRED;
  /** An exit port nobody knows: needs a review, so lists unknown codes. */
  private static final String REVIEW = VISA_FREE.replace(",PEK,", ",ZZZ,");
  private static final String CHINESE = VISA_FREE.replaceFirst("^US,", "CN,");
  private static final String BAD_PURPOSE = VISA_FREE.replace("TOURISM", "SIGHTSEEING");
  private static final String[] TRIPS = {VISA_FREE, REFUSED, REVIEW, CHINESE, BAD_PURPOSE, REFUSED};
  /** Where the code columns are in a CSV row with an id: after id, line, verdict, regime, exit_deadline. */
  private static final int FAILING = 5;
  private static final int UNKNOWN = 6;
  private static final Pattern JSON_CODES = Pattern.compile(",\"failing_codes\":\\[[^\\]]*\\],\"unknown_codes\":\\[[^\\]]*\\]");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return TransitCheck.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  /** More rows than a chunk holds, three times over and some: the workers' chunks and the last one. */
  private static Path trips(Path dir) throws Exception {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    int n = 3 * CsvBatch.CHUNK_ROWS + 5;
    for (int i = 0; i < n; i++) {
      // An id with a comma every so often: it is quoted the same way in both outputs.
      b.append(TRIPS[i % TRIPS.length]).append(',').append(i % 100 == 0 ? "\"R," + i + "\"" : "R" + i).append('\n');
    }
    return Files.writeString(dir.resolve("trips.csv"), b, StandardCharsets.UTF_8);
  }

  @Test
  void csvRowsAreTheDefaultRowsWithoutTheCodeColumns(@TempDir Path dir) throws Exception {
    Path in = trips(dir);
    assertEquals(4, run("--csv", in.toString()), err.toString());
    List<String> all = lines();
    assertEquals(4, run("--csv", in.toString(), "--no-codes"), err.toString());
    List<String> none = lines();

    assertEquals("id," + CsvBatch.RESULT_HEADER, all.get(0));
    assertEquals("id,line,verdict,regime,exit_deadline,suggested_visa,error_column,error_reason", none.get(0));
    assertEquals(all.size(), none.size());
    int listed = 0;
    for (int i = 1; i < all.size(); i++) {
      List<String> expected = new ArrayList<>(Csv.split(all.get(i)));
      listed += expected.get(FAILING).isEmpty() && expected.get(UNKNOWN).isEmpty() ? 0 : 1;
      expected.remove(UNKNOWN);
      expected.remove(FAILING);
      assertEquals(expected, Csv.split(none.get(i)), "row " + i + ": " + all.get(i));
      assertFalse(none.get(i).contains(":NATIONALITY_ELIGIBLE") || none.get(i).contains(":ENTRY_PORT_"),
          "no code is written: " + none.get(i));
    }
    // Half the trips need a visa or a review: the default lists their codes, so the comparison above has
    // something to leave out.
    assertEquals((all.size() - 1) / 2, listed, "rows that list codes by default");
    assertTrue(none.get(101).startsWith("\"R,100\",102,"), none.get(101));
  }

  @Test
  void jsonObjectsAreTheDefaultObjectsWithoutTheCodeFields(@TempDir Path dir) throws Exception {
    Path in = trips(dir);
    assertEquals(4, run("--csv", in.toString(), "--json"), err.toString());
    List<String> all = lines();
    assertEquals(4, run("--csv", in.toString(), "--json", "--no-codes"), err.toString());
    List<String> none = lines();

    assertEquals(all.size(), none.size());
    for (int i = 0; i < all.size(); i++) {
      assertTrue(JSON_CODES.matcher(all.get(i)).find(), all.get(i));
      assertEquals(JSON_CODES.matcher(all.get(i)).replaceFirst(""), none.get(i), "row " + i);
    }
    assertEquals("{\"id\":\"R,0\",\"line\":2,\"verdict\":\"VISA_FREE\",\"regime\":\"TRANSIT_240H\","
        + "\"exit_deadline\":\"2025-12-12T00:00+08:00\",\"suggested_visa\":null,\"error_column\":null,"
        + "\"error_reason\":null}", none.get(0));
  }

  @Test
  void isForABatchOnly() {
    assertEquals(TransitCheck.USAGE, run("--nationality", "US", "--expiry", "2027-06-30", "--arrive", "PVG",
        "--arrive-at", "2025-12-01T10:00", "--from", "KR", "--depart", "PEK", "--depart-at", "2025-12-11T23:30",
        "--to", "JP", "--purpose", "TOURISM", "--json", "--no-codes"));
    assertTrue(err.toString().contains("--no-codes is for --csv; one trip is printed"), err.toString());
    assertEquals(TransitCheck.OK, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--no-codes leaves out failing_codes and unknown_codes"));
  }
}
