package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every value type refuses a blank text or an out-of-range count with an {@link
 * IllegalArgumentException} whose message names the field, one field at a time; the boundary
 * values just inside the ranges are accepted.
 */
class FieldChecksTest {

  private static void refused(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void portRefusesEachBlankTextNamingIt() {
    refused("port nameZh: must not be blank", () -> CatalogueEntitiesTest.pvg().nameZh(" ").build());
    refused("port nameEn: must not be blank", () -> CatalogueEntitiesTest.pvg().nameEn("").build());
    refused("port source: must not be blank", () -> CatalogueEntitiesTest.pvg().source("\t").build());
    refused("port unlocode: must not be blank", () -> CatalogueEntitiesTest.pvg().unlocode(" ").build());
  }

  @Test
  void portAnnexRowMustBePositive() {
    refused("port annex2Row: 0 must be positive", () -> CatalogueEntitiesTest.pvg().annex2Row(0).build());
    assertEquals(OptionalInt.of(1), CatalogueEntitiesTest.pvg().annex2Row(1).build().annex2Row());
  }

  @Test
  void codesMadeOfTheFirstAndLastLettersAreWellFormed() {
    // 'A' and 'Z' are the bounds of the letter check: both are letters.
    Port p = CatalogueEntitiesTest.pvg().iata("AZA").icao("ZAZA").build();
    assertEquals(Optional.of("AZA"), p.iata());
    assertEquals(Optional.of("ZAZA"), p.icao());
    refused("port iata: \"A@Z\" is not 3 upper-case letters", () -> CatalogueEntitiesTest.pvg().iata("A@Z").build());
    refused("port icao: \"ZZZ[\" is not 4 upper-case letters", () -> CatalogueEntitiesTest.pvg().icao("ZZZ[").build());
  }

  @Test
  void provinceRefusesEachBlankNameNamingIt() {
    refused("province nameZh: must not be blank", () -> CatalogueEntitiesTest.beijing().nameZh(" ").build());
    refused("province shortZh: must not be blank", () -> CatalogueEntitiesTest.beijing().shortZh("").build());
    refused("province nameEn: must not be blank", () -> CatalogueEntitiesTest.beijing().nameEn(" ").build());
  }

  @Test
  void policyVersionRefusesBlankTextsAndNegativeCounts() {
    PolicyVersion v = EvaluationTest.version();
    refused("policy version summary: must not be blank", () -> PolicyVersion.builder().from(v).summary(" ").build());
    refused("policy version source: must not be blank", () -> PolicyVersion.builder().from(v).source("").build());
    refused(
        "policy version countries: -1 must not be negative",
        () -> PolicyVersion.builder().from(v).countries(-1).build());
    refused("policy version ports: -1 must not be negative", () -> PolicyVersion.builder().from(v).ports(-1).build());
    refused(
        "policy version provinces: -1 must not be negative",
        () -> PolicyVersion.builder().from(v).provinces(-1).build());
  }

  @Test
  void policyVersionAcceptsZeroCounts() {
    PolicyVersion v =
        PolicyVersion.builder().from(EvaluationTest.version()).countries(0).ports(0).provinces(0).build();
    assertEquals(0, v.countries());
    assertEquals(0, v.ports());
    assertEquals(0, v.provinces());
  }

  private static VisaExemption.Builder france() {
    return VisaExemption.builder()
        .country(CountryCode.of("FR"))
        .kind(ExemptionKind.UNILATERAL)
        .validity(DateRange.from(LocalDate.of(2023, 12, 1)))
        .stayDays(30)
        .source("FACTS.md")
        .confidence(Confidence.H);
  }

  @Test
  void visaExemptionRefusesBlankSourceAndNonPositiveDays() {
    refused("visa exemption source: must not be blank", () -> france().source(" ").build());
    refused("visa exemption stayDays: 0 must be positive", () -> france().stayDays(0).build());
    refused("visa exemption maxDaysIn180: 0 must be positive", () -> france().maxDaysIn180(0).build());
    refused("visa exemption maxDaysIn180: -90 must be positive", () -> france().maxDaysIn180(-90).build());
    assertEquals(OptionalInt.of(1), france().maxDaysIn180(1).build().maxDaysIn180());
  }

  @Test
  void unilateralTermsRefuseNonPositiveDaysAndBlankSource() {
    UnilateralTerms.Builder terms =
        UnilateralTerms.builder()
            .validity(DateRange.from(LocalDate.of(2024, 11, 30)))
            .addPurposes(Purpose.TOURISM)
            .confidence(Confidence.H);
    refused(
        "unilateral terms stayDays: 0 must be positive",
        () -> UnilateralTerms.builder().from(terms.stayDays(30).source("x").build()).stayDays(0).build());
    refused(
        "unilateral terms source: must not be blank",
        () -> UnilateralTerms.builder().from(terms.stayDays(30).source("x").build()).source(" ").build());
    assertEquals(1, terms.stayDays(1).source("x").build().stayDays());
  }

  @Test
  void portCapabilityRefusesBlankSource() {
    refused(
        "port capability source: must not be blank",
        () -> PortCapability.of(Capability.OPEN_PORT, DateRange.always(), " ", Confidence.M));
  }

  @Test
  void portCapabilityAppliesOnTheDaysOfItsValidity() {
    LocalDate from = LocalDate.of(2024, 12, 17);
    PortCapability c =
        PortCapability.of(Capability.TRANSIT_240H_ENTRY, DateRange.of(from, from.plusDays(2)), "annex 2", Confidence.H);
    assertEquals(false, c.appliesOn(from.minusDays(1)));
    assertEquals(true, c.appliesOn(from));
    assertEquals(true, c.appliesOn(from.plusDays(2)));
    assertEquals(false, c.appliesOn(from.plusDays(3)));
  }

  @Test
  void placeRefusesBlankNameAndAParentOfItsOwnLevel() {
    refused("place nameZh: must not be blank", () -> Place.of(PlaceCode.of("320500"), PlaceCode.of("320000"), " ", null));
    // A prefecture cannot be its own parent, nor have another prefecture for a parent.
    refused(
        "place parent: 320500 does not contain 320500",
        () -> Place.of(PlaceCode.of("320500"), PlaceCode.of("320500"), "苏州市", null));
  }

  @Test
  void aDepartureValueRefusesAnUnstrippedPortHoweverItIsMade() {
    // The factories strip the port; the value's own check also guards the generated copy path
    // (Departure keeps its withers; Arrival has none).
    LocalDateTime t = LocalDateTime.of(2025, 12, 1, 10, 0);
    refused(
        "departure port: \"PVG \" must not have surrounding whitespace",
        () -> ((ImmutableDeparture) Departure.of("PVG", t, CountryCode.of("JP"))).withPort("PVG "));
  }

  @Test
  void theFactoriesRefuseABlankPortNamingTheField() {
    LocalDateTime t = LocalDateTime.of(2025, 12, 1, 10, 0);
    refused("arrival port: must not be blank", () -> Arrival.of("  ", t, CountryCode.of("US")));
    refused("departure port: must not be blank", () -> Departure.of("", t, CountryCode.of("JP")));
    assertEquals("PVG", Arrival.of(" PVG ", t, CountryCode.of("US")).port());
  }
}
