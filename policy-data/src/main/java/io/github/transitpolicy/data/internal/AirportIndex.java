package io.github.transitpolicy.data.internal;

import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.CountryCode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The world airport table, indexed by IATA and ICAO code. Built on first use only: most evaluations
 * name catalogue ports, and the table's some 7,900 rows would otherwise cost every cold start.
 */
final class AirportIndex {

  private final List<Airport> all;
  private final Map<String, Airport> byCode;

  AirportIndex(String[] chunks) {
    TableCatalogue.Rows t = new TableCatalogue.Rows("airports", chunks);
    Map<String, ZoneId> zones = new HashMap<>();
    List<Airport> airports = new ArrayList<>(t.rows.size());
    Map<String, Airport> codes = new HashMap<>(t.rows.size() * 3);
    for (String[] r : t.rows) {
      Airport a = Airport.of(t.get(r, "iata"), t.get(r, "icao"), CountryCode.of(t.get(r, "country")),
          zones.computeIfAbsent(t.get(r, "zone"), ZoneId::of));
      airports.add(a);
      codes.put(a.iata(), a);
      // An ICAO code never has three characters, so the two kinds of key cannot collide.
      if (!a.icao().isEmpty()) {
        codes.putIfAbsent(a.icao(), a);
      }
    }
    airports.sort(java.util.Comparator.comparing(Airport::iata));
    this.all = List.copyOf(airports);
    this.byCode = codes;
  }

  List<Airport> all() {
    return all;
  }

  @Nullable Airport byCode(String code) {
    return byCode.get(code.strip().toUpperCase(Locale.ROOT));
  }
}
