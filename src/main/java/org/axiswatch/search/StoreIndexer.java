package org.axiswatch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.axiswatch.store.StoredDocument;
import org.axiswatch.store.StoredDocumentListener;

/**
 * The index's hook into ingest: told about each document after the store commits it, indexes it,
 * and commits the index every batch and on close. Opening reconciles the index with the store
 * first, so what a killed ingest left unindexed goes in before anything new.
 *
 * <p>Indexing runs on a thread of its own, a few documents behind the store: Lucene's analysis of
 * the text costs about half as much as storing it, and would otherwise wait its turn on the one
 * thread that writes the store. {@link #commitNow()} and {@link #close()} wait for it to catch up,
 * and report a document that could not be indexed (the next open indexes it from the store).
 */
public final class StoreIndexer implements StoredDocumentListener, AutoCloseable {
  /** Documents handed over but not yet indexed, at most: what waits holds its analysis. */
  static final int QUEUED = 32;

  /** Documents per index commit: a crash re-indexes at most this many on the next open. */
  public static final int BATCH = 1000;
  /** Longest wait between index commits while ingesting (a slow ingest still commits often). */
  public static final Duration MAX_DELAY = Duration.ofSeconds(10);

  private final SearchIndex index;
  private final BatchIndexer batches;
  private final IndexReconciler.Outcome healed;
  private final ExecutorService indexing = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "axiswatch-index");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore room = new Semaphore(QUEUED);
  private final AtomicReference<String> failure = new AtomicReference<>();

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
  public void commitNow() {
    catchUp();
    synchronized (batches) {
      batches.finish();
    }
    reportFailure();
  }

  /** Searches the index as of its last commit; safe to share between threads. */
  public HitSearcher searcher() {
    return index.searcher();
  }

  @Override
  public void stored(StoredDocument document) throws InterruptedException {
    SearchDocument doc = SearchDocuments.of(document.analysis(), document.entityIds());
    room.acquire();
    try {
      indexing.execute(() -> {
        try {
          synchronized (batches) {
            batches.indexed(doc);
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, doc.id() + ": " + e.getMessage());
        } finally {
          room.release();
        }
      });
    } catch (RuntimeException e) {
      room.release();
      throw e;
    }
    reportFailure();
  }

  @Override
  public void close() throws IOException {
    try {
      catchUp();
      indexing.shutdown();
      batches.finish();
    } finally {
      index.close();
    }
    reportFailure();
  }

  /** Waits until every document handed over so far is indexed (the thread takes them in order). */
  private void catchUp() {
    try {
      indexing.submit(() -> { }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the index caught up", e);
    } catch (ExecutionException | RejectedExecutionException e) {
      throw new IllegalStateException("search index thread: " + e.getMessage(), e);
    }
  }

  /** A document the index thread could not take, told once (the next open indexes it). */
  private void reportFailure() {
    String f = failure.getAndSet(null);
    if (f != null) {
      throw new IllegalStateException("not indexed, left for the next open: " + f);
    }
  }
}
