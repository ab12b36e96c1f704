package io.github.transitpolicy.data;

import io.github.transitpolicy.data.internal.TableCatalogue;
import io.github.transitpolicy.data.internal.TableDefinitions;
import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.CountryEligibility;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.PermittedArea;
import io.github.transitpolicy.model.Place;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.PolicyVersion;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.Province;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.UnilateralTerms;
import io.github.transitpolicy.model.VisaExemption;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy tables say: ports, provinces and places, the countries eligible for 240-hour
 * transit, visa exemptions and the policy versions, each fact dated and sourced.
 *
 * <p>Instances are immutable and thread-safe. No method reads the clock: every question that depends
 * on time takes the day it is asked about. Unknown but well-formed input (a port or place the tables
 * do not know) gives an empty answer, never an exception.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.bundled();
 * Port pudong = catalogue.port("浦东机场").orElseThrow();           // any alias, case-insensitive
 * boolean entry = pudong.has(Capability.TRANSIT_240H_ENTRY, LocalDate.of(2025, 12, 1));   // true
 * PermittedArea area = catalogue.permittedArea(LocalDate.of(2025, 12, 1));
 * boolean inArea = area.contains(PlaceCode.of("320506"));       // a county of Suzhou, Jiangsu: true
 * }</pre>
 */
public interface Catalogue {

  /**
   * The catalogue compiled from the tables bundled in this jar. Loaded once, on first use.
   *
   * @return the bundled catalogue, the same instance on every call
   */
  static Catalogue bundled() {
    return TableCatalogue.bundled();
  }

  /**
   * The catalogue of a directory of tables laid out like the bundled ones ({@code policy-data/src/main/tables}
   * in the source tree): for an operator who applies a data fix without waiting for a release. The
   * tables are validated with exactly the checks the build applies to the bundled tables (the same code),
   * so a directory loads if and only if it would build. The data version and the as-of day come from the
   * tables ({@code policy_versions.tsv}, {@code catalogue.tsv}). The directory is read once, here; the
   * catalogue keeps no file open and never reads it again. The engine answers from it with
   * {@code TransitPolicy.using(Catalogue.load(Path.of("/etc/transit-policy/tables")))}.
   *
   * @param directory the directory holding {@code ports.tsv}, {@code policy_versions.tsv} and the others
   * @return the catalogue of those tables
   * @throws CatalogueException if a table is missing, cannot be read or is invalid; its
   *     {@link CatalogueException#problems()} name each {@code file:line: what is wrong}
   * @throws IllegalArgumentException if {@code directory} is not a directory
   * @throws NullPointerException if {@code directory} is null
   */
  static Catalogue load(Path directory) {
    return TableCatalogue.load(directory);
  }

  /**
   * The data version: the effective date of the newest policy version, e.g. {@code 2026-08-20}. Also
   * in the manifest of each jar as {@code Transit-Policy-Data-Version}.
   *
   * @return the data version, as an ISO date
   */
  String dataVersion();

  /**
   * The day the catalogue's facts were last checked against the public record, e.g. {@code 2026-12-01}.
   * What the tables say about later days rests on what was announced by then: an end date announced
   * for a day after this one is not known to stand (no decision on an extension was known as of this
   * day). Also in the manifest of each jar as {@code Transit-Policy-Data-As-Of}.
   *
   * @return the as-of day
   */
  LocalDate asOf();

  /**
   * Every version of the 240-hour policy, oldest first.
   *
   * @return the policy versions
   */
  List<PolicyVersion> policyVersions();

  /**
   * The version of the 240-hour policy in force on a day.
   *
   * @param day the day, in Beijing time
   * @return the newest version effective on or before {@code day}; empty before the first version
   */
  Optional<PolicyVersion> policyVersionOn(LocalDate day);

  /**
   * Every port the tables know, annex 2 ports first in annex order.
   *
   * @return the ports
   */
  List<Port> ports();

  /**
   * Resolves a port from any of its names: its id, IATA, ICAO or UN/LOCODE code, its Chinese name as
   * the announcement writes it (with or without the suffix 口岸), its English name or another listed
   * alias. Case-insensitive; leading and trailing white space is ignored.
   *
   * @param alias a name of the port
   * @return the port, or empty when no port has that name
   */
  Optional<Port> port(String alias);

  /**
   * Finds an airport of the world airport table by its IATA code ({@code "LAX"}) or ICAO code
   * ({@code "KLAX"}). Case-insensitive; leading and trailing white space is ignored. The table lists every
   * airport with an IATA code that the {@code airportsdata} package lists (data version in the manifest's
   * {@code Transit-Policy-Airports-Version}); mainland airports that are ports are also in {@link #ports()}.
   *
   * @param code an IATA or ICAO code
   * @return the airport, or empty when the table does not know the code
   */
  Optional<Airport> airport(String code);

