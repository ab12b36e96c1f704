package io.github.transitpolicy.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Where a 240-hour transit traveller may stay: whole provinces and listed prefecture-level cities
 * (GB/T 2260 codes).
 *
 * <p>{@link #contains(PlaceCode)} allocates nothing. Two areas are equal when they list the same
 * provinces and prefectures.
 */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class PermittedArea {

  private static final PermittedArea EMPTY = of(List.of(), List.of());

  PermittedArea() {}

  /**
   * Returns the provinces that are permitted in whole.
   *
   * @return province codes ({@code xx0000}), in ascending order; unmodifiable
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract SortedSet<PlaceCode> wholeProvinces();

  /**
   * Returns the prefecture-level divisions permitted in provinces not permitted in whole.
   *
   * @return prefecture codes, in ascending order; unmodifiable
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract SortedSet<PlaceCode> prefectures();

  @Value.Derived
  @Value.Auxiliary
  Index index() {
    return new Index(wholeProvinces(), prefectures());
  }

  @Value.Check
  void check() {
    for (PlaceCode p : wholeProvinces()) {
      Checks.level("permitted area province", p, PlaceLevel.PROVINCE);
    }
    for (PlaceCode p : prefectures()) {
      if (p.level() == PlaceLevel.PROVINCE) {
        throw new IllegalArgumentException(
            "permitted area prefecture: " + p + " is a province code");
      }
    }
  }

  /**
   * Tells whether a place lies in this area.
   *
   * @param place a province, prefecture or county code
   * @return true if the place's province is permitted in whole, or the place or its prefecture
   *     is listed; a province code whose province is only partly permitted is not contained
   * @throws NullPointerException if {@code place} is null
   */
  public boolean contains(PlaceCode place) {
    return index().contains(place.intValue());
  }

  /**
   * Tells whether this area reaches into the province a place lies in: the province is permitted in
   * whole, or one of its prefectures is listed. A place this area does not contain may still lie in a
   * province it touches, and a place in a province it does not touch lies outside it whatever the place
   * is. Allocates nothing.
   *
   * @param place a province, prefecture or county code
   * @return true if some part of the place's province is in this area
   * @throws NullPointerException if {@code place} is null
   */
  public boolean touches(PlaceCode place) {
    return index().touches(place.intValue());
  }

  /**
   * Tells whether this area permits no place at all.
   *
   * @return true when no province and no prefecture is listed
   */
  public boolean isEmpty() {
    return wholeProvinces().isEmpty() && prefectures().isEmpty();
  }

  /**
   * Returns the union of this area and another.
   *
   * @param other another area
   * @return an area containing every place either area contains
   * @throws NullPointerException if {@code other} is null
   */
  public PermittedArea union(PermittedArea other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<PlaceCode> provinces = new ArrayList<>(wholeProvinces());
    provinces.addAll(other.wholeProvinces());
    List<PlaceCode> prefs = new ArrayList<>(prefectures());
    prefs.addAll(other.prefectures());
    return of(provinces, prefs);
  }

  /**
   * Returns an area.
   *
   * @param wholeProvinces province codes permitted in whole (duplicates are ignored)
   * @param prefectures prefecture-level codes permitted (duplicates are ignored)
   * @return the area
   * @throws NullPointerException if a collection or an element is null
   * @throws IllegalArgumentException if a whole province is not a province code, or a prefecture
   *     is a province code
   */
  public static PermittedArea of(
      Collection<PlaceCode> wholeProvinces, Collection<PlaceCode> prefectures) {
    Objects.requireNonNull(wholeProvinces, "wholeProvinces");
    Objects.requireNonNull(prefectures, "prefectures");
    // Cast to Iterable: the generated factory takes Iterables, and with Collections this call would
    // resolve to this very method.
    return ImmutablePermittedArea.of(
        (Iterable<PlaceCode>) wholeProvinces, (Iterable<PlaceCode>) prefectures);
  }

  /**
   * Returns the shared empty area.
   *
   * @return an area that contains no place
   */
  public static PermittedArea empty() {
    return EMPTY;
  }

  /** Allocation-free lookup structure. */
  static final class Index {
    private final boolean[] provinces = new boolean[100];
    private final int[] prefectures;

    Index(Collection<PlaceCode> wholeProvinces, Collection<PlaceCode> prefs) {
      for (PlaceCode p : wholeProvinces) {
        provinces[p.intValue() / 10000] = true;
      }
      int[] a = new int[prefs.size()];
      int i = 0;
      for (PlaceCode p : prefs) {
        a[i++] = p.intValue();
      }
      Arrays.sort(a);
      this.prefectures = a;
    }

    boolean contains(int code) {
      if (provinces[code / 10000]) {
        return true;
      }
      if (code % 10000 == 0) {
        return false;
      }
      return Arrays.binarySearch(prefectures, code / 100 * 100) >= 0
          || Arrays.binarySearch(prefectures, code) >= 0;
    }

    boolean touches(int code) {
      int province = code / 10000;
      if (provinces[province]) {
        return true;
      }
      // The first listed prefecture at or after the province's code, if it is still in the province.
      int at = Arrays.binarySearch(prefectures, province * 10000);
      int next = at >= 0 ? at : -at - 1;
      return next < prefectures.length && prefectures[next] / 10000 == province;
    }
  }
}
