package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.CatalogueDiff;
import io.github.transitpolicy.data.CatalogueException;
import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.GroupOrganiser;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TourGroup;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * partial one; the input file is never opened for writing.
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
      "Usage: transit-check [options]            evaluate one trip",
      "       transit-check --csv FILE [--out FILE] [--lang en|zh]",
      "                                           evaluate a CSV of trips into a CSV of results",
      "       transit-check diff OLD_DIR NEW_DIR [--json]",
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
      "  --lang en|zh            language of the output (default en)",
      "All but --document, --visit, --residence-permit-until, --tour-group and the switches are required.",
      "",
      "CSV input (UTF-8): a header line with the columns nationality, document, expiry, arrive, arrive_at,",
      "from, depart, depart_at, to, purpose, visits (codes separated by ';'), stays_in_port",
      "(true/false), onward_ticket (true/false), each once; document, visits, stays_in_port and",
      "onward_ticket may be left empty. Optional columns, each may be empty: permanent_resident_card",
      "(true/false), residence_permit_until (yyyy-MM-dd), tour_group (ORGANISER:SIZE) and",
      "stays_with_ship (true/false). Output: line, verdict, regime, exit_deadline,",
      "failing_codes, unknown_codes, suggested_visa (the codes as REGIME:CODE, empty for a visa-free trip),",
      "error_column, error_reason. A row that cannot be evaluated gives verdict ERROR with the column",
      "(empty when the row as a whole is wrong) and the reason, and the other rows are still evaluated.",
      "--out must not name the input file; it is replaced only when all rows are written.",
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
    int code = run(args, System.out, System.err);
    System.exit(code);
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors go
   * @return the exit code (see the class description)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("diff")) {
      return runDiff(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    Map<String, List<String>> flags;
    try {
      flags = parse(args);
    } catch (UsageException e) {
      return usageError(err, e);
    }
    if (flags.containsKey("help") || args.length == 0) {
      out.println(USAGE_TEXT);
      return args.length == 0 ? USAGE : OK;
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
      return runCsv(flags, out, err);
    }
    Trip trip;
    try {
      if (flags.containsKey("out")) {
        throw new UsageException("--out is for --csv; one trip is printed");
      }
      trip = tripFromFlags(flags);
    } catch (UsageException e) {
      return usageError(err, e);
    } catch (FieldException e) {
      err.println("transit-check: --" + e.field + ": " + e.reason);
      return DATA_ERROR;
    }
    Evaluation result;
    try {
      result = TransitPolicy.bundled().evaluate(trip);
    } catch (RuntimeException e) {
      // An uncaught exception would exit 1, which here means "visa required": a wrong answer.
      err.println("transit-check: internal error: the trip could not be evaluated: " + e);
      return INTERNAL_ERROR;
    }
    out.println(result.describe(locale));
    return exitCode(result.verdict());
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
      "stays-with-ship");
  private static final List<String> REQUIRED_FLAGS = List.of("nationality", "expiry", "arrive", "arrive-at",
      "from", "depart", "depart-at", "to", "purpose");
  private static final List<String> VALUE_FLAGS = List.of("nationality", "document", "expiry", "arrive",
      "arrive-at", "from", "depart", "depart-at", "to", "purpose", "visit", "lang", "csv", "out", "residence-permit-until",
      "tour-group");
  private static final List<String> SWITCHES = List.of("stays-in-port", "no-onward-ticket", "visa-refusal",
      "immigration-violation", "permanent-resident-card", "stays-with-ship", "help");

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
    Map<String, String> fields = new HashMap<>();
    for (String f : REQUIRED_FLAGS) {
      fields.put(f, single(flags, f, ""));
    }
    fields.put("document", single(flags, "document", ""));
    fields.put("residence-permit-until", single(flags, "residence-permit-until", ""));
    fields.put("tour-group", single(flags, "tour-group", ""));
    fields.put("stays-with-ship", flags.containsKey("stays-with-ship") ? "true" : "");
    return buildTrip(fields, flags.getOrDefault("visit", List.of()), flags.containsKey("stays-in-port"),
        !flags.containsKey("no-onward-ticket"), flags.containsKey("visa-refusal"),
        flags.containsKey("immigration-violation"), flags.containsKey("permanent-resident-card"));
  }

  /**
   * Builds a trip from text fields named as the flags are (without {@code --}); an empty or absent
   * {@code residence-permit-until} means no permit, an empty {@code tour-group} no group, an empty
   * {@code stays-with-ship} false.
   */
  static Trip buildTrip(Map<String, String> f, List<String> visits, boolean staysInPort, boolean onwardTicket,
      boolean refusal, boolean violation, boolean permanentResidentCard) throws FieldException {
    String field = "";
    try {
      field = "nationality";
      CountryCode nationality = CountryCode.of(f.getOrDefault(field, ""));
      field = "document";
      String doc = f.getOrDefault(field, "");
      DocumentType type = doc.isBlank() ? DocumentType.ORDINARY_PASSPORT
          : enumValue(DocumentType.class, DocumentType.values(), field, doc, "document type");
      field = "expiry";
      LocalDate expiry = LocalDate.parse(f.getOrDefault(field, "").strip());
      field = "from";
      CountryCode from = CountryCode.of(f.getOrDefault(field, ""));
      field = "to";
      CountryCode to = CountryCode.of(f.getOrDefault(field, ""));
      field = "arrive-at";
      LocalDateTime arriveAt = LocalDateTime.parse(f.getOrDefault(field, "").strip());
      field = "depart-at";
      LocalDateTime departAt = LocalDateTime.parse(f.getOrDefault(field, "").strip());
      field = "arrive";
      Arrival arrival = Arrival.of(f.getOrDefault(field, ""), arriveAt, from);
      field = "depart";
      Departure departure = Departure.of(f.getOrDefault(field, ""), departAt, to).withOnwardTicketConfirmed(onwardTicket);
      field = "purpose";
      Purpose purpose = enumValue(Purpose.class, Purpose.values(), field, f.getOrDefault(field, ""), "purpose");
      field = "visit";
      List<PlaceCode> places = new ArrayList<>();
      for (String v : visits) {
        places.add(PlaceCode.of(v.strip()));
      }
      field = "expiry";
      TravelDocument document = TravelDocument.of(type, expiry);
      field = "residence-permit-until";
      String permitText = f.getOrDefault(field, "").strip();
      Traveller traveller = Traveller.of(nationality, document).withPermanentResidentCard(permanentResidentCard);
      if (!permitText.isEmpty()) {
        traveller = traveller.withResidencePermitUntil(LocalDate.parse(permitText));
      }
      field = "tour-group";
      Optional<TourGroup> group = tourGroup(f.getOrDefault(field, ""));
      boolean staysWithShip = bool(f, "stays-with-ship", false);
      field = "depart-at";
      return Trip.builder()
          .traveller(traveller)
          .arrival(arrival)
          .departure(departure)
          .purpose(purpose)
          .addAllVisits(places)
          .staysInPort(staysInPort)
          .visaRefusalDeclared(refusal)
          .immigrationViolationDeclared(violation)
          .tourGroup(group)
          .staysWithShip(staysWithShip)
          .build();
    } catch (DateTimeParseException e) {
      throw new FieldException(field, "\"" + e.getParsedString() + "\" is not a date"
          + (field.endsWith("-at") ? " and time (yyyy-MM-ddTHH:mm)" : " (yyyy-MM-dd)"));
    } catch (DateTimeException | IllegalArgumentException e) {
      String message = e.getMessage();
      throw new FieldException(field, message == null ? "invalid value" : message);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, E[] values, String field, String text,
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

  private static final List<String> CSV_COLUMNS = List.of("nationality", "document", "expiry", "arrive",
      "arrive_at", "from", "depart", "depart_at", "to", "purpose", "visits", "stays_in_port", "onward_ticket");

  static final String RESULT_HEADER =
      "line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa,error_column,error_reason";

  /** The field of a {@link FieldException} about a CSV row as a whole (its error_column is empty). */
  static final String WHOLE_ROW = "";

  /** The verdict column of a row that could not be evaluated. */
  static final String ERROR_VERDICT = "ERROR";

  /** At most this many bad rows are also printed on the error stream; the results hold them all. */
  private static final int ROW_ERRORS_PRINTED = 10;

  private static int runCsv(Map<String, List<String>> flags, PrintStream out, PrintStream err) {
    String inName = single(flags, "csv", "");
    try {
      for (String f : TRIP_FLAGS) {
        if (flags.containsKey(f)) {
          throw new UsageException("--" + f + " cannot be used with --csv: the trips come from the file");
        }
      }
      Path in = path("--csv", inName);
      @Nullable String outName = flags.containsKey("out") ? single(flags, "out", "") : null;
      Batch batch;
      if (outName == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        batch = evaluateCsv(TransitPolicy.bundled(), in, inName, w);
        w.flush();
      } else {
        Path target = outputTarget(in, path("--out", outName));
        Batch[] result = new Batch[1];
        writeAtomically(target, w -> result[0] = evaluateCsv(TransitPolicy.bundled(), in, inName, w));
        batch = result[0];
      }
      for (String e : batch.firstErrors) {
        err.println("transit-check: " + e);
      }
      if (batch.failed == 0) {
        return OK;
      }
      err.println("transit-check: " + inName + ": " + batch.failed + " of " + batch.rows
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
   * Where the results go: the real file behind {@code out} when it exists (so a link to the results
   * keeps pointing at them), refused when that is the input file itself, by any name or link.
   */
  static Path outputTarget(Path in, Path out) throws UsageException, IOException {
    if (!Files.exists(out)) {
      return out.toAbsolutePath();
    }
    if (Files.exists(in) && Files.isSameFile(in, out)) {
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

  /**
   * Writes {@code target} through a temporary file in its directory, moved into place only when
   * {@code action} completes, so that a failure leaves the target as it was and no partial file.
   */
  static void writeAtomically(Path target, WriteAction action) throws IOException, InputException {
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
          Writer writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
              StandardCharsets.UTF_8), 1 << 16)) {
        action.writeTo(writer);
        writer.flush();
        // On disk before the rename, so that a crash cannot leave the new name with no content.
        channel.force(true);
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
  }

  static Batch evaluateCsv(TransitPolicy policy, Path in, String name, Writer output)
      throws IOException, InputException {
    try (InputStream stream = Files.newInputStream(in); Utf8Lines lines = new Utf8Lines(stream, name)) {
      return evaluateCsv(policy, lines, name, output);
    }
  }

  /**
   * Evaluates every row of a CSV of trips, writing one result row per trip; a row that cannot be
   * evaluated becomes an {@code ERROR} row and the others go on.
   *
   * @throws InputException naming {@code file:line} when the file as a whole is unusable: no header,
   *     a missing or duplicated column, malformed UTF-8
   */
  static Batch evaluateCsv(TransitPolicy policy, Utf8Lines reader, String name, Writer output)
      throws IOException, InputException {
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
    Batch batch = new Batch();
    output.write(RESULT_HEADER + "\r\n");
    String line;
    while ((line = reader.next()) != null) {
      int lineNo = reader.lineNumber();
      if (line.isBlank()) {
        continue;
      }
      batch.rows++;
      String column = "";
      String reason;
      try {
        output.write(resultRow(policy, lineNo, columns, line));
        continue;
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
      output.write(Csv.row(List.of(Integer.toString(lineNo), ERROR_VERDICT, "", "", "", "", "", column, reason)));
    }
    return batch;
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

  private static String resultRow(TransitPolicy policy, int lineNo, List<String> columns, String line)
      throws FieldException {
    List<String> cells;
    try {
      cells = Csv.split(line);
    } catch (IllegalArgumentException e) {
      throw new FieldException(WHOLE_ROW, String.valueOf(e.getMessage()));
    }
    if (cells.size() != columns.size()) {
      throw new FieldException(WHOLE_ROW, "has " + cells.size() + " cells, the header has " + columns.size());
    }
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      f.put(columns.get(i).replace('_', '-'), cells.get(i));
    }
    List<String> places = new ArrayList<>();
    for (String v : f.getOrDefault("visits", "").split(";")) {
      if (!v.isBlank()) {
        places.add(v);
      }
    }
    Trip trip = buildTrip(f, places, bool(f, "stays-in-port", false), bool(f, "onward-ticket", true), false, false,
        bool(f, "permanent-resident-card", false));
    Evaluation e = policy.evaluate(trip);
    // A visa-free trip has no reasons against it: the other regimes' failures are noise here.
    boolean visaFree = e.verdict() == Verdict.VISA_FREE;
    return Csv.row(List.of(
        Integer.toString(lineNo),
        e.verdict().name(),
        e.regime().map(Enum::name).orElse(""),
        e.exitDeadline().map(d -> d.toOffsetDateTime().toString()).orElse(""),
        visaFree ? "" : codes(e, Status.FAIL),
        visaFree ? "" : codes(e, Status.UNKNOWN),
        e.suggestedVisa().map(Enum::name).orElse(""),
        "",
        ""));
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

  private static boolean bool(Map<String, String> f, String field, boolean fallback) throws FieldException {
    String v = f.getOrDefault(field, "").strip().toLowerCase(Locale.ROOT);
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

  /** The distinct {@code REGIME:CODE} pairs with a status, separated by spaces. */
  private static String codes(Evaluation e, Status status) {
    StringBuilder b = new StringBuilder();
    for (Finding f : e.findings()) {
      if (f.status() == status) {
        b.append(b.length() == 0 ? "" : " ").append(f.regime()).append(':').append(f.code());
      }
    }
    return b.toString();
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

    private boolean fill() throws IOException {
      int n = in.read(buffer, 0, buffer.length);
      position = 0;
      limit = Math.max(n, 0);
      return n > 0;
    }

    private String decode(int length) throws InputException {
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

  /** Minimal RFC 4180 CSV: quoted cells with doubled quotes; no line breaks inside cells. */
  static final class Csv {
    private Csv() {}

    /**
     * The cells of one line.
     *
     * @throws IllegalArgumentException if a quoted cell is not closed
     */
    static List<String> split(String line) {
      List<String> cells = new ArrayList<>();
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

    static String row(List<String> cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        if (i > 0) {
          b.append(',');
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
          b.append('"').append(c.replace("\"", "\"\"")).append('"');
        } else {
          b.append(c);
        }
      }
      return b.append("\r\n").toString();
    }
  }
}
