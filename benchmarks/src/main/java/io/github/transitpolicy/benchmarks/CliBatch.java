package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.internal.cli.TransitCheck;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Purpose;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * SPEC 5's batch goal: {@code transit-check --csv} over 1,000,000 rows against a plain program that
 * only reads the same file, splits and parses each row and writes one line each. Generates the rows
 * (a fixed seed, the mix of {@link BatchBenchmark}) into a temporary file, then times both in the same
 * run and prints the ratio.
 *
 * <p>By default both run in this JVM, one untimed warm-up each, then {@code RUNS} timed runs
 * interleaved (median reported). With {@code --fresh-jvm} every run is a new JVM, timed from outside,
 * start-up included: what a user who runs the command once sees.
 *
 * <p>Each run also times the command with {@code --no-codes} (verdicts, regimes, deadlines and visas,
 * no code lists), and, in this JVM, a plain write of as many bytes as the full results hold, from
 * memory, to a file beside them: the floor the code lists put under the command, whatever it computes.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.transitpolicy.benchmarks.CliBatch
 * [ROWS] [RUNS] [--fresh-jvm] [--fsync]}
 */
public final class CliBatch {

  static final String HEADER = "id,nationality,document,expiry,arrive,arrive_at,from,depart,depart_at,to,purpose,"
      + "visits,stays_in_port,onward_ticket";

  /** Whether the command is run with {@code --fsync} (its results forced to disk before the rename). */
  private static boolean fsync;

  private CliBatch() {}

