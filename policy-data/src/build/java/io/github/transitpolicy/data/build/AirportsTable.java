package io.github.transitpolicy.data.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts airportsdata's {@code airports.csv} into {@code policy-data/src/main/tables/airports.tsv}: every
 * row with an IATA code and a time zone, as {@code iata, icao, country, zone}, in IATA order, under a header
 * naming the release and commit. Run by hand when airportsdata publishes a new release (tables README,
 * "airports.tsv"); never part of the build or of a jar.
 *
 * <p>Usage: {@code java AirportsTable.java AIRPORTS_CSV VERSION COMMIT OUT_TSV}. The output is written to a
 * temporary file and moved into place, and is refused when it would replace the input.
 */
public final class AirportsTable {

  private AirportsTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: AirportsTable AIRPORTS_CSV VERSION COMMIT OUT_TSV");
      System.exit(64);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[3]);
    if (Files.exists(out) && Files.isSameFile(in, out)) {
      System.err.println("AirportsTable: the output " + out + " is the input");
      System.exit(64);
    }
    String tsv = convert(Files.readString(in, StandardCharsets.UTF_8), args[1], args[2]);
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "airports", ".tsv");
    Files.writeString(tmp, tsv, StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("[airports] " + (tsv.split("\n").length - header(args[1], args[2]).split("\n").length)
        + " airports written to " + out);
  }

  /**
   * The table for an airportsdata CSV.
   *
   * @throws IllegalArgumentException naming the line of a row that cannot be read
   */
  static String convert(String csv, String version, String commit) {
    List<String> lines = List.of(csv.split("\r?\n"));
    List<String> header = fields(lines.get(0), 1);
    int icao = header.indexOf("icao");
    int iata = header.indexOf("iata");
    int country = header.indexOf("country");
    int tz = header.indexOf("tz");
    if (icao < 0 || iata < 0 || country < 0 || tz < 0) {
      throw new IllegalArgumentException("line 1: expected columns icao, iata, country and tz, found " + header);
    }
    Map<String, String> rows = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = fields(lines.get(i), i + 1);
      if (f.size() != header.size()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + f.size() + " fields, the header has "
            + header.size());
      }
      if (f.get(iata).isEmpty() || f.get(tz).isEmpty()) {
        continue;
      }
      // airportsdata keys a field with no ICAO code by a placeholder such as "_AYM".
      String code = f.get(icao).startsWith("_") ? "" : f.get(icao);
      String earlier = rows.put(f.get(iata), f.get(iata) + "\t" + code + "\t" + f.get(country) + "\t" + f.get(tz));
      if (earlier != null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": IATA code " + f.get(iata) + " appears twice");
      }
    }
    StringBuilder b = new StringBuilder(header(version, commit));
    rows.values().forEach(r -> b.append(r).append('\n'));
    return b.toString();
  }

  static String header(String version, String commit) {
    return "# The world's airports with an IATA code: IATA code, ICAO code (or the FAA/TC location identifier where\n"
        + "# airportsdata keys a field by it; empty where airportsdata has neither, e.g. its \"_AYM\"), ISO 3166-1\n"
        + "# alpha-2 country (CN mainland China; HK, MO, TW the regions; XK Kosovo) and the IANA time zone its\n"
        + "# timetables use.\n"
        + "# Converted once from airportsdata (https://github.com/mborsetti/airportsdata), version " + version + ",\n"
        + "# file airportsdata/airports.csv at commit " + commit + ": every row with an IATA code and a time\n"
        + "# zone (rows without one, in Antarctica, are left out). MIT licence: airports.LICENSE beside this file.\n"
        + "# Not a policy fact: no source or confidence columns. Refresh: see README.md, \"airports.tsv\".\n"
        + "iata\ticao\tcountry\tzone\n";
  }

  /** The fields of a line written with Python's QUOTE_NONNUMERIC: quoted text ("" for a quote), bare numbers. */
  static List<String> fields(String line, int lineNo) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException("line " + lineNo + ": unterminated quoted field");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              f.append('"');
              i++;
            } else {
              break;
            }
          } else {
            f.append(c);
          }
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          f.append(line.charAt(i++));
        }
      }
      out.add(f.toString());
      if (i >= line.length()) {
        return out;
      }
      if (line.charAt(i) != ',') {
        throw new IllegalArgumentException("line " + lineNo + ": expected a comma at column " + (i + 1));
      }
      i++;
    }
  }
}
