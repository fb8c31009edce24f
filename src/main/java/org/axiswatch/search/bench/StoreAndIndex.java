package org.axiswatch.search.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.search.StoreCatalog;
import org.axiswatch.search.StoreIndexer;
import org.axiswatch.store.Database;
import org.axiswatch.store.DocumentWriter;
import org.axiswatch.store.Ingester;
import org.axiswatch.store.KnowledgeBase;

/**
 * The ingest path of {@code axiswatch ingest}: read, analyse, store in an embedded H2 store (one
 * transaction per document), then index through the store's listener.
 */
public final class StoreAndIndex implements IngestPath {
  private final Analyzer analyzer;
  private final Database db;
  private final StoreIndexer indexer;
  private final Ingester ingester;
  private long indexNanos;

  public StoreAndIndex(Analyzer analyzer, Path dataDir) throws Exception {
    this.analyzer = analyzer;
    this.db = Database.openEmbedded(dataDir);
    this.indexer = StoreIndexer.open(dataDir, new StoreCatalog(new KnowledgeBase(db)));
    this.ingester = new Ingester(db, analyzer, new DocumentWriter(CrossDocumentResolver.standard()))
        .listen(doc -> {
          long t0 = System.nanoTime();
          indexer.stored(doc);
          indexNanos += System.nanoTime() - t0;
        });
  }

  @Override
  public Map<String, Double> partSeconds() {
    return Map.of("index", indexNanos / 1e9);
  }

  @Override
  public void ingest(Path file) {
    Ingester.Outcome o = ingester.ingest(file);
    if (o.status() == Ingester.Status.FAILED || o.problem() != null) {
      throw new IllegalStateException(o.problem());
    }
  }

  @Override
  public String describe() {
    return "read + analysis (" + analyzer.pipeline().stages().stream().map(Stage::name)
        .collect(Collectors.joining(", ")) + ") + H2 store + index";
  }

  @Override
  public void close() throws Exception {
    long t0 = System.nanoTime();
    indexer.close();
    indexNanos += System.nanoTime() - t0;
    db.close();
  }
}
