package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.CatalogueDiff;
import io.github.transitpolicy.data.CatalogueException;
import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.engine.internal.Evaluator;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * {@code transit-check}: evaluates one trip given as flags, or a CSV file of trips into a CSV of
 * results, for support staff and data teams who do not write Java.
 *
 * <p>Exit codes: 0 visa-free (with {@code --csv}: every row evaluated); 1 visa required; 2 needs
 * review; 3 not applicable; 4 (with {@code --csv} only) the results were written but some rows could
 * not be evaluated: they are {@code ERROR} rows naming the line, the column and the reason; 64 usage
 * error (unknown or missing option, {@code --out} naming the input file); 65 bad input that stops
 * the run, with no {@code --out} file written (the message names the flag, or the file and line: a
 * bad value, a missing or duplicated CSV column, malformed UTF-8); 70 internal error; 74 a file
 * cannot be read or written.
 *
 * <p>With {@code --out} the results are written to a temporary file beside the target and moved into
 * place when complete, so a run that fails leaves any earlier output file as it was and never a
 * partial one; the input file is never opened for writing. {@code -} names the standard input for
 * {@code --csv} and the standard output for {@code --out} (also where results go without
 * {@code --out}). An input column {@code id} is copied as the first output column; {@code --json}
 * writes JSON Lines with the CSV's fields; {@code --no-codes} leaves out the code columns;
 * {@code --version} prints the library's and the data's versions.
 *
 * <p>{@code transit-check diff OLD_DIR NEW_DIR [--json]} compares two directories of policy tables
 * (each loaded with {@code Catalogue.load}, the build's checks) and prints the rows added, removed and
 * changed per table; exit 0 when they hold the same rows, 1 when they differ, 64 usage error, 65 an
 * invalid table (each problem {@code file:line: what is wrong}), 74 a directory that is not one.
 */
public final class TransitCheck {

  static final int OK = 0;
  static final int VISA_REQUIRED = 1;
  static final int NEEDS_REVIEW = 2;
  static final int NOT_APPLICABLE = 3;
  static final int ROWS_FAILED = 4;
  static final int USAGE = 64;
  static final int DATA_ERROR = 65;
  static final int INTERNAL_ERROR = 70;
  static final int IO_ERROR = 74;

  static final String USAGE_TEXT = String.join("\n",
      "Usage: transit-check [options] [--json]   evaluate one trip",
      "       transit-check --csv FILE|- [--out FILE|-] [--json] [--fsync] [--no-codes]",
      "                                           evaluate a CSV of trips into a CSV of results",
      "                                           (- is the standard input or output)",
      "       transit-check --version            the library's version and the data's version and as-of day",
      "       transit-check diff OLD_DIR NEW_DIR [--json]",
      "       transit-check legs FILE [--out FILE [--fsync]]  itineraries as a CSV of legs (legs --help)",
      "                                           the rows added, removed and changed between two",
      "                                           directories of policy tables (exit 0 same, 1 differ,",
      "                                           65 a table is invalid: file:line: what is wrong)",
      "",
      "One trip (times are Beijing time, yyyy-MM-ddTHH:mm):",
      "  --nationality CODE      ISO 3166-1 alpha-2/alpha-3 or ICAO 9303 code (US, USA, D, GBN...)",
      "  --document TYPE         ORDINARY_PASSPORT (default), DIPLOMATIC_PASSPORT, SERVICE_PASSPORT,",
      "                          OFFICIAL_PASSPORT, EMERGENCY_PASSPORT, REFUGEE_TRAVEL_DOCUMENT,",
      "                          STATELESS_TRAVEL_DOCUMENT, HK_MACAO_RESIDENT_PERMIT, TAIWAN_RESIDENT_PERMIT",
      "  --expiry DATE           the document's expiry date, yyyy-MM-dd",
      "  --arrive PORT           arrival port: IATA code, port id, or Chinese or English name (PVG)",
      "  --arrive-at TIME        arrival time",
      "  --from CODE             country or region arriving from",
      "  --depart PORT           departure port",
      "  --depart-at TIME        departure time",
      "  --to CODE               country or region departing to",
      "  --purpose PURPOSE       TOURISM, BUSINESS, VISIT, FAMILY_VISIT, EXCHANGE, TRANSIT, WORK, STUDY,",
      "                          JOURNALISM, CREW",
      "  --visit CODE            a GB/T 2260 place code to visit (repeatable)",
      "  --stays-in-port         the traveller stays in the port (24-hour direct transit)",
      "  --no-onward-ticket      no onward ticket with a confirmed date",
      "  --visa-refusal          declares a Chinese visa-refusal stamp",
      "  --immigration-violation declares illegal entry, stay or work in China within 5 years",
      "  --permanent-resident-card",
      "                          holds a Chinese permanent residence ID card",
      "  --residence-permit-until DATE",
      "                          holds a Chinese residence permit valid until DATE, yyyy-MM-dd",
      "  --tour-group ORGANISER:SIZE",
      "                          enters and leaves with a tour group: CHINESE_AGENCY or HK_MACAO_AGENCY,",
      "                          and the number of people (at least 2), e.g. CHINESE_AGENCY:12",
      "  --stays-with-ship       a cruise passenger who stays with the ship until it leaves China",
      "  --fast-lane             passes the border through a fast lane (not verified: exempts from",
      "                          the arrival card from 2025-11-20, nothing else); crew: --purpose CREW",
      "  --lang en|zh            language of the output (default en)",
      "  --json                  print the result fields below as one JSON object instead",
      "All but --document, --visit, --residence-permit-until, --tour-group and the switches are required.",
      "",
      "CSV input (UTF-8): a header line with the columns nationality, document, expiry, arrive, arrive_at,",
      "from, depart, depart_at, to, purpose, visits (codes separated by ';'), stays_in_port",
      "(true/false), onward_ticket (true/false), each once; document, visits, stays_in_port and",
      "onward_ticket may be left empty. Optional columns, each may be empty: permanent_resident_card,",
      "visa_refusal, immigration_violation (true/false, as the switches), residence_permit_until",
      "(yyyy-MM-dd), tour_group (ORGANISER:SIZE), stays_with_ship and fast_lane (true/false) and id (any",
      "text, copied as the first output column). Output: [id,] line, verdict,",
      "regime, exit_deadline, failing_codes, unknown_codes (the codes as REGIME:CODE, only for",
      "VISA_REQUIRED and NEEDS_REVIEW), suggested_visa, error_column, error_reason. A row that cannot",
      "be evaluated gives verdict ERROR with the column (empty when the row as a whole is wrong) and the",
      "reason, and the other rows are still evaluated. --json writes one JSON object per row (JSON",
      "Lines) with the same fields: line a number, empty fields null, the codes arrays.",
      "--no-codes leaves out failing_codes and unknown_codes (verdicts only: a row that needs a visa",
      "lists about 1.7 KB of codes, and writing them is most of a large batch's time).",
      "--out must not name the input file; it is replaced only when all rows are written. --fsync",
      "also forces the results to disk before they replace it (safe from a power cut, slower).",
      "",
      "Exit codes: 0 visa-free (with --csv: every row evaluated), 1 visa required, 2 needs review,",
      "3 not applicable, 4 with --csv: results written but some rows are ERROR rows,",
      "64 usage error, 65 bad input (the run stops; no --out file), 70 internal error, 74 file error.");

  private TransitCheck() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    System.exit(code);
  }

  /**
   * Runs the command, reading {@code --csv -} from {@link System#in}.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors go
   * @return the exit code (see the class description)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param in what {@code --csv -} reads
   * @param out where results go (also {@code --out -})
   * @param err where errors go
   * @return the exit code (see the class description)
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("diff")) {
      return runDiff(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("legs")) {
      return LegsCheck.run(Arrays.asList(args).subList(1, args.length), out, err);
    }
    Map<String, List<String>> flags;
    try {
      flags = parse(args);
    } catch (UsageException e) {
      return usageError(err, e);
    }
    if (flags.containsKey("help") || args.length == 0) {
      out.println(USAGE_TEXT);
      out.flush();
      return args.length == 0 ? USAGE : OK;
    }
    if (flags.containsKey("version")) {
      out.print(versionText());
      out.flush();
      return OK;
    }
    Locale locale;
    String lang = single(flags, "lang", "en");
    if (lang.equals("en")) {
      locale = Locale.ENGLISH;
    } else if (lang.equals("zh")) {
      locale = Locale.SIMPLIFIED_CHINESE;
    } else {
      return usageError(err, new UsageException("--lang: \"" + lang + "\" is not en or zh"));
    }
    if (flags.containsKey("csv")) {
      return runCsv(flags, in, out, err);
    }
    Trip trip;
    try {
      for (String f : BATCH_FLAGS) {
        if (flags.containsKey(f)) {
          throw new UsageException("--" + f + " is for --csv; one trip is printed");
        }
      }
      trip = tripFromFlags(flags);
    } catch (UsageException e) {
      return usageError(err, e);
    } catch (FieldException e) {
      err.println("transit-check: --" + e.field + ": " + e.reason);
      return DATA_ERROR;
    }
    Evaluation result;
    String printed;
    try {
      if (flags.containsKey("json")) {
        Checker checker = new Checker(TransitPolicy.bundled());
        Evaluator.Decision decision = checker.decide(trip);
        result = decision.evaluation();
        StringBuilder b = new StringBuilder();
        Results.appendJson(b, null, -1, checker.results(decision, checker.buffer()), true);
        printed = b.toString();
      } else {
        result = TransitPolicy.bundled().evaluate(trip);
        printed = result.describe(locale) + System.lineSeparator();
      }
    } catch (RuntimeException e) {
      // An uncaught exception would exit 1, which here means "visa required": a wrong answer.
      err.println("transit-check: internal error: the trip could not be evaluated: " + e);
      return INTERNAL_ERROR;
    }
    out.print(printed);
    out.flush();
    return exitCode(result.verdict());
  }

  /**
   * What {@code --version} prints: the library's version (from the build) and the bundled data's
   * version and as-of day (from the catalogue itself).
   */
  static String versionText() {
    Catalogue catalogue = TransitPolicy.bundled().catalogue();
    return "transit-check " + libraryVersion() + "\n"
        + "data version " + catalogue.dataVersion() + " (as of " + catalogue.asOf() + ")\n";
  }

  /** The library's version, written into a resource by the build; "unknown" outside a Maven build. */
  static String libraryVersion() {
    try (InputStream s = TransitCheck.class.getResourceAsStream("version.properties")) {
      if (s != null) {
        Properties p = new Properties();
        p.load(s);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank() && !v.startsWith("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // fall through: the version is informative, never a reason to fail
    }
    return "unknown";
  }

  /**
   * {@code transit-check diff OLD_DIR NEW_DIR [--json]}: loads two table directories (with the build's
   * checks) and prints what changed. Exit 0 when they hold the same rows, 1 when they differ.
   */
  static int runDiff(String[] args, PrintStream out, PrintStream err) {
    List<String> dirs = new ArrayList<>();
    boolean json = false;
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.startsWith("--")) {
        return usageError(err, new UsageException("diff: unknown option " + a));
      } else {
        dirs.add(a);
      }
    }
    if (dirs.size() != 2) {
      return usageError(err, new UsageException("diff needs two table directories, OLD_DIR and NEW_DIR"));
    }
    Catalogue[] loaded = new Catalogue[2];
    for (int i = 0; i < 2; i++) {
      Path dir;
      try {
        dir = Path.of(dirs.get(i));
      } catch (InvalidPathException e) {
        err.println("transit-check: diff: " + dirs.get(i) + ": not a path: " + e.getMessage());
        return USAGE;
      }
      if (!Files.isDirectory(dir)) {
        err.println("transit-check: diff: " + dir + ": not a directory");
        return IO_ERROR;
      }
      try {
        loaded[i] = Catalogue.load(dir);
      } catch (CatalogueException e) {
        err.println("transit-check: diff: the tables in " + dir + " are invalid:");
        for (String problem : e.problems()) {
          err.println(problem);
        }
        return DATA_ERROR;
      }
    }
    CatalogueDiff diff = CatalogueDiff.between(loaded[0], loaded[1]);
    out.print(json ? diff.toJson() : diff.toText());
    out.flush();
    return diff.isEmpty() ? OK : 1;
  }

  private static int usageError(PrintStream err, UsageException e) {
    err.println("transit-check: " + e.getMessage());
    err.println("Run transit-check --help for usage.");
    return USAGE;
  }

  static int exitCode(Verdict verdict) {
    switch (verdict) {
      case VISA_FREE:
        return OK;
      case VISA_REQUIRED:
        return VISA_REQUIRED;
      case NEEDS_REVIEW:
        return NEEDS_REVIEW;
      default:
        return NOT_APPLICABLE;
    }
  }

  /** The flags that describe one trip, in the order their errors are reported; --csv takes none. */
  private static final List<String> TRIP_FLAGS = List.of("nationality", "document", "expiry", "arrive",
      "arrive-at", "from", "depart", "depart-at", "to", "purpose", "visit", "stays-in-port", "no-onward-ticket",
      "visa-refusal", "immigration-violation", "permanent-resident-card", "residence-permit-until", "tour-group",
      "stays-with-ship", "fast-lane");
  /** The flags only a batch ({@code --csv}) takes. */
  private static final List<String> BATCH_FLAGS = List.of("out", "fsync", "no-codes");
  private static final List<String> REQUIRED_FLAGS = List.of("nationality", "expiry", "arrive", "arrive-at",
      "from", "depart", "depart-at", "to", "purpose");
  private static final List<String> VALUE_FLAGS = List.of("nationality", "document", "expiry", "arrive",
      "arrive-at", "from", "depart", "depart-at", "to", "purpose", "visit", "lang", "csv", "out", "residence-permit-until",
      "tour-group");
  private static final List<String> SWITCHES = List.of("stays-in-port", "no-onward-ticket", "visa-refusal",
      "immigration-violation", "permanent-resident-card", "stays-with-ship", "fast-lane", "help", "json", "version",
      "fsync", "no-codes");

  static Map<String, List<String>> parse(String[] args) throws UsageException {
    Map<String, List<String>> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h")) {
        a = "--help";
      }
      if (!a.startsWith("--")) {
        throw new UsageException("unexpected argument \"" + a + "\"");
      }
      String name = a.substring(2);
      if (SWITCHES.contains(name)) {
        flags.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (VALUE_FLAGS.contains(name)) {
        if (i + 1 >= args.length) {
          throw new UsageException("--" + name + " needs a value");
        }
        List<String> values = flags.computeIfAbsent(name, k -> new ArrayList<>());
        if (!name.equals("visit") && !values.isEmpty()) {
          throw new UsageException("--" + name + " given twice");
        }
        values.add(args[++i]);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return flags;
  }

  private static String single(Map<String, List<String>> flags, String name, String fallback) {
    List<String> v = flags.get(name);
    return v == null ? fallback : v.get(0);
  }

  static Trip tripFromFlags(Map<String, List<String>> flags) throws UsageException, FieldException {
    List<String> missing = new ArrayList<>();
    for (String f : REQUIRED_FLAGS) {
      if (!flags.containsKey(f)) {
        missing.add("--" + f);
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException(humanList(missing) + (missing.size() == 1 ? " is" : " are") + " required");
    }
    return buildTrip(field -> SWITCH_FIELDS.contains(field) ? (flags.containsKey(field) ? "true" : "")
            : single(flags, field, ""), flags.getOrDefault("visit", List.of()), flags.containsKey("stays-in-port"),
        !flags.containsKey("no-onward-ticket"), flags.containsKey("visa-refusal"),
        flags.containsKey("immigration-violation"), flags.containsKey("permanent-resident-card"));
  }

  /** The switches {@link #buildTrip} reads as text fields ("true" or ""), not as parameters of their own. */
  private static final List<String> SWITCH_FIELDS = List.of("stays-with-ship", "fast-lane");

  /** Named in the message about a bad value; {@code values()} copies its array on every call, every row. */
  static final Purpose[] PURPOSES = Purpose.values();
  static final DocumentType[] DOCUMENT_TYPES = DocumentType.values();

  /** The text of a trip's fields by their flag names (without {@code --}); "" when absent. */
  interface Fields {
    String get(String field);
  }

  /**
   * Builds a trip from text fields named as the flags are (without {@code --}); an empty or absent
   * {@code residence-permit-until} means no permit.
   */
  static Trip buildTrip(Fields f, List<String> visits, boolean staysInPort, boolean onwardTicket,
      boolean refusal, boolean violation, boolean permanentResidentCard) throws FieldException {
    String field = "";
    try {
      field = "nationality";
      CountryCode nationality = CountryCode.of(f.get(field));
      field = "document";
      String doc = f.get(field);
      DocumentType type = doc.isBlank() ? DocumentType.ORDINARY_PASSPORT
          : enumValue(DocumentType.class, DOCUMENT_TYPES, field, doc, "document type");
      field = "expiry";
      LocalDate expiry = Dates.date(f.get(field));
      field = "from";
      CountryCode from = CountryCode.of(f.get(field));
      field = "to";
      CountryCode to = CountryCode.of(f.get(field));
      field = "arrive-at";
      LocalDateTime arriveAt = Dates.dateTime(f.get(field));
      field = "depart-at";
      LocalDateTime departAt = Dates.dateTime(f.get(field));
      field = "arrive";
      Arrival arrival = Arrival.of(f.get(field), arriveAt, from);
      field = "depart";
      Departure departure = Departure.of(f.get(field), departAt, to).withOnwardTicketConfirmed(onwardTicket);
      field = "purpose";
      Purpose purpose = enumValue(Purpose.class, PURPOSES, field, f.get(field), "purpose");
      field = "visit";
      List<PlaceCode> places = new ArrayList<>();
      for (String v : visits) {
        places.add(PlaceCode.of(v.strip()));
      }
      field = "expiry";
      TravelDocument document = TravelDocument.of(type, expiry);
      field = "residence-permit-until";
      String permitText = f.get(field).strip();
      Traveller traveller = Traveller.of(nationality, document).withPermanentResidentCard(permanentResidentCard);
      if (!permitText.isEmpty()) {
        traveller = traveller.withResidencePermitUntil(Dates.date(permitText));
      }
      field = "tour-group";
      Optional<TourGroup> group = tourGroup(f.get(field));
      field = "stays-with-ship";
      boolean staysWithShip = switchValue(field, f.get(field));
      field = "fast-lane";
      boolean fastLane = switchValue(field, f.get(field));
      field = "depart-at";
      return Trip.builder()
          .tourGroup(group)
          .staysWithShip(staysWithShip)
          .fastLane(fastLane)
          .traveller(traveller)
          .arrival(arrival)
          .departure(departure)
          .purpose(purpose)
          .addAllVisits(places)
          .staysInPort(staysInPort)
          .visaRefusalDeclared(refusal)
          .immigrationViolationDeclared(violation)
          .build();
    } catch (DateTimeParseException e) {
      throw notADate(field, e);
    } catch (DateTimeException | IllegalArgumentException e) {
      String message = e.getMessage();
      throw new FieldException(field, message == null ? "invalid value" : message);
    }
  }

  /** A date ({@code -at}: a date and time) that cannot be read, for the field (flag or column) it came from. */
  static FieldException notADate(String field, DateTimeParseException e) {
    return new FieldException(field, "\"" + e.getParsedString() + "\" is not a date"
        + (field.endsWith("-at") ? " and time (yyyy-MM-ddTHH:mm)" : " (yyyy-MM-dd)"));
  }

  /** A tour group written ORGANISER:SIZE, for example CHINESE_AGENCY:12; empty text means none. */
  private static Optional<TourGroup> tourGroup(String text) throws FieldException {
    String v = text.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int colon = v.indexOf(':');
    if (colon < 0) {
      throw new FieldException("tour-group", "\"" + v + "\" is not ORGANISER:SIZE, e.g. CHINESE_AGENCY:12");
    }
    GroupOrganiser organiser = enumValue(GroupOrganiser.class, GroupOrganiser.values(), "tour-group",
        v.substring(0, colon), "organiser");
    int size;
    try {
      size = Integer.parseInt(v.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      throw new FieldException("tour-group", "\"" + v.substring(colon + 1) + "\" is not a group size");
    }
    return Optional.of(TourGroup.of(organiser, size));
  }

  /** A true/false text; empty means false. */
  static boolean switchValue(String field, String text) throws FieldException {
    String v = text.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("false") || v.equals("no")) {
      return false;
    }
    if (v.equals("true") || v.equals("yes")) {
      return true;
    }
    throw new FieldException(field, "\"" + v + "\" is not true or false");
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, E[] values, String field, String text,
      String what) throws FieldException {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, "\"" + text + "\" is not a " + what + " (" + Arrays.toString(values)
          .replace("[", "").replace("]", "") + ")");
    }
  }

  /** "a", "a and b", "a, b and c". */
  static String humanList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The name {@code --csv} and {@code --out} take for the standard input and output. */
  static final String STANDARD_STREAM = "-";

  /** How the standard input is named in messages about its lines. */
  static final String STDIN_NAME = "stdin";

  private static int runCsv(Map<String, List<String>> flags, InputStream stdin, PrintStream out, PrintStream err) {
    String inName = single(flags, "csv", "");
    boolean json = flags.containsKey("json");
    boolean codes = !flags.containsKey("no-codes");
    try {
      for (String f : TRIP_FLAGS) {
        if (flags.containsKey(f)) {
          throw new UsageException("--" + f + " cannot be used with --csv: the trips come from the file");
        }
      }
      boolean fromStdin = inName.equals(STANDARD_STREAM);
      @Nullable Path in = fromStdin ? null : path("--csv", inName);
      if (in != null) {
        OutputFiles.requireNotDirectory(in, "trips");
      }
      String name = fromStdin ? STDIN_NAME : inName;
      @Nullable String outName = flags.containsKey("out") ? single(flags, "out", "") : null;
      boolean fsync = flags.containsKey("fsync");
      Batch batch;
      if (outName == null || outName.equals(STANDARD_STREAM)) {
        if (fsync) {
          throw new UsageException("--fsync is for --out FILE: the standard output is not a file to force to disk");
        }
        OutputStream w = new BufferedOutputStream(out, 1 << 16);
        batch = in == null ? CsvBatch.evaluateCsv(TransitPolicy.bundled(), new Utf8Lines(stdin, name), name, w, json, codes)
            : CsvBatch.evaluateCsv(TransitPolicy.bundled(), in, name, w, json, codes);
        w.flush();
      } else {
        Path outPath = path("--out", outName);
        Path target = OutputFiles.outputTarget(in, outPath);
        Batch[] result = new Batch[1];
        // The standard input is not closed here: it is the caller's.
        OutputFiles.writeBytesAtomically(target, fsync, w -> result[0] = in == null
            ? CsvBatch.evaluateCsv(TransitPolicy.bundled(), new Utf8Lines(stdin, name), name, w, json, codes)
            : CsvBatch.evaluateCsv(TransitPolicy.bundled(), in, name, w, json, codes));
        batch = result[0];
      }
      for (String e : batch.firstErrors) {
        err.println("transit-check: " + e);
      }
      if (batch.failed == 0) {
        return OK;
      }
      err.println("transit-check: " + name + ": " + batch.failed + " of " + batch.rows
          + (batch.rows == 1 ? " row" : " rows") + " could not be evaluated: see the " + CsvBatch.ERROR_VERDICT
          + " rows in the results");
      return ROWS_FAILED;
    } catch (UsageException e) {
      return usageError(err, e);
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return DATA_ERROR;
    } catch (IOException e) {
      err.println("transit-check: " + OutputFiles.describe(e));
      return IO_ERROR;
    }
  }

  private static Path path(String flag, String name) throws UsageException {
    try {
      if (!name.isEmpty()) {
        return Path.of(name);
      }
    } catch (InvalidPathException e) {
      // reported below, as for an empty name
    }
    throw new UsageException(flag + ": \"" + name + "\" is not a file name");
  }
}
