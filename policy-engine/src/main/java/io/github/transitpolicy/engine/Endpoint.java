package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.BeijingTime;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Port;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Where a leg begins or ends, as the catalogue knows it: a mainland port, a mainland airport that is not
 * a catalogue port, an airport abroad (Hong Kong, Macao and Taiwan included), or a code nobody knows.
 */
final class Endpoint {

  private static final CountryCode MAINLAND = CountryCode.of("CN");
  private static final CountryCode UNSPECIFIED = CountryCode.of("XXX");

  /**
   * What the code names, for telling two spellings of one place apart ("PVG" and "ZSPD"): the catalogue's
   * port or airport, or the code itself.
   */
  final Object key;
  /** Whether the place lies in mainland China. */
  final boolean mainland;
  /** The catalogue port; null for other places. */
  final @Nullable Port port;
  /** The country or region; {@code XXX} when unknown. */
  final CountryCode country;
  /** The zone its local times are in; null when unknown. Every mainland place keeps Beijing time. */
  final @Nullable ZoneId zone;

  private Endpoint(Object key, boolean mainland, @Nullable Port port, CountryCode country, @Nullable ZoneId zone) {
    this.key = key;
    this.mainland = mainland;
    this.port = port;
    this.country = country;
    this.zone = zone;
  }

  static Endpoint resolve(Catalogue catalogue, String code) {
    Port port = catalogue.port(code).orElse(null);
    if (port != null) {
      return new Endpoint(port, true, port, MAINLAND, BeijingTime.ZONE);
    }
    Airport airport = catalogue.airport(code).orElse(null);
    if (airport != null) {
      // Xinjiang's airports publish Beijing time, though airportsdata gives them Asia/Urumqi.
      return airport.inMainland()
          ? new Endpoint(airport, true, null, MAINLAND, BeijingTime.ZONE)
          : new Endpoint(airport, false, null, airport.country(), airport.zone());
    }
    return new Endpoint(code, false, null, UNSPECIFIED, null);
  }

  /** Whether this is a mainland airport the catalogue cannot place (not a catalogue port). */
  boolean unplaced() {
    return mainland && port == null;
  }
}
