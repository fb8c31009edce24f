package org.axiswatch.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes the index hold exactly the store's documents. Ingest commits a document to the store
 * before the index sees it, and the index commits per batch, so a crash (kill -9) leaves the index
 * behind the store; this puts back what is missing and drops what the store no longer has. Run on
 * every open: comparing id sets costs a term walk and one store query.
 */
public final class IndexReconciler {
  /** What one reconciliation did. */
  public record Outcome(int added, int dropped) {
    public boolean changed() {
      return added + dropped > 0;
    }
  }

  private final int batchSize;

  public IndexReconciler(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.batchSize = batchSize;
  }

  public Outcome reconcile(SearchIndex index, DocumentCatalog store) {
    Set<String> stored = store.documentIds();
    Set<String> indexed = index.documentIds();
    Set<String> missing = new HashSet<>(stored);
    missing.removeAll(indexed);
    Set<String> extra = new HashSet<>(indexed);
    extra.removeAll(stored);
    extra.forEach(index::delete);
    int added = 0;
    for (String id : missing.stream().sorted().toList()) {
      var doc = store.load(id);
      if (doc.isPresent()) {
        index.put(doc.get());
        if (++added % batchSize == 0) {
          index.commit();
        }
      }
    }
    if (added > 0 || !extra.isEmpty()) {
      index.commit();
    }
    return new Outcome(added, extra.size());
  }
}
