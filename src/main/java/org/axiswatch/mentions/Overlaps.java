package org.axiswatch.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * Settles overlapping candidates: the longest wins; at equal length a gazetteer name beats a
 * context guess, and a name beats a date or quantity. A date or quantity that starts inside a
 * gazetteer name is part of its designation ("KN-23 missiles" is not 23 missiles) and is dropped.
 * No two kept mentions overlap.
 */
final class Overlaps {
  private Overlaps() {}

  static List<Found> settle(List<Found> candidates, int from, int to) {
    List<Found> sorted = sorted(candidates, from, to);
    boolean[] taken = new boolean[to - from];
    boolean[] insideName = null;
    List<Found> kept = new ArrayList<>();
    for (Found f : sorted) {
      if (f.value() != null) {
        if (insideName == null) {
          insideName = insideNames(candidates, from, to);
        }
        int k = f.start() - from;
        if (k >= 0 && k < insideName.length ? insideName[k] : startsInsideName(f, candidates)) {
          continue;
        }
      }
      boolean free = true;
      for (int i = f.start(); i < f.end() && free; i++) {
        free = !taken[i - from];
      }
      if (free) {
        for (int i = f.start(); i < f.end(); i++) {
          taken[i - from] = true;
        }
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * The candidates in {@link #compare} order, stable: as a list sort with that comparator gives
   * them. The keys (length, rank, start in the chunk, place in the list) are packed into longs and
   * sorted as numbers, which is several times quicker than the comparator on a chunk's hundred or
   * so candidates; a candidate out of the chunk falls back to the comparator.
   */
  static List<Found> sorted(List<Found> candidates, int from, int to) {
    int n = candidates.size();
    if (to - from >= 1 << 14 || n >= 1 << 20) {
      return comparatorSorted(candidates);
    }
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      Found f = candidates.get(k);
      if (f.start() < from || f.end() > to) {
        return comparatorSorted(candidates);
      }
      long longestFirst = (1 << 14) - 1 - f.length();
      keys[k] = longestFirst << 36 | (long) rank(f) << 34 | (long) (f.start() - from) << 20 | k;
    }
    java.util.Arrays.sort(keys);
    List<Found> out = new ArrayList<>(n);
    for (long key : keys) {
      out.add(candidates.get((int) (key & ((1 << 20) - 1))));
    }
    return out;
  }

  static List<Found> comparatorSorted(List<Found> candidates) {
    List<Found> sorted = new ArrayList<>(candidates);
    sorted.sort(Overlaps::compare);
    return sorted;
  }

  /** Offsets of the chunk that lie inside a gazetteer name, after its first character. */
  private static boolean[] insideNames(List<Found> candidates, int from, int to) {
    boolean[] inside = new boolean[to - from];
    for (Found f : candidates) {
      if (f.origin().equals("gazetteer")) {
        for (int i = Math.max(f.start() + 1, from); i < Math.min(f.end(), to); i++) {
          inside[i - from] = true;
        }
      }
    }
    return inside;
  }

  private static boolean startsInsideName(Found number, List<Found> candidates) {
    for (Found f : candidates) {
      if (f.origin().equals("gazetteer") && f.start() < number.start() && number.start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  /** Longest first, then by rank, then by start; one comparator, not a chain of boxed keys. */
  private static int compare(Found a, Found b) {
    int c = Integer.compare(b.length(), a.length());
    if (c == 0) {
      c = Integer.compare(rank(a), rank(b));
    }
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  }

  private static int rank(Found f) {
    if (f.origin().equals("gazetteer")) {
      return 0;
    }
    return f.origin().equals("context") ? 1 : 2;
  }
}
