package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The converter from airportsdata's CSV to airports.tsv (the refresh the tables README describes). */
class AirportsTableTest {

  private static final String CSV = String.join("\n",
      "\"icao\",\"iata\",\"name\",\"city\",\"subd\",\"country\",\"elevation\",\"lat\",\"lon\",\"tz\",\"lid\"",
      "\"00AA\",\"\",\"Aero B Ranch Airport\",\"Leoti\",\"Kansas\",\"US\",3435,38.70,-101.47,\"America/Chicago\",\"00AA\"",
      "\"PAAQ\",\"PAQ\",\"Warren \"\"Bud\"\" Woods Palmer Municipal Airport\",\"Palmer\",\"Alaska\",\"US\",242,61.59,"
          + "-149.08,\"America/Anchorage\",\"PAQ\"",
      "\"KLAX\",\"LAX\",\"Los Angeles International Airport\",\"Los Angeles\",\"California\",\"US\",125,33.94,"
          + "-118.40,\"America/Los_Angeles\",\"LAX\"",
      "\"SCRM\",\"TNM\",\"Teniente R. Marsh Airport\",\"Isla Rey Jorge\",\"\",\"AQ\",147,-62.19,-58.98,\"\",\"\"",
      "\"ZSPD\",\"PVG\",\"Shanghai Pudong International Airport\",\"Shanghai\",\"Shanghai, China\",\"CN\",13,31.14,"
          + "121.80,\"Asia/Shanghai\",\"\"",
      "\"_AYM\",\"AYM\",\"Yas Island Seaplane Base\",\"Abu Dhabi\",\"\",\"AE\",0,24.46,54.61,\"Asia/Dubai\",\"\"",
      "");

  @Test
  void keepsRowsWithAnIataCodeAndAZoneInIataOrder() {
    String tsv = AirportsTable.convert(CSV, "20240207", "abc123");
    List<String> lines = tsv.lines().filter(l -> !l.startsWith("#")).toList();
    assertEquals(List.of("iata\ticao\tcountry\tzone", "AYM\t\tAE\tAsia/Dubai", "LAX\tKLAX\tUS\tAmerica/Los_Angeles",
        "PAQ\tPAAQ\tUS\tAmerica/Anchorage", "PVG\tZSPD\tCN\tAsia/Shanghai"), lines);
    assertTrue(tsv.contains("version 20240207,\n# file airportsdata/airports.csv at commit abc123:"), tsv);
  }

  @Test
  void readsQuotedFieldsWithCommasAndDoubledQuotes() {
    assertEquals(List.of("a,b", "say \"hi\"", "12.5", ""),
        AirportsTable.fields("\"a,b\",\"say \"\"hi\"\"\",12.5,\"\"", 7));
    assertEquals("line 7: unterminated quoted field",
        assertThrows(IllegalArgumentException.class, () -> AirportsTable.fields("\"a,b", 7)).getMessage());
    assertEquals("line 2: expected a comma at column 4",
        assertThrows(IllegalArgumentException.class, () -> AirportsTable.fields("\"a\"x,b", 2)).getMessage());
  }

  @Test
  void refusesARowOfTheWrongWidthOrARepeatedCode() {
    String header = CSV.substring(0, CSV.indexOf('\n') + 1);
    assertEquals("line 2: 3 fields, the header has 11", assertThrows(IllegalArgumentException.class,
        () -> AirportsTable.convert(header + "\"a\",\"b\",\"c\"\n", "v", "c")).getMessage());
    String row = "\"KLAX\",\"LAX\",\"n\",\"c\",\"s\",\"US\",1,1,1,\"America/Los_Angeles\",\"\"\n";
    assertEquals("line 3: IATA code LAX appears twice", assertThrows(IllegalArgumentException.class,
        () -> AirportsTable.convert(header + row + row, "v", "c")).getMessage());
  }

  /** The committed table is what the converter writes for its own rows: header and order included. */
  @Test
  void theCommittedTableHasTheConvertersHeaderAndOrder() throws IOException {
    String committed = Files.readString(Path.of("src/main/tables/airports.tsv"), StandardCharsets.UTF_8);
    assertTrue(committed.startsWith(AirportsTable.header("20240207", "004c097d0561c259cf0ee3161008c3a44b4bce99")));
    List<String> rows = committed.lines().filter(l -> !l.startsWith("#")).skip(1).toList();
    List<String> sorted = rows.stream().sorted().toList();
    assertEquals(sorted, rows);
  }
}
