package org.axiswatch.mentions;

import java.util.List;

/** Which characters of a chunk known names already cover, and which name ends where. */
final class Coverage {
  private final int from;
  private final Found[] at;
  private final Found[] endingAt;

  Coverage(int from, int to, List<Found> found) {
    this.from = from;
    this.at = new Found[to - from + 1];
    this.endingAt = new Found[to - from + 1];
    for (Found f : found) {
      for (int i = Math.max(f.start(), from); i < Math.min(f.end(), to); i++) {
        at[i - from] = f;
      }
      if (f.end() >= from && f.end() <= to) {
        endingAt[f.end() - from] = f;
      }
    }
  }

  boolean covers(int start, int end) {
    for (int i = start; i < end; i++) {
      if (i - from >= 0 && i - from < at.length && at[i - from] != null) {
        return true;
      }
    }
    return false;
  }

  /** The known name that covers {@code i}, or null. */
  Found at(int i) {
    int k = i - from;
    return k >= 0 && k < at.length ? at[k] : null;
  }

  /** The known name that ends exactly at {@code end}, or null. */
  Found endingAt(int end) {
    int i = end - from;
    return i >= 0 && i < endingAt.length ? endingAt[i] : null;
  }
}
