package io.github.transitpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TourGroupTest {

  @Test
  void aGroupOfTwoIsTheSmallest() {
    TourGroup g = TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 2);
    assertEquals(GroupOrganiser.CHINESE_AGENCY, g.organiser());
    assertEquals(2, g.size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 1));
    assertTrue(String.valueOf(e.getMessage()).startsWith("size:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 0));
    assertThrows(IllegalArgumentException.class, () -> TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, -5));
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> Nulls.<GroupOrganiser>pass(o -> TourGroup.of(o, 3)));
    assertEquals("organiser", n.getMessage());
  }

  @Test
  void groupsAreValues() {
    assertEquals(TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9), TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9));
    assertEquals(TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9).hashCode(),
        TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9).hashCode());
    assertNotEquals(TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9), TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 9));
    assertNotEquals(TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 9), TourGroup.of(GroupOrganiser.HK_MACAO_AGENCY, 8));
    assertEquals("CHINESE_AGENCY:4", TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 4).toString());
  }

  @Test
  void aTripHasNoGroupAndLeavesNoShipUnlessSet() {
    Trip alone = TripTest.complete().build();
    assertEquals(Optional.empty(), alone.tourGroup());
    assertFalse(alone.staysWithShip());
    Trip grouped = TripTest.complete().tourGroup(TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 20)).staysWithShip(true)
        .build();
    assertEquals(Optional.of(TourGroup.of(GroupOrganiser.CHINESE_AGENCY, 20)), grouped.tourGroup());
    assertTrue(grouped.staysWithShip());
    assertThrows(NullPointerException.class, () -> Nulls.<TourGroup>pass(TripTest.complete()::tourGroup));
  }
}
