package org.axiswatch.search;

/**
 * Feeds documents to the index as ingest commits them to the store, committing the index every
 * {@code batchSize} documents and at {@link #finish()}. A crash loses at most the open batch, which
 * {@link IndexReconciler} puts back on the next open.
 */
public final class BatchIndexer implements AutoCloseable {
  private final SearchIndex index;
  private final int batchSize;
  private int pending;
  private int total;

  public BatchIndexer(SearchIndex index, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.index = index;
    this.batchSize = batchSize;
  }

  /** Call after the store has committed {@code doc}. */
  public void indexed(SearchDocument doc) {
    index.put(doc);
    total++;
    if (++pending >= batchSize) {
      finish();
    }
  }

  /** Commits the open batch. */
  public void finish() {
    if (pending > 0) {
      index.commit();
      pending = 0;
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
