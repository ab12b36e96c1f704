package io.github.transitpolicy.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables the catalogue indexes by their first cell (ports and their capabilities by port id, the
 * countries' lists by code) must begin with that column: a source whose table does not is refused when
 * the catalogue is made, naming the table and the column, rather than indexed by the wrong cell.
 */
class TableCatalogueHeaderTest {

  /** The fixture tables, with the first two columns of {@code table} swapped on every line. */
  private static TableCatalogue.TableSource swappingFirstColumnsOf(String table) {
    return t -> {
      List<String> lines = TableCatalogueFixtureTest.tsv(t);
      if (t.equals(table)) {
        List<String> swapped = new ArrayList<>();
        for (String line : lines) {
          String[] cells = Tsv.row(line.substring(0, line.length() - 1));
          String first = cells[0];
          cells[0] = cells[1];
          cells[1] = first;
          swapped.add(String.join("\t", cells) + "\n");
        }
        lines = swapped;
      }
      return new String[] {String.join("", lines)};
    };
  }

  @ParameterizedTest
  @CsvSource({"ports, id", "port_capabilities, port", "transit_240h_countries, iso2", "visa_exemptions, iso2"})
  void aTableIndexedByItsFirstCellMustBeginWithItsKey(String table, String column) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new TableCatalogue(swappingFirstColumnsOf(table)));
    assertEquals("table " + table + " must begin with column " + column, e.getMessage());
  }
}