  /**
   * Generates the file and times both.
   *
   * @param args {@code [ROWS] [RUNS] [--fresh-jvm] [--fsync]}, or {@code --one baseline|cli|cli-fsync|cli-no-codes|cli-no-codes-fsync
   *     IN OUT} (one run, for {@code --fresh-jvm})
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("--one")) {
      Path in = Path.of(args[2]);
      Path out = Path.of(args[3]);
      if (args[1].equals("baseline")) {
        baseline(in, out);
      } else {
        fsync = args[1].endsWith("-fsync");
        cli(in, out, args[1].startsWith("cli-no-codes"));
      }
      return;
    }
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean fresh = rest.remove("--fresh-jvm");
    fsync = rest.remove("--fsync");
    int rows = rest.isEmpty() ? 1_000_000 : Integer.parseInt(rest.get(0));
    int runs = rest.size() < 2 ? 3 : Integer.parseInt(rest.get(1));
    Path dir = Files.createTempDirectory("cli-batch");
    Path in = dir.resolve("trips.csv");
    Path out = dir.resolve("results.csv");
    try {
      generate(in, rows, 20251201L);
      System.out.printf(Locale.ROOT, "%,d rows, %,d bytes, %d cores, %s%s%n", rows, Files.size(in),
          Runtime.getRuntime().availableProcessors(), fresh ? "a fresh JVM per run" : "one JVM, warmed up",
          fsync ? ", transit-check --fsync" : "");
      if (!fresh) {
        baseline(in, out);
        cli(in, out, false);
        cli(in, out, true);
      }
      long[] base = new long[runs];
      long[] full = new long[runs];
      long[] bare = new long[runs];
      long[] floor = new long[runs];
      long[] baseCpu = new long[runs];
      long[] fullCpu = new long[runs];
      long[] bareCpu = new long[runs];
      for (int r = 0; r < runs; r++) {
        long cpu = processCpu();
        base[r] = fresh ? freshJvm("baseline", in, out) : timed(() -> baseline(in, out));
        baseCpu[r] = processCpu() - cpu;
        cpu = processCpu();
        full[r] = fresh ? freshJvm(fsync ? "cli-fsync" : "cli", in, out) : timed(() -> cli(in, out, false));
        fullCpu[r] = processCpu() - cpu;
        long resultBytes = Files.size(out);
        cpu = processCpu();
        bare[r] = fresh ? freshJvm(fsync ? "cli-no-codes-fsync" : "cli-no-codes", in, out)
            : timed(() -> cli(in, out, true));
        bareCpu[r] = processCpu() - cpu;
        floor[r] = timed(() -> writeBytes(dir.resolve("floor.bin"), resultBytes));
        if (fresh) {
          // The children's CPU time is not this JVM's: only their wall time is measured here.
          System.out.printf(Locale.ROOT, "run %d: baseline %,d ms, transit-check %,d ms, --no-codes %,d ms, "
              + "writing %,d bytes %,d ms%n", r + 1, base[r] / 1_000_000, full[r] / 1_000_000, bare[r] / 1_000_000,
              resultBytes, floor[r] / 1_000_000);
        } else {
          System.out.printf(Locale.ROOT, "run %d: baseline %,d ms (CPU %,d ms), transit-check %,d ms (CPU %,d ms), "
              + "--no-codes %,d ms (CPU %,d ms), writing %,d bytes %,d ms%n", r + 1, base[r] / 1_000_000,
              baseCpu[r] / 1_000_000, full[r] / 1_000_000, fullCpu[r] / 1_000_000, bare[r] / 1_000_000,
              bareCpu[r] / 1_000_000, resultBytes, floor[r] / 1_000_000);
        }
      }
      long b = median(base);
      long f = median(full);
      System.out.printf(Locale.ROOT, "median: baseline %,d ms, transit-check %,d ms, ratio %.2f (goal 1.5)%n",
          b / 1_000_000, f / 1_000_000, (double) f / b);
      System.out.printf(Locale.ROOT, "median: transit-check --no-codes %,d ms, ratio %.2f; writing the full results' "
          + "bytes alone %,d ms, %.2f times the baseline%n", median(bare) / 1_000_000, (double) median(bare) / b,
          median(floor) / 1_000_000, (double) median(floor) / b);
      if (!fresh) {
        // On a machine shared with other work the wall times move with the neighbours; CPU time less so.
        System.out.printf(Locale.ROOT, "CPU time (all threads, GC and JIT included): baseline %,d ms, transit-check "
            + "%,d ms, ratio %.2f; --no-codes %,d ms, ratio %.2f%n", median(baseCpu) / 1_000_000,
            median(fullCpu) / 1_000_000, (double) median(fullCpu) / median(baseCpu), median(bareCpu) / 1_000_000,
            (double) median(bareCpu) / median(baseCpu));
      }
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(dir.resolve("floor.bin"));
      Files.deleteIfExists(dir);
    }
  }

  interface Run {
    void run() throws Exception;
  }

  private static long timed(Run run) throws Exception {
    long start = System.nanoTime();
    run.run();
    return System.nanoTime() - start;
  }

  private static long freshJvm(String which, Path in, Path out) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        CliBatch.class.getName(), "--one", which, in.toString(), out.toString()).inheritIO();
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    long time = System.nanoTime() - start;
    if (code != 0) {
      throw new IllegalStateException(which + " exited " + code);
    }
    return time;
  }

  /** This JVM's CPU time so far, in nanoseconds (0 where the JVM does not say). */
  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * {@code bytes} bytes from memory to {@code file}, 1 MiB a write, as a temporary file renamed over
   * the last one, the way the command writes its results.
   */
  static void writeBytes(Path file, long bytes) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'A');
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(temp)) {
      for (long left = bytes; left > 0; left -= block.length) {
        o.write(block, 0, (int) Math.min(left, block.length));
      }
    }
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The whole command as a user runs it, on every core; with {@code --no-codes} when {@code noCodes}. */
  static void cli(Path in, Path out, boolean noCodes) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("--csv", in.toString(), "--out", out.toString()));
    if (fsync) {
      args.add("--fsync");
    }
    if (noCodes) {
      args.add("--no-codes");
    }
    int code = TransitCheck.run(args.toArray(new String[0]), System.in, quiet, System.err);
    if (code != 0) {
      throw new IllegalStateException("transit-check exited " + code);
    }
  }

  /**
   * The yardstick, on one thread: read each line, split it at its commas, parse every field the trip
   * needs into its Java value (dates, date-times, enums, booleans, the list of places) and write one
   * line that depends on them. A plain program with the JDK's own parsers, no evaluation.
   */
  static void baseline(Path in, Path out) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      String header = reader.readLine();
      if (header == null) {
        throw new IOException("empty file");
      }
      writer.write("line,id,minutes\r\n");
      String[] cells = new String[HEADER.split(",").length];
      int lineNo = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        int start = 0;
        for (int i = 0; i < cells.length; i++) {
          int comma = line.indexOf(',', start);
          int end = comma < 0 ? line.length() : comma;
          cells[i] = line.substring(start, end);
          start = end + 1;
        }
        DocumentType document = cells[2].isEmpty() ? DocumentType.ORDINARY_PASSPORT : DocumentType.valueOf(cells[2]);
        LocalDate expiry = LocalDate.parse(cells[3]);
        LocalDateTime arriveAt = LocalDateTime.parse(cells[5]);
        LocalDateTime departAt = LocalDateTime.parse(cells[8]);
        Purpose purpose = Purpose.valueOf(cells[10]);
        int places = cells[11].isEmpty() ? 0 : cells[11].split(";").length;
        boolean staysInPort = Boolean.parseBoolean(cells[12]);
        boolean onward = cells[13].isEmpty() || Boolean.parseBoolean(cells[13]);
        long minutes = Duration.between(arriveAt, departAt).toMinutes();
        writer.write(lineNo + "," + cells[0] + "," + minutes + "," + (expiry.isAfter(departAt.toLocalDate()) ? 1 : 0)
            + document.ordinal() + purpose.ordinal() + places + (staysInPort ? 1 : 0) + (onward ? 1 : 0) + "\r\n");
      }
    }
  }

  /** {@code rows} trips as CSV, with an id column, mixed as {@link BatchBenchmark#mixedTrips} mixes them. */
  static void generate(Path file, int rows, long seed) throws IOException {
    String[] nationalities = {"US", "GB", "FR", "DE", "IN", "JP", "KR", "BR", "CN", "MY", "VN", "GBN", "XXA"};
    String[] origins = {"KR", "JP", "US", "HK", "FR", "SG", "TH"};
    String[] ports = {"PVG", "PEK", "CAN", "SZX", "CTU", "KMG", "URC", "ROAD-LUOHU", "RAIL-WEST-KOWLOON", "ZZZ"};
    String[] places = {"320500", "320506", "510100", "511300", "540100", "440300", "110105", "329999"};
    String[] documents = {"", "ORDINARY_PASSPORT", "DIPLOMATIC_PASSPORT", "EMERGENCY_PASSPORT",
        "REFUGEE_TRAVEL_DOCUMENT"};
    Purpose[] purposes = Purpose.values();
    SplittableRandom random = new SplittableRandom(seed);
    LocalDateTime first = LocalDateTime.of(2024, 12, 1, 0, 0);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(HEADER + "\n");
      StringBuilder b = new StringBuilder(160);
      for (int i = 0; i < rows; i++) {
        LocalDateTime arrive = first.plusMinutes(random.nextInt(3 * 365 * 24 * 60));
        LocalDateTime depart = arrive.plusHours(1 + random.nextInt(random.nextBoolean() ? 30 : 400));
        b.setLength(0);
        b.append("T").append(1_000_000 + i).append(',')
            .append(nationalities[random.nextInt(nationalities.length)]).append(',')
            .append(documents[random.nextInt(documents.length)]).append(',')
            .append(arrive.toLocalDate().plusDays(random.nextInt(900))).append(',')
            .append(ports[random.nextInt(ports.length)]).append(',').append(arrive).append(',')
            .append(origins[random.nextInt(origins.length)]).append(',')
            .append(ports[random.nextInt(ports.length)]).append(',').append(depart).append(',')
            .append(origins[random.nextInt(origins.length)]).append(',')
            .append(purposes[random.nextInt(purposes.length)]).append(',');
        for (int v = random.nextInt(3); v > 0; v--) {
          b.append(places[random.nextInt(places.length)]).append(v > 1 ? ";" : "");
        }
        b.append(',').append(random.nextInt(5) == 0 ? "true" : "false").append(',').append('\n');
        w.write(b.toString());
      }
    }
  }
}
