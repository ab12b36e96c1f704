package io.github.transitpolicy.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tour group a traveller enters and leaves with (SPEC 3.7): its organiser and its size. The group
 * regimes admit groups of at least two people.
 *
 * <p>Instances are immutable values.
 */
public final class TourGroup {

  /** The smallest group the regimes admit: a group of one is a single traveller. */
  public static final int MIN_SIZE = 2;

  private final GroupOrganiser organiser;
  private final int size;

  private TourGroup(GroupOrganiser organiser, int size) {
    this.organiser = organiser;
    this.size = size;
  }

  /**
   * Returns a tour group.
   *
   * @param organiser who organises the group
   * @param size the number of people in the group, the traveller included
   * @return the group
   * @throws NullPointerException if {@code organiser} is null (message {@code "organiser"})
   * @throws IllegalArgumentException if {@code size} is below {@link #MIN_SIZE}; the message names
   *     {@code size}
   */
  public static TourGroup of(GroupOrganiser organiser, int size) {
    Objects.requireNonNull(organiser, "organiser");
    if (size < MIN_SIZE) {
      throw new IllegalArgumentException("size: a tour group has at least " + MIN_SIZE + " people, got " + size);
    }
    return new TourGroup(organiser, size);
  }

  /**
   * Returns who organises the group.
   *
   * @return the organiser
   */
  public GroupOrganiser organiser() {
    return organiser;
  }

  /**
   * Returns the number of people in the group.
   *
   * @return at least {@link #MIN_SIZE}
   */
  public int size() {
    return size;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TourGroup g && g.organiser == organiser && g.size == size;
  }

  @Override
  public int hashCode() {
    return organiser.hashCode() * 31 + size;
  }

  @Override
  public String toString() {
    return organiser + ":" + size;
  }
}
