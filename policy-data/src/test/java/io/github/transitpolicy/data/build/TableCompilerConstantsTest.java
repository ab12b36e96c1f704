package io.github.transitpolicy.data.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.data.internal.TableCatalogue;
import io.github.transitpolicy.data.internal.TableValidator;
import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.FindingCode;
import io.github.transitpolicy.model.Purpose;
import io.github.transitpolicy.model.Regime;
import io.github.transitpolicy.model.VisaCategory;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The validator depends on nothing but the JDK, so it keeps copies of model enums: they must stay in step. */
class TableCompilerConstantsTest {

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void findingCodesMatchTheModel() {
    assertEquals(names(FindingCode.values()), new TreeSet<>(TableValidator.FINDING_CODES));
  }

  @Test
  void purposesMatchTheModel() {
    assertEquals(names(Purpose.values()), new TreeSet<>(TableValidator.PURPOSES));
  }

  @Test
  void capabilitiesMatchTheModel() {
    assertEquals(names(Capability.values()), new TreeSet<>(TableValidator.CAPABILITIES));
  }

  @Test
  void regimesMatchTheModel() {
    assertEquals(names(Regime.values()), new TreeSet<>(TableValidator.REGIMES));
  }

  @Test
  void visaCategoriesMatchTheModel() {
    assertEquals(names(VisaCategory.values()), new TreeSet<>(TableValidator.VISAS));
  }

  @Test
  void arrivalCardCasesMatchTheApi() {
    assertEquals(names(io.github.transitpolicy.data.ArrivalCardCase.values()),
        new TreeSet<>(TableValidator.ARRIVAL_CARD_CASES));
  }

  @ParameterizedTest(name = "normaliseAlias([{0}]) = [{1}]")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    "PVG|PVG",
    "pvg|PVG",
    "  zspd\t|ZSPD",
    "上海浦东国际机场口岸|上海浦东国际机场",
    " 上海浦东国际机场口岸 |上海浦东国际机场",
    "上海海港口岸（客运）|上海海港口岸（客运）",
    "口岸|''",
    "口岸口岸|口岸",
    "Shanghai Pudong International Airport|SHANGHAI PUDONG INTERNATIONAL AIRPORT",
    "Xi'an Xianyang|XI'AN XIANYANG",
    "istanbul|ISTANBUL",
    "\u3000浦东机场\u3000|浦东机场",
  })
  void compilerAndCatalogueNormaliseAlike(String alias, String expected) {
    assertEquals(expected, TableValidator.normaliseAlias(alias));
    assertEquals(TableValidator.normaliseAlias(alias), TableCatalogue.normaliseAlias(alias));
  }

  @Test
  void stripPortSuffixRemovesOnlyATrailingSuffix() {
    assertEquals("北京首都国际机场", TableValidator.stripPortSuffix("北京首都国际机场口岸"));
    assertEquals("广州港口岸琶洲港澳客运码头", TableValidator.stripPortSuffix("广州港口岸琶洲港澳客运码头"));
    assertEquals("横琴", TableValidator.stripPortSuffix("横琴口岸"));
  }
}
