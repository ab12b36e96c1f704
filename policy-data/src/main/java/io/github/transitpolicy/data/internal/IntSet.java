package io.github.transitpolicy.data.internal;

/**
 * An immutable set of non-negative ints, by open addressing: membership in a few steps without
 * boxing, where a binary search over the 3,317 place codes took twelve. Safe to share once built.
 */
final class IntSet {
  private static final int EMPTY = -1;

  private final int[] slots;
  private final int mask;

  /**
   * A set of these values.
   *
   * @throws IllegalArgumentException if a value is negative
   */
  IntSet(int[] values) {
    int capacity = Integer.highestOneBit(Math.max(4, values.length * 2) - 1) << 1; // load factor <= 1/2
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    java.util.Arrays.fill(slots, EMPTY);
    for (int v : values) {
      if (v < 0) {
        throw new IllegalArgumentException("IntSet: negative value " + v);
      }
      int i = slot(v);
      while (slots[i] != EMPTY && slots[i] != v) {
        i = (i + 1) & mask;
      }
      slots[i] = v;
    }
  }

  private int slot(int v) {
    return (v * 0x9E3779B9 >>> 16) & mask;
  }

  boolean contains(int v) {
    for (int i = slot(v); ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == v) {
        return true;
      }
      if (s == EMPTY) {
        return false;
      }
    }
  }
}
