package io.github.transitpolicy.data.build;

import static io.github.transitpolicy.data.build.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.data.CatalogueException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table rules {@link BadTablesTest} leaves out, one rule per case, at run time: a copy of the valid
 * fixture with one defect, loaded with {@link Catalogue#load}, must be refused with exactly the expected
 * {@code file:line: message} problems; where a rule has a boundary, the row just inside it loads.
 */
class BadTableRowsTest {

  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void copyFixture() {
    dir = Fixtures.copyValid(tmp.resolve("tables"));
  }

  private List<String> problems(Consumer<Path> breakIt) {
    breakIt.accept(dir);
    return assertThrows(CatalogueException.class, () -> Catalogue.load(dir)).problems();
  }

  /** The change is within the rules: the copy still loads. */
  private Catalogue loads(Consumer<Path> change) {
    change.accept(dir);
    return Catalogue.load(dir);
  }

  // ------------------------------------------------------------------ reading

  @Test
  void aTableOfCommentsAndBlankLinesHasNoHeader() {
    assertEquals(List.of("catalogue.tsv:1: empty table: no header line"),
        problems(d -> Fixtures.write(d.resolve("catalogue.tsv"), List.of("# nothing here", "", "  "))));
  }

  @Test
  void aCellWithSurroundingWhiteSpaceIsReportedAndItsStrippedValueChecked() {
    assertEquals(List.of("rule_bases.tsv:2: column confidence: leading or trailing white space in \" H\""),
        problems(d -> Fixtures.editLine(d, "rule_bases", 2, "\tH", "\t H")));
  }

  @Test
  void aTableThatIsNotUtf8CannotBeRead() {
    List<String> p = problems(d -> {
      try {
        java.nio.file.Files.write(d.resolve("rule_bases.tsv"), new byte[] {'r', 'e', (byte) 0xFF, '\n'});
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(List.of("rule_bases.tsv:0: cannot read: Input length = 1"), p);
  }

  @Test
  void theValidatedTablesAreNamedAndAnUnknownNameIsRefused() {
    io.github.transitpolicy.data.internal.TableValidator.Tables tables =
        io.github.transitpolicy.data.internal.TableValidator.read(dir, null, null);
    assertEquals(List.of("id", "title", "published", "location"), tables.table("sources").columns());
    assertEquals("sources.tsv:3", tables.table("sources").rows().get(0).where());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables.table("nope"));
    assertEquals("table: no table named \"nope\"", e.getMessage());
  }

  // ------------------------------------------------------------------ cells

  @Test
  void aCountThatIsNotPositive() {
    assertEquals(List.of(
            "annex1_countries.tsv:3: row: must be positive, was 0",
            "transit_240h_countries.tsv:2: annex1_row: unknown reference 1 (annex 1 has no such row)",
            "annex1_countries.tsv:3: annex 1 row 0 (法国) has no row in transit_240h_countries.tsv"),
        problems(d -> Fixtures.editLine(d, "annex1_countries", 3, "1\t", "0\t")));
  }

  @Test
  void aCountThatIsNotANumber() {
    assertEquals(List.of(
            "visa_exemptions.tsv:4: stay_days: not a whole number: \"30d\"",
            "visa_exemptions.tsv:4: stay_days: a MUTUAL agreement with verified terms needs its stay limit"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t", "\t30d\t")));
  }

  @Test
  void aCountWithASignIsNotAPlainNumber() {
    assertEquals(List.of(
            "visa_exemptions.tsv:4: stay_days: not a whole number: \"+30\"",
            "visa_exemptions.tsv:4: stay_days: a MUTUAL agreement with verified terms needs its stay limit"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t", "\t+30\t")));
  }

  @Test
  void aCountWithALeadingZeroIsNotAPlainNumber() {
    assertEquals(List.of(
            "visa_exemptions.tsv:4: stay_days: not a whole number: \"030\"",
            "visa_exemptions.tsv:4: stay_days: a MUTUAL agreement with verified terms needs its stay limit"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t", "\t030\t")));
  }

  @Test
  void aRowNumberWithALeadingZeroIsNotAPlainNumber() {
    assertEquals(List.of("annex1_countries.tsv:3: row: not a whole number: \"01\""),
        problems(d -> Fixtures.editLine(d, "annex1_countries", 3, "1\t", "01\t")).subList(0, 1));
  }

  @Test
  void oneIsTheSmallestPositiveCount() {
    Catalogue c = loads(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t", "\t1\t"));
    assertEquals(1, c.visaExemptions(io.github.transitpolicy.model.CountryCode.of("SG")).get(0).stayDays()
        .orElseThrow());
  }

  @Test
  void aFactWithoutASource() {
    assertEquals(List.of("rule_bases.tsv:6: source: every fact needs a source"),
        problems(d -> Fixtures.editLine(d, "rule_bases", 6, "REG-2013#art36 ; FACTS#6", "")));
  }

  @Test
  void aSourceReferenceThatIsNotAnId() {
    assertEquals(List.of("rule_bases.tsv:5: source: bad reference \"facts#5\" (expected ID or ID#locator,"
            + " separated by ' ; ')"),
        problems(d -> Fixtures.editLine(d, "rule_bases", 5, "FACTS#5", "facts#5")));
  }

  @Test
  void aSourceWithoutALocatorIsAnId() {
    loads(d -> Fixtures.editLine(d, "rule_bases", 5, "FACTS#5", "FACTS"));
  }

  @Test
  void aConfidenceOtherThanHighMediumOrLow() {
    assertEquals(List.of("rule_bases.tsv:5: confidence: \"X\" is not one of [H, L, M]"),
        problems(d -> Fixtures.editLine(d, "rule_bases", 5, "FACTS#5\tH", "FACTS#5\tX")));
  }

  // ------------------------------------------------------------------ sources

  @Test
  void aSourceRowWithABadIdNoTitleAndABadDate() {
    assertEquals(List.of(
            "sources.tsv:10: id: bad code \"-X\" (expected [A-Z0-9][A-Z0-9-]*)",
            "sources.tsv:10: title: must not be empty",
            "sources.tsv:10: published: bad date \"2025-02-30\""),
        problems(d -> Fixtures.append(d, "sources", row("-X", "", "2025-02-30", "https://example.org/x"))));
  }

  @Test
  void aSourceWithoutALocation() {
    assertEquals(List.of("sources.tsv:10: location: must not be empty"),
        problems(d -> Fixtures.append(d, "sources", row("EXTRA", "Extra", "", ""))));
  }

  // ------------------------------------------------------------------ countries

  @Test
  void aCountryMarkedRegionAndARegionMarkedCountry() {
    assertEquals(List.of(
            "countries.tsv:2: kind: HK, MO and TW, and only they, are REGION",
            "countries.tsv:6: kind: HK, MO and TW, and only they, are REGION"),
        problems(d -> {
          Fixtures.editLine(d, "countries", 2, "\tCOUNTRY\t", "\tREGION\t");
          Fixtures.editLine(d, "countries", 6, "\tREGION\t", "\tCOUNTRY\t");
        }));
  }

  @Test
  void aCountryWithoutCodes() {
    // an empty code is reported once, not also as a code ISO does not know
    assertEquals(List.of(
            "countries.tsv:7: iso2: must not be empty",
            "countries.tsv:7: iso3: must not be empty"),
        problems(d -> Fixtures.append(d, "countries", row("", "", "COUNTRY", "Nowhere", "无处", "ISO-3166"))));
  }

  @Test
  void aCountryKindOutsideTheTwo() {
    assertEquals(List.of("countries.tsv:2: kind: \"STATE\" is not one of [COUNTRY, REGION]"),
        problems(d -> Fixtures.editLine(d, "countries", 2, "\tCOUNTRY\t", "\tSTATE\t")));
  }

  @Test
  void twoCountriesWithOneChineseNameAndTheAnnexRowThatThenNamesTheOther() {
    assertEquals(List.of(
            "countries.tsv:7: name_zh: \"法国\" also names FR",
            "transit_240h_countries.tsv:2: annex1_row: row 1 of annex 1 is IT, not FR"),
        problems(d -> Fixtures.append(d, "countries", row("IT", "ITA", "COUNTRY", "Italy", "法国", "ISO-3166"))));
  }

  @Test
  void aCountryWithoutAnEnglishOrChineseName() {
    assertEquals(List.of(
            "countries.tsv:7: name_en: must not be empty",
            "countries.tsv:7: name_zh: must not be empty"),
        problems(d -> Fixtures.append(d, "countries", row("IT", "ITA", "COUNTRY", "", "", "ISO-3166"))));
  }

  @Test
  void twoCountriesWithOneAlpha3Code() {
    assertEquals(List.of(
            "countries.tsv:7: duplicate key iso3 = \"FRA\" (first at countries.tsv:2)",
            "countries.tsv:7: iso3: \"FRA\" is not the alpha-3 code of IT (ISO 3166-1 says ITA)"),
        problems(d -> Fixtures.append(d, "countries", row("IT", "FRA", "COUNTRY", "Italy", "意大利", "ISO-3166"))));
  }

  // ------------------------------------------------------------------ annex 1 and 240-hour eligibility

  @Test
  void anAnnex1RowWithoutItsContinent() {
    assertEquals(List.of("annex1_countries.tsv:3: continent_zh: must not be empty"),
        problems(d -> Fixtures.editLine(d, "annex1_countries", 3, "欧洲国家", "")));
  }

  @Test
  void anEligibilityRowPointingAtAnotherCountrysAnnexRow() {
    assertEquals(List.of(
            "transit_240h_countries.tsv:2: annex1_row: row 2 of annex 1 is DE, not FR",
            "transit_240h_countries.tsv:3: annex1_row: row 2 is already claimed at transit_240h_countries.tsv:2",
            "annex1_countries.tsv:3: annex 1 row 1 (法国) has no row in transit_240h_countries.tsv"),
        problems(d -> Fixtures.editLine(d, "transit_240h_countries", 2, "\t1\t", "\t2\t")));
  }

  @Test
  void anEligibilityRowWithoutAStartOrWithABadAnnexRow() {
    assertEquals(List.of(
            "transit_240h_countries.tsv:2: from: must not be empty",
            "transit_240h_countries.tsv:3: annex1_row: not a whole number: \"two\"",
            "annex1_countries.tsv:4: annex 1 row 2 (德国) has no row in transit_240h_countries.tsv"),
        problems(d -> {
          Fixtures.editLine(d, "transit_240h_countries", 2, "FR\t2024-12-17\t", "FR\t\t");
          Fixtures.editLine(d, "transit_240h_countries", 3, "\t2\t", "\ttwo\t");
        }));
  }

  @Test
  void anEligibilityRowOfAnUnknownCountry() {
    assertEquals(List.of(
            "transit_240h_countries.tsv:5: iso2: unknown reference \"IT\" (not in countries.tsv)",
            "policy_versions.tsv:4: countries: the version says 3 countries on 2025-06-12, transit_240h_countries.tsv has 4",
            "policy_versions.tsv:5: countries: the version says 3 countries on 2025-11-05, transit_240h_countries.tsv has 4"),
        problems(d -> Fixtures.append(d, "transit_240h_countries", row("IT", "2025-01-01", "", "", "FACTS#1", "M"))));
  }

  @Test
  void eligibilityPeriodsThatMeetOnADayOverlapAndOnesThatFollowDoNot() {
    assertEquals(List.of("transit_240h_countries.tsv:5: iso2: FR has overlapping eligibility periods"),
        problems(d -> Fixtures.append(d, "transit_240h_countries",
            row("FR", "2020-01-01", "2024-12-17", "", "FACTS#1", "M"))));
  }

  @Test
  void eligibilityPeriodsThatFollowEachOtherLoad() {
    Catalogue c = loads(d -> Fixtures.append(d, "transit_240h_countries",
        row("FR", "2020-01-01", "2024-12-16", "", "FACTS#1", "M")));
    assertEquals(4, c.transitEligibility().size());
  }

  // ------------------------------------------------------------------ other regimes' lists

  @Test
  void aRegimeListRowForARegimeWithoutAList() {
    assertEquals(List.of("regime_countries.tsv:3: regime: \"TRANSIT_240H\" is not one of [ASEAN_GROUP_GUILIN,"
        + " ASEAN_GROUP_XISHUANGBANNA, HAINAN_30D, HK_MACAO_GROUP_GUANGDONG, HK_MACAO_GROUP_HAINAN, TRANSIT_144H,"
        + " TRANSIT_72H]"),
        problems(d -> Fixtures.editLine(d, "regime_countries", 3, "HAINAN_30D", "TRANSIT_240H")));
  }

  @Test
  void aRegimeListRowWithoutAStartOfAnUnknownCountry() {
    assertEquals(List.of(
            "regime_countries.tsv:4: iso2: unknown reference \"IT\" (not in countries.tsv)",
            "regime_countries.tsv:4: from: must not be empty"),
        problems(d -> Fixtures.append(d, "regime_countries", row("HAINAN_30D", "IT", "", "", "REG-2013#art36", "H"))));
  }

  @Test
  void regimeListPeriodsThatMeetOnADayOverlap() {
    assertEquals(List.of("regime_countries.tsv:4: iso2: FR has overlapping periods for HAINAN_30D"),
        problems(d -> Fixtures.append(d, "regime_countries",
            row("HAINAN_30D", "FR", "2010-01-01", "2018-05-01", "REG-2013#art36", "H"))));
  }

  @Test
  void regimeListPeriodsThatFollowEachOtherLoad() {
    Catalogue c = loads(d -> Fixtures.append(d, "regime_countries",
        row("HAINAN_30D", "FR", "2010-01-01", "2018-04-30", "REG-2013#art36", "H")));
    List<io.github.transitpolicy.model.CountryEligibility> hainan =
        c.eligibility(io.github.transitpolicy.model.Regime.HAINAN_30D);
    assertEquals(2, hainan.size());
    assertThrows(UnsupportedOperationException.class, () -> hainan.remove(0));
    io.github.transitpolicy.model.CountryCode fr = io.github.transitpolicy.model.CountryCode.of("FR");
    assertEquals(java.time.LocalDate.of(2018, 4, 30), c.eligibility(io.github.transitpolicy.model.Regime.HAINAN_30D,
        fr, java.time.LocalDate.of(2018, 4, 30)).orElseThrow().validity().until().orElseThrow());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2018, 5, 1)), c.eligibility(
        io.github.transitpolicy.model.Regime.HAINAN_30D, fr, java.time.LocalDate.of(2018, 5, 1)).orElseThrow()
        .validity().from());
    assertEquals(java.util.Optional.empty(), c.eligibility(io.github.transitpolicy.model.Regime.HAINAN_30D, fr,
        java.time.LocalDate.of(2009, 12, 31)));
    assertEquals(java.util.Optional.empty(), c.eligibility(io.github.transitpolicy.model.Regime.HAINAN_30D,
        io.github.transitpolicy.model.CountryCode.of("DE"), java.time.LocalDate.of(2020, 1, 1)));
    assertEquals(List.of(), c.eligibility(io.github.transitpolicy.model.Regime.TRANSIT_240H));
  }

  // ------------------------------------------------------------------ provinces and places

  @Test
  void aProvinceWithBadCodesKindAndNoNames() {
    assertEquals(List.of(
            "provinces.tsv:5: code: bad code \"450001\" (expected \\d{2}0000)",
            "provinces.tsv:5: iso: bad code \"GX\" (expected CN-[A-Z]{2})",
            "provinces.tsv:5: kind: \"STATE\" is not one of [AUTONOMOUS_REGION, MUNICIPALITY, PROVINCE]",
            "provinces.tsv:5: name_zh: must not be empty",
            "provinces.tsv:5: name_en: must not be empty",
            "provinces.tsv:5: short_zh: must not be empty"),
        problems(d -> Fixtures.append(d, "provinces", row("450001", "GX", "STATE", "", "", "", "GBT-2260"))));
  }

  @Test
  void twoProvincesWithOneShortNameOrIsoCode() {
    assertEquals(List.of(
            "provinces.tsv:5: duplicate key iso = \"CN-GD\" (first at provinces.tsv:4)",
            "provinces.tsv:5: short_zh: \"广东\" also names 440000",
            "permitted_areas.tsv:5: annex2_row: row 3 of annex 2 belongs to 450000, not 440000",
            "ports.tsv:5: province: 440000 differs from annex 2 row 3 (450000)"),
        problems(d -> Fixtures.append(d, "provinces",
            row("450000", "CN-GD", "AUTONOMOUS_REGION", "广西壮族自治区", "广东", "Guangxi", "GBT-2260"))));
  }

  @Test
  void aPrefectureCodeEndingInFourZerosUnderAnotherProvince() {
    assertEquals(List.of(
            "places.tsv:10: code: bad code \"450000\" for a prefecture (expected xxxx00)",
            "places.tsv:10: parent: 440000 is not the province of 450000"),
        problems(d -> Fixtures.append(d, "places", row("450000", "PREFECTURE", "440000", "广西", "", "GBT-2260"))));
  }

  @Test
  void aPrefectureCodeNotEndingInZeros() {
    assertEquals(List.of("places.tsv:10: code: bad code \"440301\" for a prefecture (expected xxxx00)"),
        problems(d -> Fixtures.append(d, "places", row("440301", "PREFECTURE", "440000", "某市", "", "GBT-2260"))));
  }

  @Test
  void aPrefectureOfAnUnknownProvince() {
    assertEquals(List.of("places.tsv:10: parent: unknown reference \"450000\" (not a province in provinces.tsv)"),
        problems(d -> Fixtures.append(d, "places", row("450100", "PREFECTURE", "450000", "南宁市", "", "GBT-2260"))));
  }

  @Test
  void aCountyCodeEndingInZerosUnderAnotherPrefecture() {
    assertEquals(List.of(
            "places.tsv:10: code: bad code \"440400\" for a county (a county code does not end in 00)",
            "places.tsv:10: parent: 440300 is not the prefecture that the county code 440400 names (440400)"),
        problems(d -> Fixtures.append(d, "places", row("440400", "COUNTY", "440300", "某区", "", "GBT-2260"))));
  }

  @Test
  void aCountyOfAPrefectureTheTableLacks() {
    assertEquals(List.of("places.tsv:10: parent: unknown reference \"440500\" (no such prefecture in places.tsv)"),
        problems(d -> Fixtures.append(d, "places", row("440511", "COUNTY", "440500", "某区", "", "GBT-2260"))));
  }

  @Test
  void aCountyAndAPrefectureWithGoodCodesLoad() {
    Catalogue c = loads(d -> {
      Fixtures.append(d, "places", row("440304", "COUNTY", "440300", "福田区", "Futian", "GBT-2260"));
      Fixtures.append(d, "places", row("440400", "PREFECTURE", "440000", "珠海市", "Zhuhai", "GBT-2260"));
    });
    assertEquals("福田区", c.place(io.github.transitpolicy.model.PlaceCode.of("440304")).orElseThrow().nameZh());
  }

  @Test
  void aPlaceLevelOutsideTheTwoAndAPlaceWithoutAName() {
    assertEquals(List.of(
            "places.tsv:10: name_zh: must not be empty",
            "places.tsv:10: level: \"TOWN\" is not one of [COUNTY, PREFECTURE]"),
        problems(d -> Fixtures.append(d, "places", row("440401", "TOWN", "440400", "", "", "GBT-2260"))));
  }

  @Test
  void aPlaceCodeThatIsNotSixDigits() {
    // "44040" sorts after "440300", so it is only a bad code
    assertEquals(List.of("places.tsv:10: code: bad code \"44040\" (expected \\d{6})"),
        problems(d -> Fixtures.append(d, "places", row("44040", "PREFECTURE", "440000", "某市", "", "GBT-2260"))));
  }

  @Test
  void aRepeatedPlaceCodeIsADuplicateAndOutOfOrder() {
    assertEquals(List.of(
            "places.tsv:10: duplicate key code = \"440300\" (first at places.tsv:9)",
            "places.tsv:10: code: 440300 is out of order (places are sorted by code; it follows 440300)"),
        problems(d -> Fixtures.append(d, "places", row("440300", "PREFECTURE", "440000", "深圳市", "", "GBT-2260"))));
  }

  // ------------------------------------------------------------------ annex 2

  @Test
  void theFirstRowOfAProvinceWithoutItsStayArea() {
    assertEquals(List.of("annex2_ports.tsv:4: stay_area_zh: the first row of a province must name its stay area"),
        problems(d -> Fixtures.editLine(d, "annex2_ports", 4, "\t南京市、苏州市\t", "\t\t")));
  }

  @Test
  void anAnnex2ProvinceThatIsNoShortName() {
    List<String> p = problems(d -> Fixtures.editLine(d, "annex2_ports", 5, "\t广东\t", "\t广西\t"));
    assertEquals("annex2_ports.tsv:5: province_zh: unknown reference \"广西\" (no short_zh in provinces.tsv)", p.get(0));
  }

  @Test
  void theFirstAnnex2RowWithoutItsProvince() {
    List<String> p = problems(d -> Fixtures.editLine(d, "annex2_ports", 3, "\t北京\t", "\t\t"));
    assertEquals("annex2_ports.tsv:3: province_zh: the first row must name its province", p.get(0));
  }

  @Test
  void aRowThatContinuesAProvinceWithAStayAreaOfItsOwn() {
    assertEquals(List.of(
            "annex2_ports.tsv:5: stay_area_zh: a row that continues a province must leave its stay area empty",
            "permitted_areas.tsv:5: annex2_row: row 3 of annex 2 belongs to 320000, not 440000",
            "ports.tsv:5: province: 440000 differs from annex 2 row 3 (320000)",
            "annex2_ports.tsv:0: annex 2 names 2 provinces; the announcement says 3 (policy_versions.tsv:5)"),
        problems(d -> Fixtures.editLine(d, "annex2_ports", 5, "\t广东\t", "\t\t")));
  }

  @Test
  void anAnnex2RowWithoutItsPort() {
    List<String> p = problems(d -> Fixtures.editLine(d, "annex2_ports", 3, "\t北京首都国际机场口岸\t", "\t\t"));
    assertEquals("annex2_ports.tsv:3: port_zh: must not be empty", p.get(0));
  }

  // ------------------------------------------------------------------ permitted areas

  @Test
  void anAreaOfAnUnknownProvinceAndPlace() {
    assertEquals(List.of(
            "permitted_areas.tsv:6: province: unknown reference \"450000\" (not in provinces.tsv)",
            "permitted_areas.tsv:6: place: unknown reference \"450100\" (not in places.tsv)",
            "permitted_areas.tsv:6: annex2_row: row 3 of annex 2 belongs to 440000, not 450000",
            "policy_versions.tsv:5: provinces: the version says 3 provinces on 2025-11-05, permitted_areas.tsv has 4"),
        problems(d -> Fixtures.append(d, "permitted_areas",
            row("450000", "450100", "南宁市", "3", "2025-11-05", "", "NIA-2025-4#annex2-row3", "H"))));
  }

  @Test
  void anAreaPlaceThatIsACountyOrInAnotherProvince() {
    assertEquals(List.of(
            "permitted_areas.tsv:6: place: 110105 is not a prefecture of province 110000",
            "permitted_areas.tsv:7: place: 440100 is not a prefecture of province 110000"),
        problems(d -> {
          Fixtures.append(d, "permitted_areas",
              row("110000", "110105", "朝阳区", "1", "2024-12-17", "", "NIA-2025-4#annex2-row1", "H"));
          Fixtures.append(d, "permitted_areas",
              row("110000", "440100", "广州市", "1", "2024-12-17", "", "NIA-2025-4#annex2-row1", "H"));
        }));
  }

  @Test
  void anAreaWithoutAName_AnAnnexRowOrAStart() {
    assertEquals(List.of(
            "permitted_areas.tsv:6: name_zh: must not be empty",
            "permitted_areas.tsv:6: annex2_row: must not be empty",
            "permitted_areas.tsv:6: from: must not be empty",
            // without a start the row counts from the first version on
            "policy_versions.tsv:3: provinces: the version says 2 provinces on 2024-12-17, permitted_areas.tsv has 3",
            "policy_versions.tsv:4: provinces: the version says 2 provinces on 2025-06-12, permitted_areas.tsv has 3"),
        problems(d -> Fixtures.append(d, "permitted_areas",
            row("440000", "440300", "", "", "", "", "NIA-2025-4#annex2-row3", "H"))));
  }

  @Test
  void anAreaCitingAnAnnex2RowThatDoesNotExist() {
    assertEquals(List.of("permitted_areas.tsv:6: annex2_row: unknown reference 9 (annex 2 has no such row)"),
        problems(d -> Fixtures.append(d, "permitted_areas",
            row("440000", "440300", "深圳市", "9", "2025-11-05", "", "NIA-2025-4#annex2-row3", "H"))));
  }

  // ------------------------------------------------------------------ ports

  @Test
  void anAirportWhoseIdIsNotItsIataCode() {
    assertEquals(List.of("ports.tsv:3: id: an airport's id is its IATA code (\"PKX\"), not \"PEK\""),
        problems(d -> Fixtures.editLine(d, "ports", 3, "PEK\tAIR\tPEK\t", "PEK\tAIR\tPKX\t")));
  }

  @Test
  void anAirportWithoutAnIataCodeAndWithABadIcaoCode() {
    assertEquals(List.of(
            "ports.tsv:3: id: an airport's id is its IATA code (\"\"), not \"PEK\"",
            "ports.tsv:3: iata: must not be empty",
            "ports.tsv:3: icao: bad code \"ZBA\" (expected [A-Z]{4})"),
        problems(d -> Fixtures.editLine(d, "ports", 3, "PEK\tAIR\tPEK\tZBAA\t", "PEK\tAIR\t\tZBA\t")));
  }

  @Test
  void aLandPortWhoseIdNamesAnotherKindAndThatHasAnAirportCode() {
    assertEquals(List.of(
            "ports.tsv:6: id: \"ROAD-LUOHU\" must start with its kind RAIL-",
            "ports.tsv:6: iata/icao: only airports have IATA or ICAO codes"),
        problems(d -> Fixtures.editLine(d, "ports", 6, "ROAD-LUOHU\tROAD\t\t\t", "ROAD-LUOHU\tRAIL\t\tZGSZ\t")));
  }

  @Test
  void aSeaPortWithAnIataCode() {
    assertEquals(List.of("ports.tsv:7: iata/icao: only airports have IATA or ICAO codes"),
        problems(d -> Fixtures.editLine(d, "ports", 7, "SEA-SUZHOU\tSEA\t\t", "SEA-SUZHOU\tSEA\tTAG\t")));
  }

  @Test
  void aPortWithABadIdKindOrUnLocode() {
    assertEquals(List.of(
            "ports.tsv:7: kind: \"BOAT\" is not one of [AIR, RAIL, ROAD, SEA]",
            "ports.tsv:7: id: bad code \"SEA_SUZHOU\" (expected (SEA|RAIL|ROAD)-[A-Z0-9]+(-[A-Z0-9]+)*)",
            "ports.tsv:7: unlocode: bad code \"CNTA1\" (expected [A-Z]{2}[A-Z2-9]{3})",
            "port_capabilities.tsv:13: port: unknown reference \"SEA-SUZHOU\" (not in ports.tsv)"),
        problems(d -> Fixtures.editLine(d, "ports", 7, "SEA-SUZHOU\tSEA\t\t\tCNTAG\t",
            "SEA_SUZHOU\tBOAT\t\t\tCNTA1\t")));
  }

  @Test
  void aPortWithoutNamesInAnUnknownProvinceAndPrefecture() {
    assertEquals(List.of(
            "ports.tsv:8: name_zh: must not be empty",
            "ports.tsv:8: name_en: must not be empty",
            "ports.tsv:8: province: unknown reference \"450000\" (not in provinces.tsv)",
            "ports.tsv:8: prefecture: unknown reference \"450100\" (not in places.tsv)"),
        problems(d -> Fixtures.append(d, "ports",
            row("RAIL-NANNING", "RAIL", "", "", "", "", "", "", "450000", "450100", "", "FACTS#2", "M"))));
  }

  @Test
  void aPortWhosePrefectureIsACountyOrInAnotherProvince() {
    assertEquals(List.of(
            "ports.tsv:8: prefecture: 110105 is not a prefecture of province 110000",
            "ports.tsv:9: prefecture: 440100 is not a prefecture of province 110000"),
        problems(d -> {
          Fixtures.append(d, "ports",
              row("RAIL-CHAOYANG", "RAIL", "", "", "", "朝阳站", "Chaoyang", "", "110000", "110105", "", "FACTS#2", "M"));
          Fixtures.append(d, "ports",
              row("RAIL-GUANGZHOU", "RAIL", "", "", "", "广州站", "Guangzhou", "", "110000", "440100", "", "FACTS#2",
                  "M"));
        }));
  }

  @Test
  void aPortWithoutAPrefectureLoads() {
    Catalogue c = loads(d -> Fixtures.append(d, "ports",
        row("RAIL-BEIJING", "RAIL", "", "", "", "北京站", "Beijing Railway Station", "", "110000", "", "", "FACTS#2",
            "M")));
    assertEquals("北京站", c.port("RAIL-BEIJING").orElseThrow().nameZh());
  }

  @Test
  void aPortNamedOtherwiseThanItsAnnex2Row() {
    assertEquals(List.of(
            "ports.tsv:3: name_zh: \"北京大兴国际机场\" differs from annex 2 row 1 (\"北京首都国际机场\")"),
        problems(d -> Fixtures.editLine(d, "ports", 3, "\t北京首都国际机场\t", "\t北京大兴国际机场\t")));
  }

  @Test
  void twoPortsClaimingOneAnnex2Row() {
    assertEquals(List.of(
            "ports.tsv:4: province: 320000 differs from annex 2 row 1 (110000)",
            "ports.tsv:4: name_zh: \"南京禄口国际机场\" differs from annex 2 row 1 (\"北京首都国际机场\")",
            "ports.tsv:4: annex2_row: row 1 is already claimed by PEK at ports.tsv:3",
            "annex2_ports.tsv:4: annex 2 row 2 has no port in ports.tsv"),
        problems(d -> Fixtures.editLine(d, "ports", 4, "\t320100\t2\t", "\t320100\t1\t")));
  }

  @Test
  void aPortCitingAnAnnex2RowThatIsNotANumber() {
    assertEquals(List.of(
            "ports.tsv:4: annex2_row: not a whole number: \"two\"",
            "annex2_ports.tsv:4: annex 2 row 2 has no port in ports.tsv"),
        problems(d -> Fixtures.editLine(d, "ports", 4, "\t320100\t2\t", "\t320100\ttwo\t")));
  }

  @Test
  void aDuplicatePortCapability() {
    assertEquals(List.of(
            "port_capabilities.tsv:14: duplicate key port+capability+from = \"PEK|OPEN_PORT|\""
                + " (first at port_capabilities.tsv:3)",
            "port_capabilities.tsv:14: port PEK has overlapping periods for OPEN_PORT"),
        problems(d -> Fixtures.append(d, "port_capabilities", row("PEK", "OPEN_PORT", "", "", "FACTS#2", "H"))));
  }

  @Test
  void capabilityPeriodsThatFollowEachOtherLoad() {
    Catalogue c = loads(d -> Fixtures.append(d, "port_capabilities",
        row("PEK", "TRANSIT_240H_EXIT", "2020-01-01", "2024-12-16", "FACTS#2", "M")));
    assertEquals(2, c.port("PEK").orElseThrow().capabilities().stream()
        .filter(x -> x.capability() == io.github.transitpolicy.model.Capability.TRANSIT_240H_EXIT).count());
  }

  // ------------------------------------------------------------------ visa exemptions and their terms

  @Test
  void anExemptionOfAnUnknownKindAndUnsureVerification() {
    assertEquals(List.of(
            "visa_exemptions.tsv:4: kind: \"BILATERAL\" is not one of [MUTUAL, UNILATERAL]",
            "visa_exemptions.tsv:4: terms_verified: \"maybe\" is not one of [no, yes]"),
        problems(d -> {
          Fixtures.editLine(d, "visa_exemptions", 4, "\tMUTUAL\t", "\tBILATERAL\t");
          Fixtures.editLine(d, "visa_exemptions", 4, "\tyes\t", "\tmaybe\t");
        }));
  }

  @Test
  void aUnilateralExemptionWithAStayLimitOfItsOwn() {
    assertEquals(List.of("visa_exemptions.tsv:2: stay_days: a UNILATERAL row takes its stay limit from"
            + " unilateral_terms.tsv; leave it empty"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 2, "\tno\t\t", "\tno\t30\t")));
  }

  @Test
  void aVerifiedMutualAgreementWithoutItsStayLimit() {
    assertEquals(List.of("visa_exemptions.tsv:4: stay_days: a MUTUAL agreement with verified terms needs its stay limit"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t", "\t\t")));
  }

  @Test
  void anUnverifiedMutualAgreementMayLackItsStayLimitAndAVerifiedOneMayHaveAHalfYearLimit() {
    Catalogue c = loads(d -> {
      Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t\tyes\t", "\t30\t90\tyes\t");
    });
    assertEquals(90, c.visaExemptions(io.github.transitpolicy.model.CountryCode.of("SG")).get(0).maxDaysIn180()
        .orElseThrow());
  }

  @Test
  void aHalfYearLimitOfZero() {
    assertEquals(List.of("visa_exemptions.tsv:4: max_days_in_180: must be positive, was 0"),
        problems(d -> Fixtures.editLine(d, "visa_exemptions", 4, "\t30\t\tyes\t", "\t30\t0\tyes\t")));
  }

  @Test
  void exemptionPeriodsThatMeetOnADayOverlapAndAnUnknownCountry() {
    assertEquals(List.of(
            "visa_exemptions.tsv:6: iso2: FR has overlapping visa exemption periods",
            "visa_exemptions.tsv:7: iso2: unknown reference \"IT\" (not in countries.tsv)"),
        problems(d -> {
          Fixtures.append(d, "visa_exemptions",
              row("FR", "UNILATERAL", "2026-12-31", "", "no", "", "", "yes", "", "FACTS#6", "M"));
          Fixtures.append(d, "visa_exemptions",
              row("IT", "UNILATERAL", "2023-12-01", "", "no", "", "", "yes", "", "FACTS#6", "M"));
        }));
  }

  @Test
  void exemptionPeriodsThatFollowEachOtherLoad() {
    Catalogue c = loads(d -> Fixtures.append(d, "visa_exemptions",
        row("FR", "UNILATERAL", "2027-01-01", "", "no", "", "", "yes", "", "FACTS#6", "M")));
    assertEquals(2, c.visaExemptions(io.github.transitpolicy.model.CountryCode.of("FR")).size());
  }

  @Test
  void unilateralTermsWithoutAStayLimitOrPurposes() {
    assertEquals(List.of(
            "unilateral_terms.tsv:3: stay_days: must not be empty",
            "unilateral_terms.tsv:3: purposes: must not be empty"),
        problems(d -> Fixtures.editLine(d, "unilateral_terms", 3, "\t30\tTOURISM|BUSINESS|FAMILY_VISIT|VISIT|TRANSIT"
            + "|EXCHANGE\t", "\t\t\t")));
  }

  @Test
  void unilateralTermsWithAPurposeTheModelLacksAndAnEmptyOne() {
    assertEquals(List.of(
            "unilateral_terms.tsv:3: purposes: \"SHOPPING\" is not one of [BUSINESS, CREW, EXCHANGE, FAMILY_VISIT,"
                + " JOURNALISM, STUDY, TOURISM, TRANSIT, VISIT, WORK]",
            "unilateral_terms.tsv:3: purposes: \"\" is not one of [BUSINESS, CREW, EXCHANGE, FAMILY_VISIT,"
                + " JOURNALISM, STUDY, TOURISM, TRANSIT, VISIT, WORK]"),
        problems(d -> Fixtures.editLine(d, "unilateral_terms", 3, "|EXCHANGE\t", "|SHOPPING|\t")));
  }

  @Test
  void unilateralTermsThatMeetOnADayOverlap() {
    assertEquals(List.of("unilateral_terms.tsv:3: unilateral terms overlap another row"),
        problems(d -> Fixtures.editLine(d, "unilateral_terms", 3, "2024-11-30\t", "2024-11-29\t")));
  }

  // ------------------------------------------------------------------ regime terms and purposes

  @Test
  void regimeTermsWithAnUnknownRegimeCountingAndAZeroLimit() {
    assertEquals(List.of(
            "regime_terms.tsv:5: regime: \"HAINAN\" is not one of [ASEAN_GROUP_GUILIN,"
                + " ASEAN_GROUP_XISHUANGBANNA, CRUISE_GROUP_15D, DIRECT_TRANSIT_24H, HAINAN_30D, HK_MACAO_GROUP_GUANGDONG,"
                + " HK_MACAO_GROUP_HAINAN, RESIDENCE, TRANSIT_144H, TRANSIT_240H, TRANSIT_72H, VISA_EXEMPTION]",
            "regime_terms.tsv:5: counting: \"CALENDAR\" is not one of [ELAPSED, NEXT_DAY_MIDNIGHT, UNCERTAIN]",
            "regime_terms.tsv:5: max_stay_hours: must be positive, was 0",
            "regime_terms.tsv:5: min_document_validity_months: must be positive, was 0",
            "regime_terms.tsv:0: no terms for regime HAINAN_30D"),
        problems(d -> Fixtures.replaceLine(d, "regime_terms", 5, "HAINAN_30D",
            row("HAINAN", "2018-05-01", "", "0", "CALENDAR", "0", "REG-2013#art36", "H"))));
  }

  @Test
  void regimeTermsThatMeetOnADayOverlap() {
    assertEquals(List.of("regime_terms.tsv:14: regime HAINAN_30D has overlapping terms"),
        problems(d -> Fixtures.append(d, "regime_terms",
            row("HAINAN_30D", "2010-01-01", "2018-05-01", "720", "NEXT_DAY_MIDNIGHT", "", "REG-2013#art36", "H"))));
  }

  @Test
  void regimeTermsThatFollowEachOtherLoad() {
    Catalogue c = loads(d -> Fixtures.append(d, "regime_terms",
        row("HAINAN_30D", "2010-01-01", "2018-04-30", "360", "NEXT_DAY_MIDNIGHT", "", "REG-2013#art36", "H")));
    assertEquals(360, c.regimeTerms(io.github.transitpolicy.model.Regime.HAINAN_30D, java.time.LocalDate.of(2015, 1, 1))
        .orElseThrow().maxStayHours().orElseThrow());
  }

  @Test
  void aPurposeRowOutsideTheScopesAndTheModel() {
    assertEquals(List.of(
            "regime_purposes.tsv:13: regime: \"RESIDENCE\" is not one of [HAINAN_30D, MUTUAL_VISA_EXEMPTION,"
                + " TOUR_GROUP, TRANSIT_240H]",
            "regime_purposes.tsv:13: purpose: \"SHOPPING\" is not one of [BUSINESS, CREW, EXCHANGE, FAMILY_VISIT,"
                + " JOURNALISM, STUDY, TOURISM, TRANSIT, VISIT, WORK]",
            "regime_purposes.tsv:13: permitted: \"maybe\" is not one of [no, yes]",
            "regime_purposes.tsv:0: regime RESIDENCE does not say whether it admits [BUSINESS, CREW, EXCHANGE,"
                + " FAMILY_VISIT, JOURNALISM, STUDY, TOURISM, TRANSIT, VISIT, WORK]"),
        problems(d -> Fixtures.append(d, "regime_purposes",
            row("RESIDENCE", "SHOPPING", "", "", "maybe", "FACTS#8", "H"))));
  }

  @Test
  void aRegimeThatLeavesAPurposeUnanswered() {
    assertEquals(List.of("regime_purposes.tsv:0: regime TRANSIT_240H does not say whether it admits [CREW]"),
        problems(d -> Fixtures.replaceLine(d, "regime_purposes", 11, "TRANSIT_240H\tCREW", "")));
  }

  @Test
  void hainanMayLeavePurposesUnanswered() {
    Catalogue c = loads(d -> Fixtures.append(d, "regime_purposes",
        row("HAINAN_30D", "BUSINESS", "2018-05-01", "2019-12-31", "no", "REG-2013#art36", "H")));
    io.github.transitpolicy.data.PurposeScope hainan = io.github.transitpolicy.data.PurposeScope.HAINAN_30D;
    io.github.transitpolicy.model.Purpose business = io.github.transitpolicy.model.Purpose.BUSINESS;
    assertEquals(false, c.purposeRule(hainan, business, java.time.LocalDate.of(2019, 12, 31)).orElseThrow().permitted());
    assertEquals(java.util.Optional.empty(), c.purposeRule(hainan, business, java.time.LocalDate.of(2020, 1, 1)));
    assertEquals(java.util.Optional.empty(), c.purposeRule(hainan, io.github.transitpolicy.model.Purpose.WORK,
        java.time.LocalDate.of(2020, 1, 1)));
    assertEquals(true, c.purposeRule(hainan, io.github.transitpolicy.model.Purpose.TOURISM,
        java.time.LocalDate.of(2018, 5, 1)).orElseThrow().permitted());
  }

  @Test
  void purposePeriodsThatMeetOnADayOverlap() {
    assertEquals(List.of("regime_purposes.tsv:13: purpose: TOURISM has overlapping periods for HAINAN_30D"),
        problems(d -> Fixtures.append(d, "regime_purposes",
            row("HAINAN_30D", "TOURISM", "2010-01-01", "2018-05-01", "no", "REG-2013#art36", "H"))));
  }

  @Test
  void aRepeatedPurposeRow() {
    assertEquals(List.of(
            "regime_purposes.tsv:13: duplicate key regime+purpose+from = \"TRANSIT_240H|CREW|\""
                + " (first at regime_purposes.tsv:11)",
            "regime_purposes.tsv:13: purpose: CREW has overlapping periods for TRANSIT_240H"),
        problems(d -> Fixtures.append(d, "regime_purposes",
            row("TRANSIT_240H", "CREW", "", "", "no", "REG-2013#art6", "M"))));
  }

  // ------------------------------------------------------------------ purpose to visa

  @Test
  void aVisaRowAfterTheOpenEndedOneIsUnreachable() {
    assertEquals(List.of("purpose_visas.tsv:14: purpose STUDY: unreachable, the row at purpose_visas.tsv:10 has no"
            + " length limit",
            "purpose_visas.tsv:14: purpose STUDY: the last row must have no length limit, so every trip gets a visa"),
        problems(d -> Fixtures.append(d, "purpose_visas", row("STUDY", "X2", "90", "", "REG-2013#art6", "H"))));
  }

  @Test
  void aPurposeWithoutAVisa() {
    assertEquals(List.of("purpose_visas.tsv:0: no visa for purpose CREW"),
        problems(d -> Fixtures.replaceLine(d, "purpose_visas", 13, "CREW\t", "")));
  }

  @Test
  void aPurposeWhoseLastRowHasALengthLimit() {
    assertEquals(List.of(
            "purpose_visas.tsv:13: purpose CREW: the last row must have no length limit, so every trip gets a visa"),
        problems(d -> Fixtures.editLine(d, "purpose_visas", 13, "CREW\tC\t\t", "CREW\tC\t30\t")));
  }

  @Test
  void aVisaRowWithUnknownPurposeVisaAndAlternative() {
    List<String> p = problems(d -> Fixtures.editLine(d, "purpose_visas", 7, "FAMILY_VISIT\tQ2\t\tS2\t",
        "FAMILY_VISIT\tQ3\t\tS3\t"));
    assertEquals(List.of(
        "purpose_visas.tsv:7: visa: \"Q3\" is not one of [C, D, F, G, J1, J2, L, M, Q1, Q2, R, S1, S2, X1, X2, Z]",
        "purpose_visas.tsv:7: alternative: \"S3\" is not one of [C, D, F, G, J1, J2, L, M, Q1, Q2, R, S1, S2, X1, X2,"
            + " Z]"), p);
  }

  @Test
  void aVisaRowForAPurposeTheModelLacks() {
    assertEquals(List.of(
            "purpose_visas.tsv:14: purpose: \"SHOPPING\" is not one of [BUSINESS, CREW, EXCHANGE, FAMILY_VISIT,"
                + " JOURNALISM, STUDY, TOURISM, TRANSIT, VISIT, WORK]"),
        problems(d -> Fixtures.append(d, "purpose_visas", row("SHOPPING", "L", "", "", "REG-2013#art6", "H"))));
  }

  @Test
  void twoVisaRowsWithOneLengthLimit() {
    // the key check runs last, after the row rules
    assertEquals(List.of(
            "purpose_visas.tsv:10: purpose STUDY: the last row must have no length limit, so every trip gets a visa",
            "purpose_visas.tsv:10: duplicate key purpose+max_stay_days = \"STUDY|180\" (first at purpose_visas.tsv:9)"),
        problems(d -> Fixtures.editLine(d, "purpose_visas", 10, "STUDY\tX1\t\t", "STUDY\tX1\t180\t")));
  }

  // ------------------------------------------------------------------ tour group areas

  @Test
  void aGroupAreaOfAnUnknownRegimeEntryOrPlace() {
    assertEquals(List.of(
            "group_areas.tsv:10: regime: \"TRANSIT_240H\" is not one of [ASEAN_GROUP_GUILIN, ASEAN_GROUP_XISHUANGBANNA,"
                + " CRUISE_GROUP_15D, HK_MACAO_GROUP_GUANGDONG, HK_MACAO_GROUP_HAINAN]",
            "group_areas.tsv:11: entry: \"440000\" is not a prefecture in places.tsv",
            "group_areas.tsv:12: place: \"320506\" is neither a province in provinces.tsv nor a prefecture in places.tsv"),
        problems(d -> {
          Fixtures.append(d, "group_areas", row("TRANSIT_240H", "", "320500", "", "", "REG-2013#art36", "M"));
          Fixtures.append(d, "group_areas",
              row("HK_MACAO_GROUP_GUANGDONG", "440000", "440100", "2024-01-01", "", "REG-2013#art36", "M"));
          Fixtures.append(d, "group_areas",
              row("HK_MACAO_GROUP_GUANGDONG", "440100", "320506", "", "", "REG-2013#art36", "M"));
        }));
  }

  @Test
  void everyGroupRegimeHasAnArea() {
    assertEquals(List.of("group_areas.tsv:0: no area for regime ASEAN_GROUP_GUILIN"),
        problems(d -> Fixtures.editLine(d, "group_areas", 4, "ASEAN_GROUP_GUILIN", "ASEAN_GROUP_XISHUANGBANNA")));
  }

  // ------------------------------------------------------------------ arrival cards and rule bases

  @Test
  void anArrivalCardRuleOfAnUnknownCaseAndRequirement() {
    assertEquals(List.of(
            "arrival_card_rules.tsv:5: case: \"CREW_MEMBER\" is not one of [CRUISE_SAME_SHIP,"
                + " DIRECT_TRANSIT_IN_PORT, FAST_LANE, FOREIGNER_ENTERING, FOREIGN_CREW, HK_MACAO_PERMIT_HOLDER,"
                + " PERMANENT_RESIDENT, VISA_FREE_GROUP]",
            "arrival_card_rules.tsv:5: requirement: \"OPTIONAL\" is not one of [EXEMPT, REQUIRED]"),
        problems(d -> Fixtures.append(d, "arrival_card_rules",
            row("CREW_MEMBER", "2025-11-20", "", "OPTIONAL", "NIA-2025-4#item10", "H"))));
  }

  @Test
  void arrivalCardPeriodsThatMeetOnADayOverlap() {
    assertEquals(List.of("arrival_card_rules.tsv:3: case FOREIGNER_ENTERING has overlapping periods"),
        problems(d -> Fixtures.editLine(d, "arrival_card_rules", 3, "\t2025-11-20\t", "\t2025-11-19\t")));
  }

  @Test
  void aRuleBasisOfAnUnknownRegimeAndFinding() {
    assertEquals(List.of(
            "rule_bases.tsv:7: regime: \"TRANSIT_12H\" is not one of [ASEAN_GROUP_GUILIN,"
                + " ASEAN_GROUP_XISHUANGBANNA, CRUISE_GROUP_15D, DIRECT_TRANSIT_24H, HAINAN_30D, HK_MACAO_GROUP_GUANGDONG,"
                + " HK_MACAO_GROUP_HAINAN, RESIDENCE, TRANSIT_144H, TRANSIT_240H, TRANSIT_72H, VISA_EXEMPTION]",
            "rule_bases.tsv:7: code: \"ANY\" is not one of [CONNECTION_WITHIN_24_HOURS, DOCUMENT_ACCEPTED,"
                + " DOCUMENT_VALIDITY, ENTRY_PORT_DESIGNATED, ENTRY_PORT_OPEN, EXIT_PORT_OPEN, EXIT_PORT_PERMITTED,"
                + " NATIONALITY_ELIGIBLE, NO_ADVERSE_RECORD, ONWARD_TICKET_CONFIRMED, POLICY_IN_FORCE,"
                + " PURPOSE_PERMITTED, RESIDENCE_DOCUMENT_HELD, ROUTE_TO_THIRD_COUNTRY, STAYS_IN_PORT,"
                + " STAYS_WITH_SHIP, STAY_WITHIN_LIMIT, TOUR_GROUP_ADMITTED, VISITS_WITHIN_AREA]"),
        problems(d -> Fixtures.append(d, "rule_bases", row("TRANSIT_12H", "ANY", "FACTS#5", "H"))));
  }

  // ------------------------------------------------------------------ policy versions

  @Test
  void versionsOutOfDateOrder() {
    List<String> p = problems(d -> Fixtures.editLine(d, "policy_versions", 4, "2025-06-12\t", "2024-12-17\t"));
    assertEquals(List.of(
        "policy_versions.tsv:4: duplicate key effective = \"2024-12-17\" (first at policy_versions.tsv:3)",
        "policy_versions.tsv:4: effective: versions must be in date order (2024-12-17 after 2024-12-17)",
        "policy_versions.tsv:4: countries: the version says 3 countries on 2024-12-17, transit_240h_countries.tsv has 2"),
        p);
  }

  @Test
  void aVersionWithoutADateCountsOrSummary() {
    assertEquals(List.of(
            "policy_versions.tsv:4: effective: must not be empty",
            "policy_versions.tsv:4: countries: must be positive, was 0",
            "policy_versions.tsv:4: ports: must not be empty",
            "policy_versions.tsv:4: provinces: not a whole number: \"two\"",
            "policy_versions.tsv:4: summary_en: must not be empty"),
        problems(d -> Fixtures.replaceLine(d, "policy_versions", 4, "2025-06-12",
            row("", "", "0", "", "two", "PEOPLE-2025-06-12", "H"))));
  }

  @Test
  void theAnnouncementsCountOfAnnex1Countries() {
    assertEquals(List.of(
            "policy_versions.tsv:5: countries: the version says 4 countries on 2025-11-05,"
                + " transit_240h_countries.tsv has 3",
            "annex1_countries.tsv:0: annex 1 has 3 rows; the announcement says 4 countries (policy_versions.tsv:5)"),
        problems(d -> Fixtures.editLine(d, "policy_versions", 5, "\t3\t3\t3\t", "\t4\t3\t3\t")));
  }

  @Test
  void aCountIncludesARowOnItsLastDayAndNotAfter() {
    // FR's eligibility ends on the second version's day: counted then, not on the third
    assertEquals(List.of(
            "policy_versions.tsv:5: countries: the version says 3 countries on 2025-11-05,"
                + " transit_240h_countries.tsv has 2"),
        problems(d -> Fixtures.editLine(d, "transit_240h_countries", 2, "FR\t2024-12-17\t\t",
            "FR\t2024-12-17\t2025-06-12\t")));
  }

  @Test
  void anAnnouncementCountThatIsNotANumberIsNotComparedWithTheAnnex() {
    assertEquals(List.of("policy_versions.tsv:5: countries: not a whole number: \"three\""),
        problems(d -> Fixtures.editLine(d, "policy_versions", 5, "\t3\t3\t3\t", "\tthree\t3\t3\t")));
  }

  @Test
  void theAnnouncementCitedWithoutALocatorCounts() {
    Catalogue c = loads(d -> Fixtures.editLine(d, "policy_versions", 5, "NIA-2025-4#item6 ; NIA-2025-4#annex2",
        "FACTS#1 ; NIA-2025-4"));
    assertEquals("2025-11-05", c.dataVersion());
  }

  @Test
  void aSourceThatOnlyStartsWithTheAnnouncementsIdDoesNotCiteIt() {
    assertEquals(List.of(
            "policy_versions.tsv:0: no version cites NIA-2025-4, the announcement the annexes come from"),
        problems(d -> {
          Fixtures.append(d, "sources", row("NIA-2025-40", "Another announcement", "", "https://example.org/40"));
          Fixtures.editLine(d, "policy_versions", 5, "NIA-2025-4#item6 ; NIA-2025-4#annex2", "NIA-2025-40#item6");
        }));
  }
}
