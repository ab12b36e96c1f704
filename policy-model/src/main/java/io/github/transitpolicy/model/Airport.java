package io.github.transitpolicy.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An airport of the world airport table: its IATA and ICAO codes, the country or region it lies in and
 * its time zone. The catalogue knows every airport with an IATA code; an airport it does not know is
 * UNKNOWN to the rules, never taken as foreign or mainland.
 *
 * @param iata the IATA location code, three upper-case letters ({@code "LAX"})
 * @param icao the ICAO location indicator, four upper-case letters or digits ({@code "KLAX"}); empty for the
 *     few airports that have none
 * @param country where the airport lies: {@code CN} for the mainland, {@code HK}, {@code MO} and {@code TW}
 *     for the regions, else the ISO 3166-1 country
 * @param zone the airport's IANA time zone, in which its timetables are written
 */
public record Airport(String iata, String icao, CountryCode country, ZoneId zone) {

  private static final Pattern IATA = Pattern.compile("[A-Z]{3}");
  private static final Pattern ICAO = Pattern.compile("[A-Z0-9]{4}");

  /**
   * Checks the codes.
   *
   * @param iata the IATA code
   * @param icao the ICAO code
   * @param country the country or region
   * @param zone the time zone
   * @throws NullPointerException naming a null component
   * @throws IllegalArgumentException naming a malformed code
   */
  public Airport {
    Objects.requireNonNull(iata, "iata");
    Objects.requireNonNull(icao, "icao");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(zone, "zone");
    if (!IATA.matcher(iata).matches()) {
      throw new IllegalArgumentException("iata: \"" + iata + "\" is not three upper-case letters");
    }
    if (!icao.isEmpty() && !ICAO.matcher(icao).matches()) {
      throw new IllegalArgumentException("icao: \"" + icao + "\" is not four upper-case letters or digits (or empty)");
    }
  }

  /**
   * Makes an airport.
   *
   * @param iata the IATA code
   * @param icao the ICAO code
   * @param country the country or region
   * @param zone the time zone
   * @return the airport
   */
  public static Airport of(String iata, String icao, CountryCode country, ZoneId zone) {
    return new Airport(iata, icao, country, zone);
  }

  /**
   * Tells whether the airport lies in mainland China (not Hong Kong, Macao or Taiwan).
   *
   * @return whether {@link #country()} is {@code CN}
   */
  public boolean inMainland() {
    return country.isMainlandChina();
  }
}
