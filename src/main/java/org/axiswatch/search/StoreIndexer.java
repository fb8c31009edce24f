package org.axiswatch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.axiswatch.store.StoredDocument;
import org.axiswatch.store.StoredDocumentListener;

/**
 * The index's hook into ingest: told about each document after the store commits it, indexes it,
 * and commits the index every batch and on close. Opening reconciles the index with the store
 * first, so what a killed ingest left unindexed goes in before anything new.
 */
public final class StoreIndexer implements StoredDocumentListener, AutoCloseable {
  /** Documents per index commit: a crash re-indexes at most this many on the next open. */
  public static final int BATCH = 1000;
  /** Longest wait between index commits while ingesting (a slow ingest still commits often). */
  public static final Duration MAX_DELAY = Duration.ofSeconds(10);

  private final SearchIndex index;
  private final BatchIndexer batches;
  private final IndexReconciler.Outcome healed;

  private StoreIndexer(SearchIndex index, IndexReconciler.Outcome healed) {
    this.index = index;
    this.batches = new BatchIndexer(index, BATCH, MAX_DELAY);
    this.healed = healed;
  }

  /** Opens the index in {@code dataDir/index} and brings it level with {@code store}. */
  public static StoreIndexer open(Path dataDir, DocumentCatalog store) throws IOException {
    SearchIndex index = SearchIndex.open(dataDir.resolve("index"));
    try {
      return new StoreIndexer(index, new IndexReconciler(BATCH).reconcile(index, store));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** What the reconciliation on open did. */
  public IndexReconciler.Outcome healed() {
    return healed;
  }

  /**
   * Commits what was indexed since the last commit and refreshes the searchers: for a server,
   * where an upload must be findable by the next search rather than the next batch.
   */
  public synchronized void commitNow() {
    batches.finish();
  }

  /** Searches the index as of its last commit; safe to share between threads. */
  public HitSearcher searcher() {
    return index.searcher();
  }

  @Override
  public synchronized void stored(StoredDocument document) {
    batches.indexed(SearchDocuments.of(document.analysis(), document.entityIds()));
  }

  @Override
  public void close() throws IOException {
    batches.finish();
    index.close();
  }
}
