package io.github.transitpolicy.engine;

import static io.github.transitpolicy.engine.Trips.baseline;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.DocumentType;
import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Finding;
import io.github.transitpolicy.model.Purpose;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every finding speaks English and Chinese and cites its legal basis by source id. */
class MessagesTest {

  /** One or more source references: an id, optionally with a locator, separated by " ; ". */
  private static final Pattern BASIS = Pattern.compile("[A-Z0-9-]+(#\\S+)?( ; [A-Z0-9-]+(#\\S+)?)*");

  static Stream<Arguments> evaluations() {
    LocalDateTime arrival = LocalDateTime.of(2025, 12, 1, 10, 0);
    return Stream.of(
        Arguments.of("SPEC example", baseline().evaluate()),
        Arguments.of("ineligible nationality, bad route, outside visits",
            baseline().nationality("IN").route("KR", "KR").visits("540100", "510000").evaluate()),
        Arguments.of("unknown ports and places", baseline().ports("ZZZ", "口岸X").visits("329999").evaluate()),
        Arguments.of("before the policy", baseline().enteringOn(LocalDate.of(2024, 12, 16)).evaluate()),
        Arguments.of("French round trip", baseline().nationality("FR").ports("PVG", "PVG").route("FR", "FR")
            .times(arrival, LocalDateTime.of(2025, 12, 20, 18, 0)).evaluate()),
        Arguments.of("mutual agreement", baseline().nationality("TH").route("TH", "TH").evaluate()),
        Arguments.of("agreement of 30 days a stay without a cap (EC)", baseline().nationality("EC").route("EC", "EC").evaluate()),
        Arguments.of("direct transit", baseline().ports("PVG", "PVG").route("KR", "US")
            .times(arrival, arrival.plusHours(5)).staysInPort(true).evaluate()),
        Arguments.of("everything wrong", baseline().nationality("XXA").document(DocumentType.REFUGEE_TRAVEL_DOCUMENT)
            .expiry(LocalDate.of(2025, 12, 5)).ports("URC", "ROAD-MANZHOULI").route("CN", "CN")
            .purpose(Purpose.WORK).onwardTicketConfirmed(false).visaRefusalDeclared(true)
            .times(arrival, arrival.plusDays(60)).evaluate()),
        Arguments.of("British national overseas", baseline().nationality("GBN").document(DocumentType.EMERGENCY_PASSPORT)
            .evaluate()),
        Arguments.of("not applicable", baseline().nationality("CN").evaluate()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void everyFindingHasBothLanguagesAndALegalBasis(String name, Evaluation e) {
    for (Finding f : e.findings()) {
      String en = f.message(Locale.ENGLISH);
      String zh = f.message(Locale.CHINESE);
      assertFalse(en.isBlank(), f::toString);
      assertFalse(zh.isBlank(), f::toString);
      assertNotEquals(en, zh, f::toString);
      assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          () -> "no Chinese characters in " + zh);
      assertTrue(BASIS.matcher(f.legalBasis()).matches(), () -> "legal basis " + f.legalBasis() + " of " + f);
      // Simplified Chinese for a Chinese locale of any region
      assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).equals(zh));
      assertTrue(f.describe(Locale.ENGLISH).contains(f.legalBasis()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void legalBasesCiteSourcesTheCatalogueKnows(String name, Evaluation e) {
    String sources = TransitPolicy.bundled().catalogue().export("sources", io.github.transitpolicy.data.ExportFormat.CSV);
    for (Finding f : e.findings()) {
      for (String ref : f.legalBasis().split(" ; ")) {
        String id = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        assertTrue(sources.contains(id), () -> "unknown source " + id + " in " + f);
      }
    }
  }
}
