package org.axiswatch.search.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised as percentiles in milliseconds. */
public final class Latencies {
  private final long[] nanos;
  private int n;

  public Latencies(int capacity) {
    nanos = new long[capacity];
  }

  public void add(long ns) {
    nanos[n++] = ns;
  }

  /** The p-th percentile (nearest rank), in milliseconds. */
  public double percentileMs(double p) {
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
  }

  public double meanMs() {
    return Arrays.stream(nanos, 0, n).average().orElse(0) / 1e6;
  }

  public int count() {
    return n;
  }
}
