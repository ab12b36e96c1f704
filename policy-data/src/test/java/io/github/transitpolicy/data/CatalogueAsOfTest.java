package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day the bundled facts were last checked (SPEC 9; issue 13 item 1, data side). */
class CatalogueAsOfTest {

  @Test
  void theBundledFactsWereCheckedOn20261201() {
    assertEquals(LocalDate.of(2026, 12, 1), Catalogue.bundled().asOf());
  }

  @Test
  void theAsOfDayIsNotBeforeTheDataVersion() {
    Catalogue c = Catalogue.bundled();
    assertFalse(c.asOf().isBefore(LocalDate.parse(c.dataVersion())), c.asOf() + " before " + c.dataVersion());
  }

  @Test
  void theAsOfDayIsExported() {
    assertEquals("as_of\r\n2026-12-01\r\n", Catalogue.bundled().export("catalogue", ExportFormat.CSV));
  }
}
