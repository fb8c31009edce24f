package org.axiswatch.search;

import java.time.Duration;

/**
 * Feeds documents to the index as ingest commits them to the store, committing the index every
 * {@code batchSize} documents, or sooner once {@code maxDelay} has passed since the last commit,
 * and at {@link #finish()}. A Lucene commit syncs files to disk, so committing per document would
 * cost more than indexing it; a crash loses at most the open batch, which {@link IndexReconciler}
 * puts back on the next open.
 */
public final class BatchIndexer implements AutoCloseable {
  private final SearchIndex index;
  private final int batchSize;
  private final long maxDelayNanos;
  private int pending;
  private int total;
  private long lastCommit = System.nanoTime();

  public BatchIndexer(SearchIndex index, int batchSize) {
    this(index, batchSize, Duration.ofDays(1));
  }

  public BatchIndexer(SearchIndex index, int batchSize, Duration maxDelay) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.index = index;
    this.batchSize = batchSize;
    this.maxDelayNanos = maxDelay.toNanos();
  }

  /** Call after the store has committed {@code doc}. */
  public void indexed(SearchDocument doc) {
    index.put(doc);
    total++;
    if (++pending >= batchSize || System.nanoTime() - lastCommit >= maxDelayNanos) {
      finish();
    }
  }

  /** Commits the open batch. */
  public void finish() {
    if (pending > 0) {
      index.commit();
      pending = 0;
      lastCommit = System.nanoTime();
    }
  }

  public int total() {
    return total;
  }

  @Override
  public void close() {
    finish();
  }
}
