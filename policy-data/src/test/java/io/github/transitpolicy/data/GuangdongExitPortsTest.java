package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import io.github.transitpolicy.model.PortKind;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Annex 2 row 39: 广东省（可从全省所有对外开放口岸出境）. Every Guangdong open port FACTS.md section 2 names
 * must be known, lie in Guangdong and be an exit port.
 */
class GuangdongExitPortsTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final LocalDate DAY = LocalDate.of(2025, 12, 1);
  private static final PlaceCode GUANGDONG = PlaceCode.of("440000");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "广州白云机场, CAN, AIR",
    "深圳宝安机场, SZX, AIR",
    "揭阳潮汕机场, SWA, AIR",
    "广州琶洲客运港, SEA-GUANGZHOU-PAZHOU, SEA",
    "南沙, SEA-NANSHA, SEA",
    "蛇口港, SEA-SHEKOU, SEA",
    "皇岗, ROAD-HUANGGANG, ROAD",
    "罗湖, ROAD-LUOHU, ROAD",
    "福田, ROAD-FUTIAN, ROAD",
    "莲塘, ROAD-LIANTANG, ROAD",
    "文锦渡, ROAD-WENJINDU, ROAD",
    "深圳湾, ROAD-SHENZHEN-BAY, ROAD",
    "珠海港, SEA-ZHUHAI, SEA",
    "横琴, ROAD-HENGQIN, ROAD",
    "港珠澳大桥, ROAD-HZMB-ZHUHAI, ROAD",
    "拱北, ROAD-GONGBEI, ROAD",
    "中山港, SEA-ZHONGSHAN, SEA",
    "汕头港, SEA-SHANTOU, SEA",
    "西九龙站, RAIL-WEST-KOWLOON, RAIL",
  })
  void guangdongOpenPortIsAnExitPort(String name, String id, PortKind kind) {
    Port port = CATALOGUE.port(name).orElseThrow(() -> new AssertionError("unknown port " + name));
    assertEquals(id, port.id());
    assertEquals(kind, port.kind());
    assertEquals(GUANGDONG, port.province());
    assertTrue(port.has(Capability.TRANSIT_240H_EXIT, DAY), id + " exit");
    assertTrue(port.has(Capability.OPEN_PORT, DAY), id + " open");
    assertTrue(port.has(Capability.TRANSIT_240H_EXIT, LocalDate.of(2024, 12, 17)), id + " exit from 2024-12-17");
    assertFalse(port.has(Capability.TRANSIT_240H_EXIT, LocalDate.of(2024, 12, 16)), id + " exit before the policy");
  }

  @Test
  void everyGuangdongPortIsAnExitPort() {
    List<Port> guangdong = CATALOGUE.ports().stream()
        .filter(p -> p.province().equals(GUANGDONG))
        .collect(Collectors.toList());
    assertEquals(19, guangdong.size());
    for (Port p : guangdong) {
      assertTrue(p.has(Capability.TRANSIT_240H_EXIT, DAY), p.id());
    }
  }

  @ParameterizedTest(name = "{0} ({1}) is no exit port")
  @CsvSource({
    "满洲里（公路）, ROAD-MANZHOULI, 150000",
    "霍尔果斯（公路）, ROAD-HORGOS, 650000",
    "友谊关, ROAD-YOUYIGUAN, 450000",
    "磨憨（公路）, ROAD-MOHAN, 530000",
    "海口港, SEA-HAIKOU, 460000",
    "厦门五通客运码头, SEA-XIAMEN-WUTONG, 350000",
    "长春龙嘉机场, CGQ, 220000",
    "乌鲁木齐天山机场, URC, 650000",
  })
  void nonGuangdongNonDesignatedPortHasNoExit(String name, String id, String province) {
    Port port = CATALOGUE.port(name).orElseThrow(() -> new AssertionError("unknown port " + name));
    assertEquals(id, port.id());
    assertEquals(PlaceCode.of(province), port.province());
    assertFalse(port.has(Capability.TRANSIT_240H_EXIT, DAY));
    assertFalse(port.has(Capability.TRANSIT_240H_ENTRY, DAY));
    assertTrue(port.has(Capability.OPEN_PORT, DAY));
    assertTrue(port.annex2Row().isEmpty());
  }

  @Test
  void exitPortsAreTheEntryPortsPlusTheOtherGuangdongOpenPorts() {
    Set<String> exit = CATALOGUE.ports(Capability.TRANSIT_240H_EXIT, DAY).stream().map(Port::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = CATALOGUE.ports(Capability.TRANSIT_240H_ENTRY, DAY).stream().map(Port::id)
        .collect(Collectors.toCollection(TreeSet::new));
    CATALOGUE.ports().stream().filter(p -> p.province().equals(GUANGDONG)).forEach(p -> expected.add(p.id()));
    assertEquals(expected, exit);
  }

  @Test
  void westKowloonIsUnderGuangdongWithoutAPrefecture() {
    Port wk = CATALOGUE.port("RAIL-WEST-KOWLOON").orElseThrow();
    assertEquals(PlaceCode.of("440000"), wk.province());
    assertTrue(wk.prefecture().isEmpty());
    assertEquals(OptionalInt.of(48), wk.annex2Row());
    assertEquals("广深港高铁西九龙站", wk.nameZh());
    assertEquals(PortKind.RAIL, wk.kind());
    assertTrue(wk.has(Capability.TRANSIT_240H_ENTRY, LocalDate.of(2025, 11, 5)));
    assertFalse(wk.has(Capability.TRANSIT_240H_ENTRY, LocalDate.of(2025, 11, 4)));
    assertEquals("Guangdong", CATALOGUE.province(wk.province()).orElseThrow().nameEn());
  }
}
