package org.axiswatch.search.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
 * The ingest path of {@code axiswatch ingest}: read and analyse on worker threads, store in an
 * embedded H2 store (documents committed in groups), then index through the store's listener (on
 * the index's own thread).
 */
public final class StoreAndIndex implements IngestPath {
  private final Database db;
  private final StoreIndexer indexer;
  private final Ingester ingester;
  private final List<Analyzer> analyzers;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long indexNanos;
  private long writerCpuNanos;

  /**
   * @param analyzers one analyzer per worker thread, made before the clock starts (a worker
   *     would otherwise make its own during the timed run)
   */
  public StoreAndIndex(List<Analyzer> analyzers, Path dataDir) throws Exception {
    this.analyzers = List.copyOf(analyzers);
    this.db = Database.openEmbedded(dataDir);
    this.indexer = StoreIndexer.open(dataDir, new StoreCatalog(new KnowledgeBase(db)));
    var spare = new java.util.ArrayDeque<>(analyzers.subList(1, analyzers.size()));
    this.ingester = new Ingester(db, analyzers.get(0),
        new DocumentWriter(CrossDocumentResolver.standard()))
        .workers(analyzers.size(), () -> {
          synchronized (spare) {
            return spare.isEmpty() ? Analyzer.standard() : spare.pop();
          }
        })
        .listen(doc -> {
          long t0 = threads.getCurrentThreadCpuTime();
          indexer.stored(doc);
          indexNanos += threads.getCurrentThreadCpuTime() - t0;
        });
  }

  @Override
  public Map<String, Double> partSeconds() {
    // the writer thread's CPU time includes handing documents to the index's own thread
    return Map.of("store", (writerCpuNanos - indexNanos) / 1e9, "index hand-over",
        indexNanos / 1e9);
  }

  @Override
  public Map<String, Long> stageNanos() {
    Map<String, Long> sum = new HashMap<>();
    for (Analyzer a : analyzers) {
      a.pipeline().timings().forEach((stage, ns) -> sum.merge(stage, ns, Long::sum));
    }
    return sum;
  }

  @Override
  public void ingest(List<Path> files) {
    long cpu0 = threads.getCurrentThreadCpuTime();
    List<Ingester.Outcome> outcomes = ingester.ingestAll(files, (n, f) -> { });
    writerCpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
    for (Ingester.Outcome o : outcomes) {
      if (o.status() == Ingester.Status.FAILED || o.problem() != null) {
        throw new IllegalStateException(o.problem());
      }
    }
  }

  @Override
  public String describe() {
    return "read + analysis on " + analyzers.size() + " thread(s) ("
        + analyzers.get(0).pipeline().stages().stream().map(Stage::name)
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
