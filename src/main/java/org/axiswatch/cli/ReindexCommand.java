package org.axiswatch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.axiswatch.search.IndexRebuilder;
import org.axiswatch.search.SearchIndex;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.store.Database;
import org.axiswatch.store.IngestLock;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** axiswatch reindex: rebuild the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index (DATA/index) from the knowledge base. The old index "
        + "serves searches until the new one is committed.")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    // the ingest lock: no document may be stored while the index is rebuilt from the store
    try (IngestLock lock = IngestLock.acquire(store.dataDir());
        Database db = store.open();
        SearchIndex index = SearchIndex.open(store.dataDir().resolve("index"))) {
      int n = new IndexRebuilder().rebuild(index, new StoreCatalog(new KnowledgeBase(db)));
      Console.out().printf("reindexed %d document(s), %d sentence(s) in %.1f s (index: %s)%n", n,
          index.unitCount(), (System.nanoTime() - t0) / 1e9, store.dataDir().resolve("index"));
      return ExitCodes.OK;
    } catch (StoreException e) {
      Console.err().println("axiswatch: " + e.getMessage());
      return ExitCodes.STORE;
    } catch (IOException | RuntimeException e) {
      Console.err().println("axiswatch: " + store.dataDir().resolve("index")
          + ": cannot rebuild the index: " + e.getMessage());
      return ExitCodes.STORE;
    }
  }
}
