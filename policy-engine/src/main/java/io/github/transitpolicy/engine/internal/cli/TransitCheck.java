package io.github.transitpolicy.engine.internal.cli;

import io.github.transitpolicy.engine.TransitPolicy;
import io.github.transitpolicy.model.Arrival;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Departure;
import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Status;
import io.github.transitpolicy.model.TravelDocument;
import io.github.transitpolicy.model.Traveller;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code transit-check}: evaluates one trip given as flags, or a CSV file of trips into a CSV of
 * results, for support staff and data teams who do not write Java.
 *
 * <p>Exit codes: 0 visa-free (or, with {@code --csv}, every row evaluated); 1 visa required;
 * 2 needs review; 3 not applicable; 64 usage error; 65 bad input (the message names the flag or the
 * CSV line and column); 74 a file cannot be read or written.
 */
public final class TransitCheck {

  static final int OK = 0;
  static final int VISA_REQUIRED = 1;
  static final int NEEDS_REVIEW = 2;
  static final int NOT_APPLICABLE = 3;
  static final int USAGE = 64;
  static final int DATA_ERROR = 65;
  static final int IO_ERROR = 74;

  static final String USAGE_TEXT = String.join("\n",
      "Usage: transit-check [options]            evaluate one trip",
      "       transit-check --csv FILE [--out FILE] [--lang en|zh]",
      "                                           evaluate a CSV of trips into a CSV of results",
      "",
      "One trip (times are Beijing time, yyyy-MM-ddTHH:mm):",
      "  --nationality CODE      ISO 3166-1 alpha-2/alpha-3 or ICAO 9303 code (US, USA, D, GBN...)",
      "  --document TYPE         ORDINARY_PASSPORT (default), DIPLOMATIC_PASSPORT, SERVICE_PASSPORT,",
      "                          OFFICIAL_PASSPORT, EMERGENCY_PASSPORT, REFUGEE_TRAVEL_DOCUMENT,",
      "                          STATELESS_TRAVEL_DOCUMENT, HK_MACAO_RESIDENT_PERMIT, TAIWAN_RESIDENT_PERMIT",
      "  --expiry DATE           the document's expiry date, yyyy-MM-dd",
      "  --arrive PORT           arrival port: IATA code, port id or name (PVG, 上海浦东国际机场)",
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
      "  --lang en|zh            language of the output (default en)",
      "",
      "CSV input: a header line with the columns nationality, document, expiry, arrive, arrive_at,",
      "from, depart, depart_at, to, purpose, visits (codes separated by ';'), stays_in_port",
      "(true/false), onward_ticket (true/false); document, visits, stays_in_port and onward_ticket",
      "may be left empty. Output: line, verdict, regime, exit_deadline, failing_codes, unknown_codes,",
      "suggested_visa (the codes as REGIME:CODE, empty for a visa-free trip).",
      "",
      "Exit codes: 0 visa-free (with --csv: all rows evaluated), 1 visa required, 2 needs review,",
      "3 not applicable, 64 usage error, 65 bad input, 74 file error.");

