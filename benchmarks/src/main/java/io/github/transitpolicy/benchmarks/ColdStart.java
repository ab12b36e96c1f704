package io.github.transitpolicy.benchmarks;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Trip;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Times the first {@code TransitPolicy.bundled().evaluate(trip)} in fresh JVMs: class loading, data
 * initialisation and the evaluation itself (SPEC section 5, goal under 50 ms). Each run also times,
 * in another fresh JVM, the first call of the {@linkplain Baseline irreducible work}, the yardstick
 * of the JMH benchmarks: loading the time-zone rules of Asia/Shanghai is part of both, and no library
 * that answers in Beijing time can avoid it. The trip is built before the clock starts, as a caller
 * would have built it.
 *
 * <p>The library is loaded from its published jars, as a user's application loads it: the build
 * copies them into {@code benchmarks/target/cold-start/} (the shaded {@code benchmarks.jar}, which
 * recompresses every class, is only where this program itself comes from).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.transitpolicy.benchmarks.ColdStart
 * [runs] [--module-path] [--archive FILE] [JVM options]} starts that many pairs of JVMs (default 5),
 * the library on the class path or, with {@code --module-path}, as named modules, each JVM with the
 * options given, and prints each time and the medians. {@code --archive FILE} first writes an
 * application class-data archive (JDK 13 and later) in one training run, and measures with it.
 */
public final class ColdStart {

  private static final String EVALUATE = "evaluate";
  private static final String BASELINE = "baseline";
  private static final String RESULT = "first-call-ms ";
  private static final String CPU_RESULT = "first-call-cpu-ms ";
  private static final String MARK = "coldstart-mark ";

  private ColdStart() {}

  /**
   * Measures in child JVMs, or, with {@code --child evaluate|baseline}, is one of them.
   *
   * @param args {@code [runs] [--module-path] [--archive FILE] [JVM options]} or
   *     {@code --child evaluate|baseline}
   * @throws Exception if a child JVM fails or the library jars are missing
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--child")) {
      child(args[1]);
      return;
    }
    int next = 0;
    int runs = 5;
    if (args.length > next && args[next].matches("\\d+")) {
      runs = Integer.parseInt(args[next++]);
      if (runs < 1) {
        throw new IllegalArgumentException("runs: must be at least 1, not " + runs);
      }
    }
    boolean modulePath = false;
    @Nullable String archive = null;
    for (; next < args.length && args[next].startsWith("--"); next++) {
      if (args[next].equals("--module-path")) {
        modulePath = true;
      } else if (args[next].equals("--archive") && next + 1 < args.length) {
        archive = args[++next];
      } else {
        throw new IllegalArgumentException("unknown option " + args[next]
            + "; usage: ColdStart [runs] [--module-path] [--archive FILE] [JVM options]");
      }
    }
    List<String> jvmOptions = new ArrayList<>(List.of(args).subList(next, args.length));
    List<String> launch = launch(modulePath);
    System.out.println("library " + (modulePath ? "on the module path: " : "on the class path: ") + libraryJars());
    if (archive != null) {
      // One training run writes the archive; every measured JVM, baseline too, then maps it.
      List<String> training = new ArrayList<>(jvmOptions);
      training.add("-XX:ArchiveClassesAtExit=" + archive);
      runChild(training, launch, EVALUATE);
      jvmOptions.add("-XX:SharedArchiveFile=" + archive);
      System.out.println("application class-data archive: " + archive);
    }

    List<Double> evaluate = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> evaluateCpu = new ArrayList<>();
    List<Double> baselineCpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] b = runChild(jvmOptions, launch, BASELINE);
      double[] e = runChild(jvmOptions, launch, EVALUATE);
      System.out.printf(Locale.ROOT, "run %d: evaluate %.1f ms, baseline %.1f ms (CPU: evaluate %.1f ms, baseline"
          + " %.1f ms)%n", i + 1, e[0], b[0], e[1], b[1]);
      evaluate.add(e[0]);
      baseline.add(b[0]);
      evaluateCpu.add(e[1]);
      baselineCpu.add(b[1]);
    }
    double e = median(evaluate);
    double b = median(baseline);
    System.out.printf(Locale.ROOT, "median of %d: evaluate %.1f ms (min %.1f, max %.1f), baseline %.1f ms (min %.1f,"
        + " max %.1f), ratio %.1f%n", runs, e, Collections.min(evaluate), Collections.max(evaluate), b,
        Collections.min(baseline), Collections.max(baseline), e / b);
    // The main thread's CPU time (Linux): what the first call costs without the time other
    // processes took the cores away, for a shared machine.
    double ec = median(evaluateCpu);
    double bc = median(baselineCpu);
    System.out.printf(Locale.ROOT, "median of %d, main thread's CPU time: evaluate %.1f ms, baseline %.1f ms, ratio"
        + " %.1f%n", runs, ec, bc, ec / bc);
  }

  /** What follows the JVM options: where the library and this program come from. */
  private static List<String> launch(boolean modulePath) throws IOException, URISyntaxException {
    String jars = libraryJars();
    String self = self().toString();
    if (modulePath) {
      return List.of("-p", jars, "--add-modules", "io.github.transitpolicy.engine", "-cp", self);
    }
    // The library's jars first: their classes, not the shaded copies in this program's jar, load.
    return List.of("-cp", jars + File.pathSeparator + self);
  }

