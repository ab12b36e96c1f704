package io.github.transitpolicy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.model.Capability;
import io.github.transitpolicy.model.PlaceCode;
import io.github.transitpolicy.model.Port;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Annex 3 of the announcement: the 100 ports issuing one-time Taiwan compatriot permits, by the name and
 * under the province heading annex 3 writes; the 42 that item 9 adds do so from 2025-11-20 only. Item 3:
 * the smart clearance ports.
 */
class AnnexThreePortsTest {

  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final LocalDate BEFORE = LocalDate.of(2025, 11, 19);
  private static final LocalDate FROM = LocalDate.of(2025, 11, 20);

  @ParameterizedTest(name = "{0} ({1}), new on 2025-11-20: {2}")
  @CsvSource({
    "首都机场, 110000, false", "大兴机场, 110000, false",
    "滨海机场, 120000, false", "天津港, 120000, true",
    "石家庄正定机场, 130000, false",
    "太原武宿机场, 140000, false",
    "呼伦贝尔海拉尔机场, 150000, false", "满洲里（机场）, 150000, true", "满洲里（公路）, 150000, true",
    "二连浩特（铁路）, 150000, true", "二连浩特（公路）, 150000, true",
    "沈阳桃仙机场, 210000, false", "大连周水子机场, 210000, false", "大连港, 210000, false", "丹东港, 210000, true",
    "营口港, 210000, true",
    "长春龙嘉机场, 220000, false", "延吉朝阳川机场, 220000, false", "珲春（公路）, 220000, true",
    "哈尔滨太平机场, 230000, false", "黑河（港口）, 230000, true", "同江（港口）, 230000, true", "抚远港, 230000, true",
    "饶河港, 230000, true", "萝北港, 230000, true", "东宁, 230000, true", "绥芬河（公路）, 230000, true",
    "浦东机场, 310000, false", "虹桥机场, 310000, false", "上海港, 310000, false",
    "南京禄口机场, 320000, false", "盐城南洋机场, 320000, false", "徐州观音机场, 320000, false",
    "常州奔牛机场, 320000, false", "无锡硕放机场, 320000, false", "连云港港, 320000, true",
    "杭州萧山机场, 330000, false", "宁波栎社机场, 330000, false", "温州龙湾机场, 330000, false",
    "合肥新桥机场, 340000, false", "黄山屯溪机场, 340000, false",
    "福州长乐机场, 350000, false", "福州马尾港, 350000, false", "厦门高崎机场, 350000, false",
    "泉州晋江机场, 350000, false", "厦门五通客运码头, 350000, false", "平潭港, 350000, false",
    "南昌昌北机场, 360000, false",
    "济南遥墙机场, 370000, false", "青岛胶东机场, 370000, false", "烟台蓬莱机场, 370000, false",
    "威海大水泊机场, 370000, false", "青岛港, 370000, false", "烟台港, 370000, true", "日照港, 370000, true",
    "威海港, 370000, true", "石岛港, 370000, true", "龙眼港, 370000, true",
    "郑州新郑机场, 410000, false",
    "武汉天河机场, 420000, false",
    "长沙黄花机场, 430000, false", "张家界荷花机场, 430000, false",
    "广州白云机场, 440000, false", "深圳宝安机场, 440000, false", "广州琶洲客运港, 440000, true",
    "蛇口港, 440000, true", "皇岗, 440000, true", "罗湖, 440000, true", "珠海港, 440000, true", "横琴, 440000, true",
    "港珠澳大桥, 440000, true", "拱北, 440000, true", "中山港, 440000, true", "汕头港, 440000, true",
    "揭阳潮汕机场, 440000, true",
    "南宁吴圩机场, 450000, false", "桂林两江机场, 450000, false", "友谊关, 450000, true", "东兴, 450000, true",
    "三亚凤凰机场, 460000, false", "海口美兰机场, 460000, false", "海口港, 460000, false", "三亚港, 460000, false",
    "重庆江北机场, 500000, false",
    "成都双流机场, 510000, false", "成都天府机场, 510000, false",
    "贵阳龙洞堡机场, 520000, false",
    "昆明长水机场, 530000, false", "丽江三义机场, 530000, true", "磨憨（铁路）, 530000, true",
    "磨憨（公路）, 530000, true", "河口（公路）, 530000, true",
    "西安咸阳机场, 610000, false",
    "兰州中川机场, 620000, true", "敦煌莫高机场, 620000, true",
    "西宁曹家堡机场, 630000, false",
    "银川河东机场, 640000, false",
    "乌鲁木齐天山机场, 650000, false", "喀什徕宁机场, 650000, true", "霍尔果斯（公路）, 650000, true",
  })
  void annex3PortIssuesTaiwanPermits(String name, String province, boolean newOn20251120) {
    Port port = CATALOGUE.port(name).orElseThrow(() -> new AssertionError("unknown port " + name));
    assertEquals(PlaceCode.of(province), port.province(), name + " = " + port.id());
    assertTrue(port.has(Capability.TAIWAN_PERMIT, FROM), port.id());
    assertEquals(!newOn20251120, port.has(Capability.TAIWAN_PERMIT, BEFORE), port.id() + " on 2025-11-19");
  }

  @Test
  void theHundredNamesAreHundredDistinctPorts() {
    Set<String> ids = CATALOGUE.ports(Capability.TAIWAN_PERMIT, FROM).stream().map(Port::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(100, ids.size());
    Set<String> added = new TreeSet<>(ids);
    added.removeAll(CATALOGUE.ports(Capability.TAIWAN_PERMIT, BEFORE).stream().map(Port::id)
        .collect(Collectors.toSet()));
    assertEquals(42, added.size(), "item 9: 42 new ports");
  }

  @ParameterizedTest(name = "{0}: smart clearance from {1}")
  @CsvSource({
    "深圳湾, ", "拱北, ",
    "上海虹桥机场, 2025-11-05", "厦门高崎机场, 2025-11-05", "五通码头, 2025-11-05", "广州琶洲客运港, 2025-11-05",
    "南沙客运港, 2025-11-05", "深圳皇岗, 2025-11-05", "罗湖, 2025-11-05", "莲塘, 2025-11-05", "福田, 2025-11-05",
    "文锦渡, 2025-11-05", "珠海横琴, 2025-11-05", "港珠澳大桥, 2025-11-05",
  })
  void item3SmartClearancePorts(String name, String from) {
    Port port = CATALOGUE.port(name).orElseThrow(() -> new AssertionError("unknown port " + name));
    assertTrue(port.has(Capability.SMART_CLEARANCE, LocalDate.of(2025, 11, 5)), port.id());
    assertEquals(from == null, port.has(Capability.SMART_CLEARANCE, LocalDate.of(2025, 11, 4)), port.id());
  }
}
