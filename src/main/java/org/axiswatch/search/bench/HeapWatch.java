package org.axiswatch.search.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a stretch of work: the sum of each heap pool's peak since the last reset.
 * Pools peak at different moments, so the sum is an upper bound of the true peak.
 */
public final class HeapWatch {
  public void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Peak bytes used since {@link #reset()}. */
  public long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The -Xmx the JVM runs with. */
  public static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }
}
