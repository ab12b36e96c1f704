package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.assertStatus;
import static io.github.transitpolicy.engine.Trips.baseline;
import static io.github.transitpolicy.model.FindingCode.DOCUMENT_VALIDITY;
import static io.github.transitpolicy.model.FindingCode.ENTRY_PORT_OPEN;
import static io.github.transitpolicy.model.FindingCode.EXIT_PORT_OPEN;
import static io.github.transitpolicy.model.Regime.TRANSIT_240H;
import static io.github.transitpolicy.model.Regime.VISA_EXEMPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Status;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the shared rules tell a reader besides their status: the source a port rule cites (the port's
 * own open-port row, not another of its capabilities) and the minimum validity the 240-hour document
 * rule names.
 */
class SharedRuleDetailsTest {

  @Test
  void aPortRuleCitesThePortsOpenPortRow() {
    // PVG's rows: 24-hour inspection-free transit, open port, Taiwan permit, 240-hour entry and exit.
    Evaluation e = baseline().nationality("FR").evaluate();
    Finding entry = assertStatus(Status.PASS, e, VISA_EXEMPTION, ENTRY_PORT_OPEN);
    assertEquals("NIA-2025-4#annex2-row11 ; NIA-2025-4#annex3", entry.legalBasis());
    Finding exit = assertStatus(Status.PASS, e, VISA_EXEMPTION, EXIT_PORT_OPEN);
    assertEquals("NIA-2025-4#annex2-row1 ; NIA-2025-4#annex3", exit.legalBasis());
  }

  @Test
  void the240HourDocumentRuleNamesItsThreeMonths() {
    Evaluation e = baseline().evaluate();
    assertEquals("The document is valid until 2027-06-30, at least 3 months after entry (until 2026-03-01 is needed).",
        assertStatus(Status.PASS, e, TRANSIT_240H, DOCUMENT_VALIDITY).message(Locale.ENGLISH));
    Evaluation shortOf = baseline().expiry(LocalDate.of(2026, 2, 28)).evaluate();
    assertEquals("The document expires on 2026-02-28; it must be valid for 3 months after entry, until at least"
        + " 2026-03-01.", assertStatus(Status.FAIL, shortOf, TRANSIT_240H, DOCUMENT_VALIDITY).message(Locale.ENGLISH));
    // Valid through the stay, as the exemption asks with no minimum of its own.
    Evaluation french = baseline().nationality("FR").expiry(LocalDate.of(2026, 2, 28)).evaluate();
    assertEquals("The document is valid until 2026-02-28, through departure on 2025-12-11.",
        assertStatus(Status.PASS, french, VISA_EXEMPTION, DOCUMENT_VALIDITY).message(Locale.ENGLISH));
  }
}
