package org.axiswatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.axiswatch.Analyzer;

/**
 * The analyzers ingest's worker threads borrow, one per document at a time. Stages may keep
 * per-document scratch state, so two threads never share one; a further analyzer shares the
 * loaded data files and is made only when every existing one is busy, and kept for the next run.
 */
final class AnalyzerPool {
  private final ConcurrentLinkedQueue<Analyzer> idle = new ConcurrentLinkedQueue<>();
  private final List<Analyzer> all = new ArrayList<>();
  private final Supplier<Analyzer> more;

  AnalyzerPool(Analyzer first, Supplier<Analyzer> more) {
    this.more = Objects.requireNonNull(more, "more");
    if (first != null) {
      all.add(first);
      idle.add(first);
    }
  }

  Analyzer borrow() {
    Analyzer a = idle.poll();
    if (a == null) {
      a = more.get();
      synchronized (all) {
        all.add(a);
      }
    }
    return a;
  }

  void giveBack(Analyzer a) {
    idle.add(a);
  }

  /** Every analyzer made so far (for their stage timings). */
  List<Analyzer> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }
}