  /** Bad input from the user: reported with the flag or CSV position it came from. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
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
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, List<String>> flags;
    try {
      flags = parse(args);
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      err.println("Run transit-check --help for usage.");
      return USAGE;
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
      err.println("transit-check: --lang: \"" + lang + "\" is not en or zh");
      return USAGE;
    }
    TransitPolicy policy = TransitPolicy.bundled();
    if (flags.containsKey("csv")) {
      return runCsv(policy, flags, out, err);
    }
    try {
      Trip trip = tripFromFlags(flags);
      Evaluation result = policy.evaluate(trip);
      out.println(result.describe(locale));
      return exitCode(result.verdict());
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return DATA_ERROR;
    }
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

  private static final List<String> VALUE_FLAGS = List.of("nationality", "document", "expiry", "arrive",
      "arrive-at", "from", "depart", "depart-at", "to", "purpose", "visit", "lang", "csv", "out");
  private static final List<String> SWITCHES = List.of("stays-in-port", "no-onward-ticket", "visa-refusal",
      "immigration-violation", "help");

  static Map<String, List<String>> parse(String[] args) throws InputException {
    Map<String, List<String>> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h")) {
        a = "--help";
      }
      if (!a.startsWith("--")) {
        throw new InputException("unexpected argument \"" + a + "\"");
      }
      String name = a.substring(2);
      if (SWITCHES.contains(name)) {
        flags.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (VALUE_FLAGS.contains(name)) {
        if (i + 1 >= args.length) {
          throw new InputException("--" + name + " needs a value");
        }
        List<String> values = flags.computeIfAbsent(name, k -> new ArrayList<>());
        if (!name.equals("visit") && !values.isEmpty()) {
          throw new InputException("--" + name + " given twice");
        }
        values.add(args[++i]);
      } else {
        throw new InputException("unknown option --" + name);
      }
    }
    return flags;
  }

  private static String single(Map<String, List<String>> flags, String name, String fallback) {
    List<String> v = flags.get(name);
    return v == null ? fallback : v.get(0);
  }

  private static String required(Map<String, List<String>> flags, String name) throws InputException {
    List<String> v = flags.get(name);
    if (v == null) {
      throw new InputException("--" + name + " is required");
    }
    return v.get(0);
  }

  static Trip tripFromFlags(Map<String, List<String>> flags) throws InputException {
    Map<String, String> fields = new HashMap<>();
    for (String f : List.of("nationality", "document", "expiry", "arrive", "arrive-at", "from", "depart",
        "depart-at", "to", "purpose")) {
      if (!f.equals("document")) {
        fields.put(f, required(flags, f));
      } else if (flags.containsKey(f)) {
        fields.put(f, single(flags, f, ""));
      }
    }
    return buildTrip(fields, flags.getOrDefault("visit", List.of()), flags.containsKey("stays-in-port"),
        !flags.containsKey("no-onward-ticket"), flags.containsKey("visa-refusal"),
        flags.containsKey("immigration-violation"), "--");
  }

  /** Builds a trip from named text fields; {@code prefix} says how fields are named in errors. */
  static Trip buildTrip(Map<String, String> f, List<String> visits, boolean staysInPort, boolean onwardTicket,
      boolean refusal, boolean violation, String prefix) throws InputException {
    String field = "";
    try {
      field = "nationality";
      CountryCode nationality = CountryCode.of(f.getOrDefault(field, ""));
      field = "document";
      String doc = f.getOrDefault(field, "");
      DocumentType type = doc.isBlank() ? DocumentType.ORDINARY_PASSPORT
          : DocumentType.valueOf(doc.strip().toUpperCase(Locale.ROOT));
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
      Purpose purpose = Purpose.valueOf(f.getOrDefault(field, "").strip().toUpperCase(Locale.ROOT));
      field = "visit";
      List<PlaceCode> places = new ArrayList<>();
      for (String v : visits) {
        places.add(PlaceCode.of(v.strip()));
      }
      field = "depart-at";
      return Trip.builder()
          .traveller(Traveller.of(nationality, TravelDocument.of(type, expiry)))
          .arrival(arrival)
          .departure(departure)
          .purpose(purpose)
          .addAllVisits(places)
          .staysInPort(staysInPort)
          .visaRefusalDeclared(refusal)
          .immigrationViolationDeclared(violation)
          .build();
    } catch (DateTimeParseException e) {
      throw new InputException(prefix + field + ": \"" + e.getParsedString() + "\" is not a date"
          + (field.endsWith("-at") ? " and time (yyyy-MM-ddTHH:mm)" : " (yyyy-MM-dd)"));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new InputException(prefix + field + ": " + (message == null ? "invalid value" : message));
    }
  }

  private static final List<String> CSV_COLUMNS = List.of("nationality", "document", "expiry", "arrive",
      "arrive_at", "from", "depart", "depart_at", "to", "purpose", "visits", "stays_in_port", "onward_ticket");

