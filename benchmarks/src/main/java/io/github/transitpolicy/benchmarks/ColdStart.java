package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the first {@code TransitPolicy.bundled().evaluate(trip)} in fresh JVMs: class loading, data
 * initialisation and the evaluation itself (SPEC section 5, goal under 50 ms). The trip is built
 * before the clock starts, as a caller would have built it.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.transitpolicy.benchmarks.ColdStart [runs]
 * [JVM options]} starts that many JVMs (default 5), each with the JVM options given (for example
 * {@code -XX:SharedArchiveFile=transit.jsa} to measure with an application class-data archive), and
 * prints each time and the median.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Measures in child JVMs, or, with {@code --child}, is one of them.
   *
   * @param args {@code [runs] [JVM options]} or {@code --child}
   * @throws Exception if a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child();
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      List<String> command = new ArrayList<>();
      command.add(java);
      for (int a = 1; a < args.length; a++) {
        command.add(args[a]);
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), "--child"));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String line;
      double ms = Double.NaN;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        while ((line = r.readLine()) != null) {
          if (line.startsWith("first-evaluate-ms ")) {
            ms = Double.parseDouble(line.substring("first-evaluate-ms ".length()));
          } else {
            System.out.println(line);
          }
        }
      }
      if (p.waitFor() != 0 || Double.isNaN(ms)) {
        throw new IOException("child JVM failed");
      }
      System.out.printf(Locale.ROOT, "run %d: %.1f ms%n", i + 1, ms);
      times.add(ms);
    }
    Collections.sort(times);
    System.out.printf(Locale.ROOT, "median of %d: %.1f ms (min %.1f, max %.1f)%n",
        runs, times.get(runs / 2), times.get(0), times.get(runs - 1));
  }

  private static void child() {
    Trip trip = Trip.builder()
        .traveller(Traveller.of(CountryCode.of("US"), TravelDocument.passport(LocalDate.of(2027, 6, 30))))
        .arrival(Arrival.of("PVG", LocalDateTime.of(2025, 12, 1, 10, 0), CountryCode.of("KR")))
        .departure(Departure.of("PEK", LocalDateTime.of(2025, 12, 11, 23, 30), CountryCode.of("JP")))
        .purpose(Purpose.TOURISM)
        .addVisits(PlaceCode.of("320500"))
        .build();
    long start = System.nanoTime();
    Evaluation result = TransitPolicy.bundled().evaluate(trip);
    long elapsed = System.nanoTime() - start;
    if (!result.verdict().name().equals("VISA_FREE")) {
      throw new IllegalStateException("unexpected verdict " + result.verdict());
    }
    System.out.printf(Locale.ROOT, "first-evaluate-ms %.3f%n", elapsed / 1e6);
  }
}
