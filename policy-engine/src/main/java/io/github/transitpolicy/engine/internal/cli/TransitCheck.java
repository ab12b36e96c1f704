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
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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

  /** A usage error: an unknown, repeated, missing or misplaced option. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Bad input that stops the run: the message names the flag, or the file and line. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /**
   * A bad value in one field of a trip; {@code field} is the flag name without {@code --}, or
   * {@link #WHOLE_ROW} when a CSV row as a whole is wrong.
   */
  static final class FieldException extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;
    final String reason;

    FieldException(String field, String reason) {
      super(field + ": " + reason);
      this.field = field;
      this.reason = reason;
    }
  }

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
  private static String humanList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The optional input column copied, as the first column, into every result row. */
  static final String ID_COLUMN = "id";

  private static final List<String> CSV_COLUMNS = List.of("nationality", "document", "expiry", "arrive",
      "arrive_at", "from", "depart", "depart_at", "to", "purpose", "visits", "stays_in_port", "onward_ticket");

  static final String RESULT_HEADER =
      "line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa,error_column,error_reason";

  /** {@link #RESULT_HEADER} without the code columns, as {@code --no-codes} writes it. */
  static final String RESULT_HEADER_NO_CODES = RESULT_HEADER.replace(",failing_codes,unknown_codes", "");

  /** The field of a {@link FieldException} about a CSV row as a whole (its error_column is empty). */
  static final String WHOLE_ROW = "";

  /** The verdict column of a row that could not be evaluated. */
  static final String ERROR_VERDICT = "ERROR";

  /** At most this many bad rows are also printed on the error stream; the results hold them all. */
  private static final int ROW_ERRORS_PRINTED = 10;

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
        requireNotDirectory(in, "trips");
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
        batch = in == null ? evaluateCsv(TransitPolicy.bundled(), new Utf8Lines(stdin, name), name, w, json, codes)
            : evaluateCsv(TransitPolicy.bundled(), in, name, w, json, codes);
        w.flush();
      } else {
        Path outPath = path("--out", outName);
        Path target = outputTarget(in, outPath);
        Batch[] result = new Batch[1];
        // The standard input is not closed here: it is the caller's.
        writeBytesAtomically(target, fsync, w -> result[0] = in == null
            ? evaluateCsv(TransitPolicy.bundled(), new Utf8Lines(stdin, name), name, w, json, codes)
            : evaluateCsv(TransitPolicy.bundled(), in, name, w, json, codes));
        batch = result[0];
      }
      for (String e : batch.firstErrors) {
        err.println("transit-check: " + e);
      }
      if (batch.failed == 0) {
        return OK;
      }
      err.println("transit-check: " + name + ": " + batch.failed + " of " + batch.rows
          + (batch.rows == 1 ? " row" : " rows") + " could not be evaluated: see the " + ERROR_VERDICT
          + " rows in the results");
      return ROWS_FAILED;
    } catch (UsageException e) {
      return usageError(err, e);
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return DATA_ERROR;
    } catch (IOException e) {
      err.println("transit-check: " + describe(e));
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

  /** An I/O failure as a user can act on it: the file and what went wrong. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ((NoSuchFileException) e).getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason();
      return f.getFile() + ": " + (reason != null ? reason : e.getClass().getSimpleName());
    }
    String message = e.getMessage();
    return message != null ? message : e.getClass().getSimpleName();
  }

  /**
   * Refuses an input that is a directory, naming it: reading one fails with the system's bare "Is a
   * directory", which names no file.
   *
   * @param what what the file should hold, for the message ("trips")
   */
  static void requireNotDirectory(Path in, String what) throws FileSystemException {
    if (Files.isDirectory(in)) {
      throw new FileSystemException(in.toString(), null, "is a directory, not a file of " + what);
    }
  }

  /**
   * Where the results go: the real file behind {@code out} when it exists (so a link to the results
   * keeps pointing at them), refused when that is the input file itself, by any name or link, or a
   * directory or a file that cannot be written (named as given).
   *
   * @param in the input file, or null for the standard input
   */
  static Path outputTarget(@Nullable Path in, Path out) throws UsageException, IOException {
    if (!Files.exists(out)) {
      return out.toAbsolutePath();
    }
    if (in != null && Files.exists(in) && Files.isSameFile(in, out)) {
      throw new UsageException("--out " + out + " is the input file " + in
          + " (the same file, by name or through a link): the input is never overwritten; choose another file");
    }
    if (Files.isDirectory(out)) {
      throw new FileSystemException(out.toString(), null, "is a directory, not a file for the results");
    }
    if (!Files.isWritable(out)) {
      throw new AccessDeniedException(out.toString());
    }
    return out.toRealPath();
  }

  /** Writes the results; {@link #writeAtomically} keeps them only when this returns normally. */
  interface WriteAction {
    void writeTo(Writer writer) throws IOException, InputException;
  }

  /** Writes the results as bytes; {@link #writeBytesAtomically} keeps them only when this returns normally. */
  interface ByteWriteAction {
    void writeTo(OutputStream stream) throws IOException, InputException;
  }

  /** {@link #writeAtomically(Path, boolean, WriteAction)} without forcing to disk. */
  static void writeAtomically(Path target, WriteAction action) throws IOException, InputException {
    writeAtomically(target, false, action);
  }

  /** {@link #writeBytesAtomically} through a UTF-8 writer. */
  static void writeAtomically(Path target, boolean fsync, WriteAction action) throws IOException, InputException {
    writeBytesAtomically(target, fsync, stream -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      action.writeTo(writer);
      writer.flush();
    });
  }

  /**
   * Writes {@code target} through a temporary file in its directory, moved into place only when
   * {@code action} completes, so that a failure leaves the target as it was and no partial file.
   *
   * @param fsync whether the file is forced to disk before the move (a power cut cannot then leave the
   *     target without its content)
   */
  static void writeBytesAtomically(Path target, boolean fsync, ByteWriteAction action)
      throws IOException, InputException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new FileSystemException(target.toString(), null, "is not a file name");
    }
    Path temp;
    try {
      temp = createTemp(dir, name.toString());
    } catch (FileSystemException e) {
      // The user named the target, not our temporary file: say which one cannot be written.
      String reason = e.getReason();
      throw new FileSystemException(absolute.toString(), null, "cannot create a file in " + dir + ": "
          + (reason != null ? reason : e.getClass().getSimpleName()));
    }
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        action.writeTo(stream);
        stream.flush();
        // On disk before the rename, so that a power cut cannot leave the new name with no content. Not
        // by default: like sort -o and sed -i, the rename alone protects from every failure of the
        // program; forcing 1.7 GB of results to this machine's disk took 4 s of a 10 s batch.
        if (fsync) {
          channel.force(true);
        }
      }
      if (Files.exists(absolute) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The original failure is what the user must see; a stray hidden temporary file is not.
        }
      }
    }
  }

  /** A new empty hidden file beside the target, with the default permissions of a new file. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 9) {
          throw e;
        }
      }
    }
  }

  /** What a batch did: rows evaluated or not, and the first few bad rows as {@code file:line:} messages. */
  static final class Batch {
    int rows;
    int failed;
    final List<String> firstErrors = new ArrayList<>();

    /** Adds what a later part of the file did. */
    void add(Batch later) {
      rows += later.rows;
      failed += later.failed;
      for (String e : later.firstErrors) {
        if (firstErrors.size() < ROW_ERRORS_PRINTED) {
          firstErrors.add(e);
        }
      }
    }
  }

  static Batch evaluateCsv(TransitPolicy policy, Path in, String name, OutputStream output, boolean json,
      boolean codes) throws IOException, InputException {
    try (InputStream stream = Files.newInputStream(in); Utf8Lines lines = new Utf8Lines(stream, name)) {
      return evaluateCsv(policy, lines, name, output, json, codes);
    }
  }

  /** Rows evaluated together by one worker: large enough to amortise the hand-over, small enough to stream. */
  static final int CHUNK_ROWS = 2048;

  /**
   * Evaluates every row of a CSV of trips, writing one result row per trip (CSV, or a JSON object per
   * line with {@code json}) in the order of the input; a row that cannot be evaluated becomes an
   * {@code ERROR} row and the others go on.
   *
   * <p>This thread reads, decodes and writes; chunks of {@link #CHUNK_ROWS} rows are split, built,
   * evaluated and encoded on one worker per core, a bounded number at a time, and written back in
   * order. The chunks and their buffers are used again: a chunk's results are megabytes.
   *
   * <p>Without {@code codes} the rows leave out {@code failing_codes} and {@code unknown_codes}, and
   * the statuses of the rules the verdict did not need are never made.
   *
   * @throws InputException naming {@code file:line} when the file as a whole is unusable: no header,
   *     a missing or duplicated column, malformed UTF-8
   */
  static Batch evaluateCsv(TransitPolicy policy, Utf8Lines reader, String name, OutputStream output, boolean json,
      boolean codes) throws IOException, InputException {
    String header = reader.next();
    if (header == null) {
      throw new InputException(name + ":1: empty file: expected a header line");
    }
    List<String> columns = new ArrayList<>();
    try {
      for (String c : Csv.split(header.startsWith("\uFEFF") ? header.substring(1) : header)) {
        columns.add(c.strip());
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(name + ":1: " + e.getMessage());
    }
    checkHeader(columns, name);
    Layout layout = new Layout(columns, json, codes);
    Checker checker = new Checker(policy);
    if (!json) {
      String resultHeader = codes ? RESULT_HEADER : RESULT_HEADER_NO_CODES;
      output.write((layout.withId ? "id," + resultHeader + "\r\n" : resultHeader + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Batch batch = new Batch();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    int maxPending = 2 * threads + 2;
    ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    ArrayDeque<Chunk> written = new ArrayDeque<>();
    @Nullable ExecutorService pool = null;
    try {
      Chunk chunk = new Chunk();
      String line;
      while ((line = reader.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        chunk.add(reader.lineNumber(), line);
        if (chunk.size == CHUNK_ROWS) {
          if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, TransitCheck::worker);
          }
          Chunk full = chunk;
          pending.add(pool.submit(() -> full.evaluate(checker, layout, name)));
          if (pending.size() >= maxPending) {
            written.add(writeChunk(pending.remove(), output, batch));
          }
          chunk = written.isEmpty() ? new Chunk() : written.remove().clear();
        }
      }
      while (!pending.isEmpty()) {
        writeChunk(pending.remove(), output, batch);
      }
      // The last part, or a small file as a whole, needs no other thread.
      chunk.evaluate(checker, layout, name).out.writeTo(output);
      batch.add(chunk.batch);
      return batch;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Thread worker(Runnable task) {
    Thread t = new Thread(task, "transit-check-worker");
    t.setDaemon(true);
    return t;
  }

  /** Writes the next chunk when it is evaluated; returns it, to be used again. */
  private static Chunk writeChunk(Future<Chunk> next, OutputStream output, Batch batch) throws IOException {
    Chunk done;
    try {
      done = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while evaluating the rows");
    } catch (ExecutionException e) {
      // Each row catches what evaluating it throws: what gets here is an Error, such as running out of memory.
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    done.out.writeTo(output);
    batch.add(done.batch);
    return done;
  }

  /** Some rows of the file with their line numbers, and once evaluated, their results. */
  static final class Chunk {
    final int[] lineNumbers = new int[CHUNK_ROWS];
    final String[] lines = new String[CHUNK_ROWS];
    int size;
    /** The result rows, UTF-8. */
    final Utf8Builder out = new Utf8Builder(CHUNK_ROWS * 128);
    /** One JSON or error row at a time, before it is encoded into {@link #out}. */
    final StringBuilder row = new StringBuilder(512);
    Batch batch = new Batch();

    void add(int lineNumber, String line) {
      lineNumbers[size] = lineNumber;
      lines[size++] = line;
    }

    /** Empties the chunk for the next rows, keeping its buffers. */
    Chunk clear() {
      size = 0;
      out.clear();
      batch = new Batch();
      return this;
    }

    Chunk evaluate(Checker checker, Layout layout, String name) {
      Status[] statuses = checker.buffer();
      for (int i = 0; i < size; i++) {
        evaluateRow(checker, statuses, layout, name, lineNumbers[i], lines[i], this);
        lines[i] = "";
      }
      return this;
    }
  }

  private static void evaluateRow(Checker checker, Status[] statuses, Layout layout, String name, int lineNo,
      String line, Chunk chunk) {
    Batch batch = chunk.batch;
    StringBuilder row = chunk.row;
    row.setLength(0);
    batch.rows++;
    String column = "";
    String reason;
    String @Nullable [] cells = null;
    try {
      cells = layout.cells(line);
      Evaluator.Decision decision = checker.decide(layout.trip(cells));
      if (layout.json) {
        layout.append(row, cells, lineNo, checker.results(decision, layout.codes ? statuses : null));
        chunk.out.append(row);
      } else {
        checker.appendCsv(chunk.out, layout.id(cells), lineNo, decision, layout.codes ? statuses : null);
      }
      return;
    } catch (FieldException e) {
      column = csvColumn(e.field);
      reason = e.reason;
    } catch (RuntimeException e) {
      reason = "internal error: the trip could not be evaluated: " + e;
    }
    batch.failed++;
    if (batch.firstErrors.size() < ROW_ERRORS_PRINTED) {
      batch.firstErrors.add(name + ":" + lineNo + ": " + (column.isEmpty() ? "" : "column " + column + ": ")
          + reason);
    }
    row.setLength(0);
    layout.append(row, cells, lineNo, new String[] {ERROR_VERDICT, "", "", "", "", "", column, reason});
    chunk.out.append(row);
  }

  /** Refuses a header without every column, or with a column more than once (naming each once). */
  private static void checkHeader(List<String> columns, String name) throws InputException {
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      // Blank names are read by nobody: spreadsheets export trailing empty columns.
      if (!columns.get(i).isEmpty()) {
        positions.computeIfAbsent(columns.get(i), k -> new ArrayList<>()).add(i + 1);
      }
    }
    List<String> duplicates = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
      if (e.getValue().size() > 1) {
        List<String> at = new ArrayList<>();
        for (int p : e.getValue()) {
          at.add(Integer.toString(p));
        }
        duplicates.add(e.getKey() + " (columns " + humanList(at) + ")");
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InputException(name + ":1: duplicate column" + (duplicates.size() == 1 ? " " : "s ")
          + String.join(", ", duplicates) + ": each column may appear once");
    }
    List<String> missing = new ArrayList<>();
    for (String c : CSV_COLUMNS) {
      if (!positions.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(name + ":1: missing column" + (missing.size() == 1 ? " " : "s ")
          + humanList(missing));
    }
  }

  /** The CSV column a trip field comes from. */
  private static String csvColumn(String field) {
    return field.equals("visit") ? "visits" : field.replace('-', '_');
  }

  /** The columns of one file: where each field is, and how its results are written. */
  static final class Layout {
    /** Each column's position by its field name as the flags have it ({@code arrive-at}). */
    private final Map<String, Integer> positions = new HashMap<>();
    private final int size;
    private final int idPosition;
    final boolean withId;
    final boolean json;
    /** Whether the rows have the code columns (not with {@code --no-codes}). */
    final boolean codes;

    Layout(List<String> columns, boolean json, boolean codes) {
      for (int i = 0; i < columns.size(); i++) {
        positions.put(columns.get(i).replace('_', '-'), i);
      }
      this.size = columns.size();
      Integer id = positions.get(ID_COLUMN);
      this.idPosition = id == null ? -1 : id;
      this.withId = id != null;
      this.json = json;
      this.codes = codes;
    }

    /** The cells of a row, as many as the header has. */
    String[] cells(String line) throws FieldException {
      List<String> cells;
      try {
        cells = Csv.split(line);
      } catch (IllegalArgumentException e) {
        throw new FieldException(WHOLE_ROW, String.valueOf(e.getMessage()));
      }
      if (cells.size() != size) {
        throw new FieldException(WHOLE_ROW, "has " + cells.size() + " cells, the header has " + size);
      }
      return cells.toArray(new String[0]);
    }

    private String get(String[] cells, String field) {
      Integer at = positions.get(field);
      return at == null ? "" : cells[at];
    }

    Trip trip(String[] cells) throws FieldException {
      List<String> places = new ArrayList<>();
      for (String v : get(cells, "visits").split(";")) {
        if (!v.isBlank()) {
          places.add(v);
        }
      }
      return buildTrip(field -> get(cells, field), places, bool(cells, "stays-in-port", false),
          bool(cells, "onward-ticket", true), bool(cells, "visa-refusal", false),
          bool(cells, "immigration-violation", false), bool(cells, "permanent-resident-card", false));
    }

    private boolean bool(String[] cells, String field, boolean fallback) throws FieldException {
      String v = get(cells, field).strip().toLowerCase(Locale.ROOT);
      if (v.isEmpty()) {
        return fallback;
      }
      if (v.equals("true") || v.equals("yes")) {
        return true;
      }
      if (v.equals("false") || v.equals("no")) {
        return false;
      }
      throw new FieldException(field, "\"" + v + "\" is not true or false");
    }

    /**
     * The row's id: null when the file has no id column, empty when the row could not be split into as
     * many cells as the header has (its id cell is not known).
     */
    @Nullable String id(String @Nullable [] cells) {
      return !withId ? null : cells == null ? "" : cells[idPosition];
    }

    /**
     * Appends one result row: the id when the file has an id column (empty when the row could not be
     * split into as many cells as the header has: its id cell is not known), the line and the results.
     */
    void append(StringBuilder out, String @Nullable [] cells, int lineNo, String[] results) {
      @Nullable String id = id(cells);
      if (json) {
        Results.appendJson(out, id, lineNo, results, codes);
      } else {
        Results.appendCsv(out, id, lineNo, results, codes);
      }
    }
  }

  /** The result fields after {@code line}, as {@link #RESULT_HEADER} names them. */
  static final class Results {
    private static final String[] NAMES = RESULT_HEADER.substring("line,".length()).split(",");

    private Results() {}

    /** Whether field {@code i} is one of the code lists, which {@code --no-codes} leaves out. */
    private static boolean isCodes(int i) {
      return NAMES[i].endsWith("_codes");
    }

    /** One CSV row; without {@code codes} the code fields are left out, the other fields as they are. */
    static void appendCsv(StringBuilder b, @Nullable String id, int lineNo, String[] results, boolean codes) {
      if (id != null) {
        Csv.appendCell(b, id);
        b.append(',');
      }
      b.append(lineNo);
      for (int i = 0; i < results.length; i++) {
        if (codes || !isCodes(i)) {
          b.append(',');
          Csv.appendCell(b, results[i]);
        }
      }
      b.append("\r\n");
    }

    /**
     * One JSON object and a line feed: {@code id} (when given) and {@code line} (when not negative)
     * first, then the result fields; an empty field is {@code null}, the codes are arrays (left out
     * without {@code codes}).
     */
    static void appendJson(StringBuilder b, @Nullable String id, int lineNo, String[] results, boolean codes) {
      b.append('{');
      boolean first = true;
      if (id != null) {
        b.append("\"id\":");
        Json.appendString(b, id);
        first = false;
      }
      if (lineNo >= 0) {
        b.append(first ? "" : ",").append("\"line\":").append(lineNo);
        first = false;
      }
      for (int i = 0; i < results.length; i++) {
        if (!codes && isCodes(i)) {
          continue;
        }
        b.append(first ? "" : ",").append('"').append(NAMES[i]).append("\":");
        first = false;
        String r = results[i];
        if (isCodes(i)) {
          b.append('[');
          if (!r.isEmpty()) {
            String[] listed = r.split(" ");
            for (int c = 0; c < listed.length; c++) {
              b.append(c == 0 ? "" : ",");
              Json.appendString(b, listed[c]);
            }
          }
          b.append(']');
        } else if (r.isEmpty()) {
          b.append("null");
        } else {
          Json.appendString(b, r);
        }
      }
      b.append("}\n");
    }
  }

  /**
   * Evaluates trips for the result fields: through the engine's evaluator with every rule's status, so
   * that a row's codes come without making its findings and their messages (a third of the cost of a
   * row that needs a visa). Thread-safe; each thread brings its own {@link #buffer}.
   */
  static final class Checker {
    private final Evaluator evaluator;
    /** {@code REGIME:CODE} of every rule in ASCII and a space, in the order of the statuses. */
    private final byte[][] labelBytes;
    /** All the labels' lengths together: the most a code list can take. */
    private final int allLabels;
    /** Per regime, the place of its first rule among all rules, and how many rules it has. */
    private final int[] firsts;
    private final int[] counts;
    /**
     * Per regime, by the set of its rules listed (bit {@code k} for its rule {@code k}), their labels
     * joined, each with its space: made when first listed. A row lists dozens of codes; copied a regime
     * at a time they take a dozen copies instead.
     */
    private final @Nullable Run[][] runs;

    /** Labels joined; a holder, whose final field publishes the bytes to every worker. */
    private static final class Run {
      final byte[] bytes;

      Run(byte[] bytes) {
        this.bytes = bytes;
      }
    }

    /** Regimes of more rules than this list their codes one label at a time. */
    private static final int MOST_RULES_JOINED = 16;

    Checker(TransitPolicy policy) {
      this.evaluator = new Evaluator(policy.catalogue());
      List<String> all = new ArrayList<>();
      List<Regime> regimes = evaluator.regimes();
      this.firsts = new int[regimes.size()];
      this.counts = new int[regimes.size()];
      this.runs = new Run[regimes.size()][];
      for (int r = 0; r < regimes.size(); r++) {
        Regime regime = regimes.get(r);
        firsts[r] = all.size();
        for (FindingCode code : evaluator.codes(regime)) {
          all.add(regime + ":" + code);
        }
        counts[r] = all.size() - firsts[r];
        runs[r] = new Run[counts[r] <= MOST_RULES_JOINED ? 1 << counts[r] : 0];
      }
      String[] labels = all.toArray(new String[0]);
      for (String label : labels) {
        // appendCsv writes labels unquoted, separated by spaces.
        if (label.chars().anyMatch(c -> c == ',' || c == '"' || c == ' ' || c == '\r' || c == '\n')) {
          throw new IllegalStateException("a rule label needs quoting: " + label);
        }
      }
      this.labelBytes = new byte[labels.length][];
      int length = 0;
      for (int i = 0; i < labels.length; i++) {
        labelBytes[i] = (labels[i] + " ").getBytes(StandardCharsets.US_ASCII);
        length += labelBytes[i].length;
      }
      this.allLabels = length;
    }

    Status[] buffer() {
      return new Status[evaluator.ruleCount()];
    }

    Evaluator.Decision decide(Trip trip) {
      return evaluator.decide(trip);
    }

    /**
     * The result fields of an evaluation. Only a trip that needs a visa or a review lists codes: a
     * visa-free trip has no reasons against it, and the regimes do not apply to a traveller who is
     * not a foreigner (NOT_APPLICABLE), so their failures would be noise.
     *
     * @param statuses room for every rule's status; null to leave the code fields empty ({@code --no-codes})
     */
    String[] results(Evaluator.Decision decision, Status @Nullable [] statuses) {
      Evaluation e = decision.evaluation();
      String failing = "";
      String unknown = "";
      if (statuses != null && listsReasons(e)) {
        decision.statuses(statuses);
        failing = codes(statuses, Status.FAIL);
        unknown = codes(statuses, Status.UNKNOWN);
      }
      return new String[] {
        e.verdict().name(),
        e.regime().map(Enum::name).orElse(""),
        e.exitDeadline().map(d -> d.toOffsetDateTime().toString()).orElse(""),
        failing,
        unknown,
        e.suggestedVisa().map(Enum::name).orElse(""),
        "",
        ""
      };
    }

    /** Whether the row lists the codes against the trip (see {@link #results}). */
    private static boolean listsReasons(Evaluation e) {
      return e.verdict() == Verdict.VISA_REQUIRED || e.verdict() == Verdict.NEEDS_REVIEW;
    }

    /**
     * Appends the CSV row {@link Results#appendCsv} makes of {@link #results}, with the codes written
     * straight from the statuses: most rows list dozens, and building them as strings to copy and scan
     * for quotes again was a fifth of a batch's time.
     *
     * @param statuses room for every rule's status; null to leave the code columns out ({@code --no-codes})
     */
    void appendCsv(Utf8Builder b, @Nullable String id, int lineNo, Evaluator.Decision decision,
        Status @Nullable [] statuses) {
      Evaluation e = decision.evaluation();
      if (id != null) {
        b.append(Csv.cell(id)).append(',');
      }
      b.append(Integer.toString(lineNo)).append(',').append(e.verdict().name()).append(',');
      if (e.regime().isPresent()) {
        b.append(e.regime().get().name());
      }
      b.append(',');
      if (e.exitDeadline().isPresent()) {
        b.appendIso(e.exitDeadline().get());
      }
      b.append(',');
      if (statuses != null) {
        if (listsReasons(e)) {
          decision.statuses(statuses);
          appendCodes(b, statuses, Status.FAIL);
          b.append(',');
          appendCodes(b, statuses, Status.UNKNOWN);
        } else {
          b.append(',');
        }
        b.append(',');
      }
      if (e.suggestedVisa().isPresent()) {
        b.append(e.suggestedVisa().get().name());
      }
      // error_column and error_reason: empty on an evaluated row.
      b.append(",,\r\n");
    }

    /**
     * The labels of the rules with {@code status}, separated by spaces: each label is copied with the
     * space after it into room made once, and the last space is taken back.
     */
    private void appendCodes(Utf8Builder b, Status[] statuses, Status status) {
      byte[] out = b.room(allLabels);
      int start = b.length();
      int at = start;
      for (int r = 0; r < firsts.length; r++) {
        int first = firsts[r];
        int count = counts[r];
        if (count > MOST_RULES_JOINED) {
          for (int i = first; i < first + count; i++) {
            if (statuses[i] == status) {
              at = copy(labelBytes[i], out, at);
            }
          }
          continue;
        }
        int listed = 0;
        for (int k = count - 1; k >= 0; k--) {
          listed = listed << 1 | (statuses[first + k] == status ? 1 : 0);
        }
        if (listed != 0) {
          at = copy(run(r, listed), out, at);
        }
      }
      b.setLength(at > start ? at - 1 : at);
    }

    private static int copy(byte[] bytes, byte[] out, int at) {
      System.arraycopy(bytes, 0, out, at, bytes.length);
      return at + bytes.length;
    }

    /** The labels of regime {@code r}'s rules in {@code listed}, joined. Racy but safe: equal whoever makes it. */
    private byte[] run(int r, int listed) {
      @Nullable Run[] byListed = runs[r];
      Run run = byListed[listed];
      if (run == null) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < counts[r]; k++) {
          if ((listed & 1 << k) != 0) {
            joined.writeBytes(labelBytes[firsts[r] + k]);
          }
        }
        run = new Run(joined.toByteArray());
        byListed[listed] = run;
      }
      return run.bytes;
    }

    /** The {@code REGIME:CODE} of every rule with a status, in the findings' order, separated by spaces. */
    private String codes(Status[] statuses, Status status) {
      Utf8Builder b = new Utf8Builder(512);
      appendCodes(b, statuses, status);
      return b.toString();
    }
  }

  /**
   * ISO dates and date-times as {@link LocalDate#parse} and {@link LocalDateTime#parse} read them, the
   * usual {@code yyyy-MM-dd} and {@code yyyy-MM-ddTHH:mm} read digit by digit: the JDK's formatter
   * costs more than the rest of a row's parsing. Whatever is not exactly that shape, or is no valid
   * date, goes to the JDK's parser, which reads it or throws its own {@code DateTimeParseException}.
   */
  static final class Dates {
    private Dates() {}

    static LocalDate date(String text) {
      String t = text.strip();
      if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if ((year | month | day) >= 0 && valid(year, month, day)) {
          return LocalDate.of(year, month, day);
        }
      }
      return LocalDate.parse(t);
    }

    static LocalDateTime dateTime(String text) {
      String t = text.strip();
      if (t.length() == 16 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T' && t.charAt(13) == ':') {
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        if ((year | month | day | hour | minute) >= 0 && valid(year, month, day) && hour < 24 && minute < 60) {
          return LocalDateTime.of(year, month, day, hour, minute);
        }
      }
      return LocalDateTime.parse(t);
    }

    /** The number the ASCII digits from {@code start} to {@code end} write, or -1 if one is not a digit. */
    private static int digits(String t, int start, int end) {
      int n = 0;
      for (int i = start; i < end; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    private static boolean valid(int year, int month, int day) {
      return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
    }
  }

  /** JSON string literals (RFC 8259). */
  static final class Json {
    private Json() {}

    static void appendString(StringBuilder b, String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"':
            b.append("\\\"");
            break;
          case '\\':
            b.append("\\\\");
            break;
          case '\n':
            b.append("\\n");
            break;
          case '\r':
            b.append("\\r");
            break;
          case '\t':
            b.append("\\t");
            break;
          default:
            // Other control characters, and the two separators JavaScript does not allow in a string.
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
              b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              b.append(c);
            }
        }
      }
      b.append('"');
    }
  }

  /**
   * The lines of a UTF-8 file, decoded one at a time so that malformed input is reported with its
   * line (a {@code Reader} decodes ahead in blocks and cannot say which line was bad). Lines end at
   * LF, CR LF or CR, as {@link java.io.BufferedReader#readLine} has it.
   */
  static final class Utf8Lines implements Closeable {
    private final InputStream in;
    private final String name;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private CharBuffer chars = CharBuffer.allocate(256);
    private int lineNumber;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);

    Utf8Lines(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    /** The 1-based number of the line {@link #next} returned last. */
    int lineNumber() {
      return lineNumber;
    }

    /**
     * The next line without its terminator, or null at the end.
     *
     * @throws InputException naming the file, the line and the byte when the line is not UTF-8
     */
    @Nullable String next() throws IOException, InputException {
      int length = 0;
      boolean any = false;
      while (position < limit || fill()) {
        any = true;
        byte b = buffer[position++];
        if (b == '\n') {
          break;
        }
        if (b == '\r') {
          if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
          }
          break;
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = b;
      }
      if (!any) {
        return null;
      }
      lineNumber++;
      return decode(length);
    }

    private boolean isAscii(int length) {
      for (int i = 0; i < length; i++) {
        if (line[i] < 0) {
          return false;
        }
      }
      return true;
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer, 0, buffer.length);
      position = 0;
      limit = Math.max(n, 0);
      return n > 0;
    }

    private String decode(int length) throws InputException {
      if (isAscii(length)) {
        // Most batch files are plain ASCII: a copy, without the decoder's bookkeeping.
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (chars.capacity() < length) {
        chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
      }
      chars.clear();
      ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
      decoder.reset();
      CoderResult result = decoder.decode(bytes, chars, true);
      if (!result.isError()) {
        result = decoder.flush(chars);
      }
      if (result.isError()) {
        StringBuilder bad = new StringBuilder();
        for (int i = bytes.position(); i < Math.min(length, bytes.position() + result.length()); i++) {
          bad.append(bad.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", line[i] & 0xFF));
        }
        throw new InputException(name + ":" + lineNumber + ": not UTF-8: byte " + (bytes.position() + 1)
            + " of the line (" + bad + ") is malformed; save the file as UTF-8");
      }
      chars.flip();
      return chars.toString();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * A growable buffer of UTF-8 bytes for result rows: ASCII text, nearly all of it, is copied a char a
   * byte; any other text is encoded. Not thread-safe: a chunk's own.
   */
  static final class Utf8Builder {
    private byte[] bytes;
    private int length;

    Utf8Builder(int capacity) {
      this.bytes = new byte[capacity];
    }

    void clear() {
      length = 0;
    }

    /** The bytes so far, decoded. */
    @Override
    public String toString() {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }


    void writeTo(OutputStream out) throws IOException {
      out.write(bytes, 0, length);
    }

    /** Appends bytes that are ASCII. */
    Utf8Builder append(byte[] ascii) {
      ensure(ascii.length);
      System.arraycopy(ascii, 0, bytes, length, ascii.length);
      length += ascii.length;
      return this;
    }

    /** Appends an ASCII character. */
    Utf8Builder append(char ascii) {
      ensure(1);
      bytes[length++] = (byte) ascii;
      return this;
    }

    /** Appends text as UTF-8 (a lone surrogate as {@code ?}, as {@link String#getBytes} writes it). */
    Utf8Builder append(CharSequence text) {
      int n = text.length();
      ensure(n);
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          length += i;
          byte[] rest = text.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
          ensure(rest.length);
          System.arraycopy(rest, 0, bytes, length, rest.length);
          length += rest.length;
          return this;
        }
        bytes[length + i] = (byte) c;
      }
      length += n;
      return this;
    }

    /**
     * Appends a moment as {@link java.time.OffsetDateTime#toString} writes it ({@code 2025-12-12T00:00+08:00},
     * seconds only when not zero), digit by digit for the years 1000 to 9999 and whole seconds: the exit
     * deadlines a batch writes. Any other moment goes through {@code toString} itself, whose compiled
     * form was a tenth of the compiler's work in a fresh JVM.
     */
    Utf8Builder appendIso(ZonedDateTime moment) {
      int year = moment.getYear();
      if (year < 1000 || year > 9999 || moment.getNano() != 0) {
        return append(moment.toOffsetDateTime().toString());
      }
      ensure(25);
      byte[] b = bytes;
      int at = digits(b, length, year, 4);
      b[at++] = '-';
      at = digits(b, at, moment.getMonthValue(), 2);
      b[at++] = '-';
      at = digits(b, at, moment.getDayOfMonth(), 2);
      b[at++] = 'T';
      at = digits(b, at, moment.getHour(), 2);
      b[at++] = ':';
      at = digits(b, at, moment.getMinute(), 2);
      int second = moment.getSecond();
      if (second != 0) {
        b[at++] = ':';
        at = digits(b, at, second, 2);
      }
      length = at;
      return append(moment.getOffset().getId());
    }

    /** Writes {@code value}, not negative, as {@code width} digits at {@code at}; returns the end. */
    private static int digits(byte[] b, int at, int value, int width) {
      for (int i = at + width - 1; i >= at; i--) {
        b[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      return at + width;
    }

    /** The buffer, with room for {@code more} bytes after {@link #length()}; valid until the next append. */
    byte[] room(int more) {
      ensure(more);
      return bytes;
    }

    int length() {
      return length;
    }

    /** Ends the text at {@code length}, which is at most the bytes written into {@link #room}. */
    void setLength(int length) {
      this.length = length;
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
      }
    }
  }

  /** Minimal RFC 4180 CSV: quoted cells with doubled quotes; no line breaks inside cells. */
  static final class Csv {
    private Csv() {}

    /**
     * The cells of one line.
     *
     * @throws IllegalArgumentException if a quoted cell is not closed
     */
    static List<String> split(String line) {
      List<String> cells = new ArrayList<>(24);
      if (line.indexOf('"') < 0) {
        // No quoted cell: each cell is the text between two commas, taken without copying it twice.
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
          cells.add(line.substring(start, comma));
          start = comma + 1;
        }
        cells.add(line.substring(start));
        return cells;
      }
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException("a quoted cell is not closed (line breaks inside cells are not read)");
      }
      cells.add(cell.toString());
      return cells;
    }

    /** One cell, quoted when it holds a comma, a quote or a line break. */
    static void appendCell(StringBuilder b, String c) {
      b.append(cell(c));
    }

    /** The cell as written: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
    static String cell(String c) {
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        return '"' + c.replace("\"", "\"\"") + '"';
      }
      return c;
    }
  }
}
