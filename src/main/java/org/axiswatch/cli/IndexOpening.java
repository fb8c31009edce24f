package org.axiswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.axiswatch.search.IndexReconciler;
import org.axiswatch.search.SearchIndex;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;

/**
 * Opens the search index of a data directory for searching, healing it first: whatever a killed
 * ingest stored but did not index goes in, whatever the store no longer has goes out.
 */
final class IndexOpening {
  private IndexOpening() {}

  static Path indexDir(StoreOptions store) {
    return store.dataDir().resolve("index");
  }

  /** True when there is a store to compare with: a server, or an embedded store already created. */
  static boolean hasStore(StoreOptions store) {
    return !store.embedded() || Files.exists(Path.of(Database.embeddedUrl(store.dataDir())
        .replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "") + ".mv.db"));
  }

  /**
   * The writer when free (then reconciled with the store), else the committed index as it is:
   * an ingest holds the writer and heals the index itself when it opens.
   */
  static SearchIndex forSearch(StoreOptions store, PrintStream err) throws IOException {
    SearchIndex index;
    try {
      index = SearchIndex.open(indexDir(store));
    } catch (LockObtainFailedException e) {
      return SearchIndex.openReadOnly(indexDir(store));
    }
    if (!hasStore(store)) {
      return index; // an index with no store beside it (a benchmark's): nothing to heal against
    }
    try (Database db = store.open()) {
      IndexReconciler.Outcome healed = new IndexReconciler(StoreIndexer.BATCH)
          .reconcile(index, new StoreCatalog(new KnowledgeBase(db)));
      if (healed.changed()) {
        err.printf("search index brought level with the store: %d added, %d dropped%n",
            healed.added(), healed.dropped());
      }
    } catch (StoreException | RuntimeException e) {
      err.println("axiswatch: warning: cannot check the index against the store ("
          + e.getMessage() + "); searching the index as it is");
    }
    return index;
  }
}