  /** The jar (or class directory) this program was loaded from. */
  private static Path self() throws URISyntaxException {
    return Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The library's published jars, which the build copies beside benchmarks.jar. */
  private static String libraryJars() throws IOException, URISyntaxException {
    Path dir = self().resolveSibling("cold-start");
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is missing: build with ./mvnw -B -q -DskipTests package, and run this "
          + "program from benchmarks/target/benchmarks.jar");
    }
    List<String> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> jars.add(f.toString()));
    }
    return String.join(File.pathSeparator, jars);
  }

  /** Runs one child JVM; returns its first call's wall-clock and CPU time in ms (NaN if not known). */
  private static double[] runChild(List<String> jvmOptions, List<String> launch, String what)
      throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(launch);
    command.addAll(List.of(ColdStart.class.getName(), "--child", what));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    double ms = Double.NaN;
    double cpu = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(RESULT)) {
          ms = Double.parseDouble(line.substring(RESULT.length()));
        } else if (line.startsWith(CPU_RESULT)) {
          cpu = Double.parseDouble(line.substring(CPU_RESULT.length()));
        } else {
          System.out.println(line);
        }
      }
    }
    if (p.waitFor() != 0 || Double.isNaN(ms)) {
      throw new IOException("child JVM failed: " + String.join(" ", command));
    }
    return new double[] {ms, cpu};
  }

  /**
   * The calling thread's CPU time in ns from {@code /proc/thread-self/schedstat} (Linux), or -1. Read
   * before the clock starts once, so that the classes reading it are loaded outside the timed call.
   */
  private static long threadCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/schedstat"), StandardCharsets.US_ASCII);
      return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void mark(boolean marks, String which) {
    if (marks) {
      System.out.println(MARK + which);
    }
  }

  private static void child(String what) {
    // With -Dcoldstart.marks=true and -Xlog:class+load:stdout, the classes the timed call loads are
    // the log lines between the two marks (README, First use: the class counts).
    boolean marks = Boolean.getBoolean("coldstart.marks");
    long elapsed;
    long cpu;
    if (what.equals(BASELINE)) {
      LocalDateTime arrival = BenchmarkTrips.ARRIVAL;
      long cpu0 = threadCpuNanos();
      mark(marks, "start");
      long start = System.nanoTime();
      ZonedDateTime deadline = Baseline.deadline(arrival);
      elapsed = System.nanoTime() - start;
      cpu = cpu0 < 0 ? -1 : threadCpuNanos() - cpu0;
      if (deadline.getDayOfMonth() != 12) {
        throw new IllegalStateException("unexpected deadline " + deadline);
      }
    } else if (what.equals(EVALUATE)) {
      Trip trip = BenchmarkTrips.eligible();
      long cpu0 = threadCpuNanos();
      mark(marks, "start");
      long start = System.nanoTime();
      Evaluation result = TransitPolicy.bundled().evaluate(trip);
      elapsed = System.nanoTime() - start;
      cpu = cpu0 < 0 ? -1 : threadCpuNanos() - cpu0;
      if (!result.verdict().name().equals("VISA_FREE")) {
        throw new IllegalStateException("unexpected verdict " + result.verdict());
      }
    } else {
      throw new IllegalArgumentException("--child takes evaluate or baseline, not " + what);
    }
    mark(marks, "end");
    System.out.printf(Locale.ROOT, RESULT + "%.3f%n", elapsed / 1e6);
    if (cpu >= 0) {
      System.out.printf(Locale.ROOT, CPU_RESULT + "%.3f%n", cpu / 1e6);
    }
  }
}