  private static int runCsv(TransitPolicy policy, Map<String, List<String>> flags, PrintStream out,
      PrintStream err) {
    Path in = Path.of(single(flags, "csv", ""));
    @Nullable String outFile = flags.containsKey("out") ? single(flags, "out", "") : null;
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      if (outFile == null) {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        int code = evaluateCsv(policy, reader, w, in.toString());
        w.flush();
        return code;
      }
      try (BufferedWriter writer = Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
        return evaluateCsv(policy, reader, writer, in.toString());
      }
    } catch (InputException e) {
      err.println("transit-check: " + e.getMessage());
      return DATA_ERROR;
    } catch (IOException e) {
      err.println("transit-check: " + e.getMessage());
      return IO_ERROR;
    }
  }

  /**
   * Evaluates every row of a CSV of trips, writing one result row per trip.
   *
   * @return {@link #OK}
   * @throws InputException naming {@code file:line} and the column of the first bad row
   */
  static int evaluateCsv(TransitPolicy policy, Reader input, Writer output, String name)
      throws IOException, InputException {
    BufferedReader reader = input instanceof BufferedReader ? (BufferedReader) input : new BufferedReader(input);
    String header = reader.readLine();
    if (header == null) {
      throw new InputException(name + ":1: empty file: expected a header line");
    }
    List<String> columns = Csv.split(header.startsWith("\uFEFF") ? header.substring(1) : header);
    for (String c : CSV_COLUMNS) {
      if (!columns.contains(c)) {
        throw new InputException(name + ":1: missing column " + c);
      }
    }
    output.write("line,verdict,regime,exit_deadline,failing_codes,unknown_codes,suggested_visa\r\n");
    String line;
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Csv.split(line);
      if (cells.size() != columns.size()) {
        throw new InputException(name + ":" + lineNo + ": has " + cells.size() + " cells, the header has "
            + columns.size());
      }
      Map<String, String> f = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        f.put(columns.get(i).replace('_', '-'), cells.get(i));
      }
      String visits = f.getOrDefault("visits", "");
      List<String> places = new ArrayList<>();
      for (String v : visits.split(";")) {
        if (!v.isBlank()) {
          places.add(v);
        }
      }
      Trip trip = buildTrip(f, places, bool(f, "stays-in-port", false, name, lineNo),
          bool(f, "onward-ticket", true, name, lineNo), false, false, name + ":" + lineNo + ": column ");
      Evaluation e = policy.evaluate(trip);
      // A visa-free trip has no reasons against it: the other regimes' failures are noise here.
      boolean visaFree = e.verdict() == Verdict.VISA_FREE;
      output.write(Csv.row(List.of(
          Integer.toString(lineNo),
          e.verdict().name(),
          e.regime().map(Enum::name).orElse(""),
          e.exitDeadline().map(d -> d.toOffsetDateTime().toString()).orElse(""),
          visaFree ? "" : codes(e, Status.FAIL),
          visaFree ? "" : codes(e, Status.UNKNOWN),
          e.suggestedVisa().map(Enum::name).orElse(""))));
    }
    return OK;
  }

  private static boolean bool(Map<String, String> f, String column, boolean fallback, String name, int line)
      throws InputException {
    String v = f.getOrDefault(column, "").strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return fallback;
    }
    if (v.equals("true") || v.equals("yes")) {
      return true;
    }
    if (v.equals("false") || v.equals("no")) {
      return false;
    }
    throw new InputException(name + ":" + line + ": column " + column.replace('-', '_') + ": \"" + v
        + "\" is not true or false");
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

  /** Minimal RFC 4180 CSV: quoted cells with doubled quotes; no line breaks inside cells. */
  static final class Csv {
    private Csv() {}

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
        if (c.contains(",") || c.contains("\"")) {
          b.append('"').append(c.replace("\"", "\"\"")).append('"');
        } else {
          b.append(c);
        }
      }
      return b.append("\r\n").toString();
    }
  }
}
