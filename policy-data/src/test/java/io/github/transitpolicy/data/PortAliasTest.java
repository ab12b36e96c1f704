package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.transitpolicy.model.Port;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Catalogue.port(alias): every name a port goes by, and nothing else. */
class PortAliasTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    "PVG|PVG",
    "pvg|PVG",
    "Pvg|PVG",
    "  PVG  |PVG",
    " pvg\t|PVG",
    "ZSPD|PVG",
    "zspd|PVG",
    "上海浦东国际机场口岸|PVG",
    "上海浦东国际机场|PVG",
    "浦东机场|PVG",
    " 浦东机场 |PVG",
    "Shanghai Pudong International Airport|PVG",
    "SHANGHAI PUDONG INTERNATIONAL AIRPORT|PVG",
    "shanghai pudong international airport|PVG",
    "CNSHA|SEA-SHANGHAI",
    "上海港|SEA-SHANGHAI",
    "上海海港口岸（客运）|SEA-SHANGHAI",
    "sea-tianjin|SEA-TIANJIN",
    "天津港|SEA-TIANJIN",
    "首都机场|PEK",
    "ZBAA|PEK",
    "大兴机场|PKX",
    "虹桥机场|SHA",
    "无锡硕放机场|WUX",
    "苏南硕放国际机场口岸|WUX",
    "磨憨铁路口岸|RAIL-MOHAN",
    "磨憨（铁路）|RAIL-MOHAN",
    "磨憨（公路）|ROAD-MOHAN",
    "横琴口岸|ROAD-HENGQIN",
    "港珠澳大桥珠海公路口岸|ROAD-HZMB-ZHUHAI",
    "广州港口岸琶洲港澳客运码头|SEA-GUANGZHOU-PAZHOU",
    "中山港口岸中山港区客运码头|SEA-ZHONGSHAN",
    "广深港高铁西九龙站口岸|RAIL-WEST-KOWLOON",
    "Xi'an Xianyang International Airport|XIY",
    "Shenzhen Bao'an International Airport|SZX",
    "地窝堡机场|URC",
  })
  void resolves(String alias, String id) {
    assertEquals(id, CATALOGUE.port(alias).map(Port::id).orElse("<none>"));
  }

  @ParameterizedTest(name = "[{0}] is unknown")
  @ValueSource(strings = {"XXX", "LHR", "不存在机场", "", "   ", "口岸", "PVG1", "P VG", "ZSP", "浦东", "CN", "Pudong",
      "上海浦东国际机场口岸口岸"})
  void unknownNamesGiveEmpty(String alias) {
    assertEquals(Optional.empty(), CATALOGUE.port(alias));
  }

  @Test
  void nullAliasIsRejected() {
    Consumer<String> call = CATALOGUE::port;
    assertThrows(NullPointerException.class, () -> call.accept(nullString()));
  }

  @Test
  void aPortResolvesToTheSameInstanceAsInPorts() {
    Port pvg = CATALOGUE.ports().stream().filter(p -> p.id().equals("PVG")).findFirst().orElseThrow();
    assertSame(pvg, CATALOGUE.port("浦东机场").orElseThrow());
    assertEquals(Optional.of("ZSPD"), pvg.icao());
    assertEquals(Optional.of("PVG"), pvg.iata());
  }

  @Test
  void everyAliasOfEveryPortResolvesToThatPortWhateverItsCaseAndPadding() {
    List<Map.Entry<String, Port>> pairs = new ArrayList<>();
    for (Port p : CATALOGUE.ports()) {
      for (String alias : aliasesOf(p)) {
        pairs.add(new SimpleEntry<>(alias, p));
      }
    }
    assertTrue(pairs.size() > 400, "only " + pairs.size() + " aliases");
    qt().withExamples(2000)
        .forAll(arbitrary().pick(pairs), booleans().all(), integers().between(0, 3))
        .checkAssert((pair, lower, pad) -> {
          String alias = lower ? pair.getKey().toLowerCase(Locale.ROOT) : pair.getKey();
          String padded = " ".repeat(pad) + alias + "\t".repeat(pad % 2) + " ".repeat(pad);
          assertSame(pair.getValue(), CATALOGUE.port(padded).orElse(null), "[" + padded + "]");
        });
  }

  @Test
  void everyAliasExhaustively() {
    int checked = 0;
    for (Port p : CATALOGUE.ports()) {
      for (String alias : aliasesOf(p)) {
        assertSame(p, CATALOGUE.port(alias).orElse(null), alias);
        checked++;
      }
    }
    assertTrue(checked > 400);
  }

  @Test
  void noTwoPortsShareANormalisedAlias() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Port p : CATALOGUE.ports()) {
      for (String alias : aliasesOf(p)) {
        String key = normalise(alias);
        String earlier = owner.putIfAbsent(key, p.id());
        if (earlier != null && !earlier.equals(p.id())) {
          clashes.add(key + ": " + earlier + " and " + p.id());
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void noTwoPortsShareANormalisedAliasProperty() {
    List<Port> ports = CATALOGUE.ports();
    qt().forAll(arbitrary().pick(ports), arbitrary().pick(ports))
        .assuming((a, b) -> a != b)
        .checkAssert((a, b) -> {
          Set<String> keysA = new LinkedHashSet<>();
          aliasesOf(a).forEach(x -> keysA.add(normalise(x)));
          for (String x : aliasesOf(b)) {
            assertTrue(!keysA.contains(normalise(x)), a.id() + " and " + b.id() + " share " + x);
          }
        });
  }

  /** Every name of a port: the columns Catalogue.port documents. */
  static List<String> aliasesOf(Port p) {
    List<String> all = new ArrayList<>();
    all.add(p.id());
    p.iata().ifPresent(all::add);
    p.icao().ifPresent(all::add);
    p.unlocode().ifPresent(all::add);
    all.add(p.nameZh());
    all.add(p.nameEn());
    all.addAll(p.aliases());
    return all;
  }

  /** The documented normalisation: trimmed, upper case, without the suffix 口岸. */
  static String normalise(String alias) {
    String s = alias.strip();
    if (s.endsWith("口岸")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.toUpperCase(Locale.ROOT);
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