  /**
   * Every airport of the world airport table, in IATA code order.
   *
   * @return the airports
   */
  List<Airport> airports();

  /**
   * The ports that have a capability on a day, in the order of {@link #ports()}.
   *
   * @param capability the capability, e.g. {@link Capability#TRANSIT_240H_ENTRY}
   * @param day the day
   * @return the ports
   */
  List<Port> ports(Capability capability, LocalDate day);

  /**
   * The 31 provincial-level divisions of the mainland, by code.
   *
   * @return the provinces
   */
  List<Province> provinces();

  /**
   * The province a code lies in.
   *
   * @param code a province, prefecture or county code
   * @return the province, or empty when the code's first two digits name none
   */
  Optional<Province> province(PlaceCode code);

  /**
   * A prefecture- or county-level place by its code.
   *
   * @param code a prefecture or county code
   * @return the place, or empty when the tables do not know the code (or it is a province code)
   */
  Optional<Place> place(PlaceCode code);

  /**
   * The prefecture-level place a code belongs to: a county resolves to its prefecture (the one its
   * first four digits name), a prefecture to itself.
   *
   * @param code a prefecture or county code
   * @return the prefecture, or empty when the tables do not know the code or it is a province code
   */
  Optional<Place> prefectureOf(PlaceCode code);

  /**
   * Whether the tables know a code, as a province, prefecture or county.
   *
   * @param code a place code
   * @return true when known
   */
  boolean knows(PlaceCode code);

  /**
   * Where a 240-hour transit traveller may stay on a day: the union of annex 2's areas.
   *
   * @param day the day
   * @return the permitted area; empty before the policy took effect
   */
  PermittedArea permittedArea(LocalDate day);

  /**
   * Every dated entry of the 240-hour transit nationality list.
   *
   * @return the entries, by country
   */
  List<CountryEligibility> transitEligibility();

  /**
   * The nationalities eligible for 240-hour transit on a day.
   *
   * @param day the day
   * @return the countries, sorted by code
   */
  Set<CountryCode> transitCountries(LocalDate day);

  /**
   * The entry of the 240-hour transit nationality list that covers a country on a day.
   *
   * @param country the nationality
   * @param day the day
   * @return the entry, or empty when the country is not eligible on that day
   */
  Optional<CountryEligibility> transitEligibility(CountryCode country, LocalDate day);

  /**
   * Every unilateral and mutual visa exemption for ordinary passports.
   *
   * @return the exemptions, in table order
   */
  List<VisaExemption> visaExemptions();

  /**
   * Every visa exemption for a country, past, present and future.
   *
   * @param country the nationality
   * @return the exemptions, oldest first
   */
  List<VisaExemption> visaExemptions(CountryCode country);

  /**
   * The dated terms (stay limit, purposes) of the unilateral visa exemption policy.
   *
   * @return the terms, oldest first
   */
  List<UnilateralTerms> unilateralTerms();

  /**
   * The terms of the unilateral visa exemption policy on a day.
   *
   * @param day the day
   * @return the terms, or empty before the policy began
   */
  Optional<UnilateralTerms> unilateralTermsOn(LocalDate day);

  /**
   * The terms of a regime on a day: stay limit, how it is counted, document validity.
   *
   * @param regime the regime
   * @param day the day
   * @return the terms, or empty when the regime has none on that day (e.g. 240-hour transit before
   *     2024-12-17)
   */
  Optional<RegimeTerms> regimeTerms(Regime regime, LocalDate day);

  /**
   * Whether a regime admits a trip purpose.
   *
   * @param scope the regime
   * @param purpose the purpose
   * @return the rule, or empty when the tables do not say
   */
  Optional<PurposeRule> purposeRule(PurposeScope scope, Purpose purpose);

  /**
   * Returns whether a regime admits a purpose on a day (table {@code regime_purposes}, dated): Hainan's
   * purposes widened on 2024-02-09.
   *
   * @param scope the regime
   * @param purpose the purpose
   * @param day the day of entry
   * @return the rule in force that day; empty when the tables do not say
   * @throws NullPointerException if an argument is null
   */
  Optional<PurposeRule> purposeRule(PurposeScope scope, Purpose purpose, LocalDate day);

  /**
   * Returns the dated list of nationalities of a regime other than 240-hour transit (table
   * {@code regime_countries}), for example Hainan's 30-day entry.
   *
   * @param regime the regime
   * @return every row of its list, in table order; empty for a regime the table does not list
   * @throws NullPointerException if {@code regime} is null
   */
  List<CountryEligibility> eligibility(Regime regime);

