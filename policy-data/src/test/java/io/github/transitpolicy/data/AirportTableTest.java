package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Airport;
import io.github.transitpolicy.model.CountryCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world airport table (airportsdata 20240207): lookups, agreement with the ports, and its validation. */
class AirportTableTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  @Test
  void airportsAreFoundByIataOrIcaoCodeInAnyCase() {
    Airport lax = CATALOGUE.airport("LAX").orElseThrow();
    assertEquals(Airport.of("LAX", "KLAX", CountryCode.of("US"), ZoneId.of("America/Los_Angeles")), lax);
    assertEquals(lax, CATALOGUE.airport(" klax ").orElseThrow());
    assertEquals(lax, CATALOGUE.airport("lax").orElseThrow());
    assertFalse(lax.inMainland());
    assertEquals(CountryCode.of("JP"), CATALOGUE.airport("NRT").orElseThrow().country());
    assertEquals(ZoneId.of("Asia/Tokyo"), CATALOGUE.airport("HND").orElseThrow().zone());
    assertTrue(CATALOGUE.airport("ZZZ").isEmpty());
    assertTrue(CATALOGUE.airport("").isEmpty());
    assertTrue(CATALOGUE.airport("浦东").isEmpty());
    assertThrows(NullPointerException.class, () -> CATALOGUE.airport(nullString()));
  }

  @Test
  void hongKongMacaoAndTaiwanAreRegionsOutsideTheMainland() {
    for (String[] a : new String[][] {{"HKG", "HK"}, {"MFM", "MO"}, {"TPE", "TW"}, {"KHH", "TW"}}) {
      Airport airport = CATALOGUE.airport(a[0]).orElseThrow();
      assertEquals(CountryCode.of(a[1]), airport.country(), a[0]);
      assertEquals(CountryCode.Kind.REGION, airport.country().kind(), a[0]);
      assertFalse(airport.inMainland(), a[0]);
    }
    assertTrue(CATALOGUE.airport("PVG").orElseThrow().inMainland());
    assertTrue(CATALOGUE.airport("JHG").orElseThrow().inMainland());
  }

  @Test
  void everyAirportPortTheTableListsIsInChinaWithTheSameIcaoCode() {
    int matched = 0;
    for (Port p : CATALOGUE.ports()) {
      if (p.kind() != PortKind.AIR) {
        continue;
      }
      var airport = CATALOGUE.airport(p.iata().orElseThrow());
      if (airport.isPresent()) {
        matched++;
        assertTrue(airport.get().inMainland(), p.id());
        p.icao().ifPresent(icao -> assertEquals(icao, airport.get().icao(), p.id()));
      }
    }
    // airportsdata 20240207 lacks YTY, NZH and BAR; every other airport port is there.
    List<String> missing = CATALOGUE.ports().stream().filter(p -> p.kind() == PortKind.AIR)
        .map(Port::id).filter(id -> CATALOGUE.airport(id).isEmpty()).sorted().toList();
    assertEquals(List.of("BAR", "NZH", "YTY"), missing);
    assertEquals(59, matched);
  }

  @Test
  void theTableHoldsEachCodeOnceInIataOrderWithRealZones() {
    List<Airport> all = CATALOGUE.airports();
    assertEquals(7592, all.size());
    Set<String> iata = new HashSet<>();
    String previous = "";
    for (Airport a : all) {
      assertTrue(iata.add(a.iata()), a.iata());
      assertTrue(a.iata().compareTo(previous) > 0, a.iata());
      previous = a.iata();
      assertEquals(a, CATALOGUE.airport(a.iata()).orElseThrow());
    }
    assertEquals(183, all.stream().filter(Airport::inMainland).count());
    assertEquals("", CATALOGUE.airport("AYM").orElseThrow().icao());
  }

  @Test
  void aBadAirportRowIsRefusedWithFileLineAndWhatIsWrong(@TempDir Path tmp) throws IOException {
    Path dir = CatalogueLoadTest.copyTables(tmp);
    Path airports = dir.resolve("airports.tsv");
    CatalogueLoadTest.replace(airports, "LAX\tKLAX\tUS\tAmerica/Los_Angeles", "LAX\tKLAX\tUS\tAmerica/Los_Angelos");
    CatalogueLoadTest.replace(airports, "NRT\tRJAA\tJP\t", "NRT\tRJAA\tQQ\t");
    CatalogueLoadTest.replace(airports, "HND\tRJTT\tJP\t", "HN1\tRJTT\tJP\t");
    CatalogueLoadTest.replace(airports, "PVG\tZSPD\tCN\t", "PVG\tZSPD\tHK\t");
    CatalogueLoadTest.replace(airports, "PEK\tZBAA\tCN\t", "PEK\tZBA1\tCN\t");
    CatalogueLoadTest.replace(airports, "SHA\tZSSS\tCN\t", "SHA\tZSS\tCN\t");
    CatalogueLoadTest.append(airports, "LAX\tKLAX\tUS\tAmerica/Los_Angeles");
    CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.load(dir));
    Path ports = dir.resolve("ports.tsv");
    assertEquals(List.of(
        "airports.tsv:" + CatalogueLoadTest.lineOf(airports, "HN1\t") + ": iata: bad code \"HN1\" (expected [A-Z]{3})",
        "airports.tsv:" + CatalogueLoadTest.lineOf(airports, "LAX\t")
            + ": zone: \"America/Los_Angelos\" is not an IANA time zone the JDK knows",
        "airports.tsv:" + CatalogueLoadTest.lineOf(airports, "NRT\t")
            + ": country: \"QQ\" is not an ISO 3166-1 alpha-2 code",
        "airports.tsv:" + CatalogueLoadTest.lineOf(airports, "SHA\t")
            + ": icao: bad code \"ZSS\" (expected [A-Z0-9]{4})",
        "airports.tsv:" + CatalogueLoadTest.lineOf(airports, "LAX\tKLAX\tUS\tAmerica/Los_Angeles")
            + ": duplicate key iata = \"LAX\" (first at airports.tsv:" + CatalogueLoadTest.lineOf(airports, "LAX\t")
            + ")",
        "ports.tsv:" + CatalogueLoadTest.lineOf(ports, "PEK\t") + ": icao: ZBAA differs from airports.tsv (ZBA1 at"
            + " airports.tsv:" + CatalogueLoadTest.lineOf(airports, "PEK\t") + ")",
        "ports.tsv:" + CatalogueLoadTest.lineOf(ports, "PVG\t") + ": iata: airports.tsv puts PVG in HK (airports.tsv:"
            + CatalogueLoadTest.lineOf(airports, "PVG\t") + "), not in China"),
        e.problems().stream().sorted(AirportTableTest::byFileAndLine).toList());
  }

  private static int byFileAndLine(String a, String b) {
    String[] x = a.split(":", 3);
    String[] y = b.split(":", 3);
    int file = x[0].compareTo(y[0]);
    return file != 0 ? file : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }

  @Test
  void anAirportRefusesMalformedCodesNamingTheField() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    CountryCode jp = CountryCode.of("JP");
    assertEquals("iata: \"NR\" is not three upper-case letters",
        assertThrows(IllegalArgumentException.class, () -> Airport.of("NR", "RJAA", jp, tokyo)).getMessage());
    assertEquals("icao: \"RJA\" is not four upper-case letters or digits (or empty)",
        assertThrows(IllegalArgumentException.class, () -> Airport.of("NRT", "RJA", jp, tokyo)).getMessage());
    assertEquals("country",
        assertThrows(NullPointerException.class, () -> Airport.of("NRT", "RJAA", nullCountry(), tokyo)).getMessage());
  }

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static String nullString() {
    return null;
  }

  @SuppressWarnings("NullAway") // a null the API must refuse
  private static CountryCode nullCountry() {
    return null;
  }
}