  /**
   * Returns the row of a regime's list that covers a nationality on a day.
   *
   * @param regime the regime
   * @param country the nationality
   * @param day the day of entry
   * @return the row; empty when the nationality is not listed that day
   * @throws NullPointerException if an argument is null
   */
  Optional<CountryEligibility> eligibility(Regime regime, CountryCode country, LocalDate day);

  /**
   * The visa category to apply for, for a purpose and a trip length (2013 regulation art. 6).
   *
   * @param purpose the trip's purpose
   * @param stayDays the trip's length in days
   * @return the suggestion: the first row for the purpose whose limit the trip does not exceed
   */
  VisaSuggestion visaSuggestion(Purpose purpose, long stayDays);

  /**
   * The arrival card rule for a case on a day.
   *
   * @param arrivalCase the case
   * @param day the day of entry
   * @return the rule, or empty when the tables have none for that case and day
   */
  Optional<ArrivalCardRule> arrivalCardRule(ArrivalCardCase arrivalCase, LocalDate day);

  /**
   * The legal basis a rule cites.
   *
   * @param regime the regime
   * @param code the rule
   * @return the basis, or empty when the tables give none
   */
  Optional<RuleBasis> ruleBasis(Regime regime, FindingCode code);

  /**
   * The zones of the 72- and 144-hour transit schemes (table {@code transit_history_zones}), in table order.
   *
   * @return the zones
   */
  List<TransitZone> transitZones();

  /**
   * The ports of the 72/144-hour zones (table {@code transit_history_ports}), in table order.
   *
   * @return the ports
   */
  List<TransitZonePort> transitZonePorts();

  /**
   * Where a tour group regime's groups may stay (table {@code group_areas}), in table order: every
   * period, and for each the entry prefecture it applies to (see {@link GroupArea}).
   *
   * @param regime the regime
   * @return its rows; empty for a regime that is no tour group regime
   */
  List<GroupArea> groupAreas(Regime regime);

  /**
   * Whether the ports table lists every entry port of a 72/144-hour regime the catalogue knows on a day
   * (table {@code transit_history_lists}).
   *
   * @param regime the regime
   * @param day the day
   * @return true if a known port in no zone on that day was not an entry port
   */
  boolean transitZoneListComplete(Regime regime, LocalDate day);

  /**
   * The names of the tables this catalogue exports, e.g. {@code ports}, {@code places}.
   *
   * @return the table names, in a stable order
   */
  List<String> tableNames();

  /**
   * The columns that identify a row of a table: no two rows share their values. {@link CatalogueDiff}
   * matches rows by them; {@link #schema()} gives them as each table's primary key.
   *
   * @param table a name from {@link #tableNames()}
   * @return the key columns, e.g. {@code [iso2, from]} for {@code transit_240h_countries}
   * @throws IllegalArgumentException if there is no such table
   */
  default List<String> keyColumns(String table) {
    Objects.requireNonNull(table, "table");
    return TableDefinitions.of(table).key();
  }

  /**
   * One table, exported.
   *
   * @param table a name from {@link #tableNames()}
   * @param format the format
   * @return the file's content
   * @throws IllegalArgumentException if there is no such table
   */
  String export(String table, ExportFormat format);

  /**
   * The machine-readable schema of every table: a Frictionless Data Package descriptor
   * ({@code datapackage.json}, <a href="https://specs.frictionlessdata.io/data-package/">specs.frictionlessdata.io</a>)
   * with a tabular data resource per table, whose {@code path} is the table's CSV export
   * ({@code ports.csv}), its CSV dialect, and its Table Schema: the fields in column order with their types
   * ({@code string}, {@code integer}, {@code boolean} written {@code yes}/{@code no}, {@code date}),
   * empty cells as missing values, the primary key ({@link #keyColumns}) and the foreign keys to other
   * tables. The package also carries the catalogue's {@code data_version} and {@code as_of}: the CSV files
   * themselves carry no comment line, so that every CSV reader takes them as they are. Written from the
   * same table definitions the tables are validated by; {@link #exportTo} writes it beside the CSV files.
   *
   * @return the descriptor, JSON text
   */
  String schema();

  /**
   * Writes every table in every format into a directory ({@code ports.csv}, {@code ports.json}, ...), and
   * the tables' schema ({@link #schema()}) as {@code datapackage.json}.
   *
   * @param directory the directory; created if missing
   * @return the files written, in a stable order, {@code datapackage.json} last
   * @throws IOException if a file cannot be written
   */
  List<Path> exportTo(Path directory) throws IOException;
}
