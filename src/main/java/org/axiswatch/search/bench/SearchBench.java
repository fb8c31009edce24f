package org.axiswatch.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.axiswatch.search.BatchIndexer;
import org.axiswatch.search.HitSearcher;
import org.axiswatch.search.SearchIndex;
import org.axiswatch.search.SearchQuery;
import org.axiswatch.search.corpus.CorpusDocuments;
import org.axiswatch.search.corpus.CorpusGenerator;
import org.axiswatch.search.corpus.CorpusVocabulary;

/**
 * Query latency over a generated corpus: each query ranked with snippets (what {@code axiswatch
 * search} does), against a baseline of counting the same query's matches without ranking or
 * highlighting, in the same run on the same index.
 */
public final class SearchBench {
  /**
   * @param docs corpus size
   * @param seed corpus and query seed
   * @param queries timed queries
   * @param index index directory; reused when it already holds an index
   */
  public record Config(int docs, long seed, int queries, Path index) {}

  /**
   * Wall-clock latencies, and the same queries' CPU time on the searching thread: on a shared
   * machine the wall clock also counts waiting for a core, the CPU time does not.
   */
  public record Figures(int docs, int sentences, double buildSeconds, int queries, double p50Ms,
      double p99Ms, double meanMs, double bestP50Ms, double bestP99Ms, double cpuP50Ms,
      double cpuP99Ms, double countP50Ms, double countP99Ms, double hitsPerQuery,
      long peakHeapBytes, double loadAverage) {}

  public Figures run(Config c, PrintStream progress) throws IOException {
    CorpusVocabulary vocabulary = CorpusVocabulary.load();
    HeapWatch heap = new HeapWatch();
    heap.reset();
    double buildSeconds = 0;
    int docs = c.docs();
    if (hasIndex(c.index())) {
      progress.println("reusing the index in " + c.index());
    } else {
      long t0 = System.nanoTime();
      build(vocabulary, c, progress);
      buildSeconds = (System.nanoTime() - t0) / 1e9;
    }
    List<SearchQuery> queries = BenchQueries.generate(vocabulary, c.queries(), c.seed());
    try (SearchIndex index = SearchIndex.open(c.index())) {
      HitSearcher searcher = index.searcher();
      // Warm-up: let the JIT compile the query path and the OS cache the index files.
      for (SearchQuery q : BenchQueries.generate(vocabulary, 300, c.seed() + 1)) {
        searcher.search(q);
        searcher.count(q);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      Latencies full = new Latencies(queries.size());
      Latencies cpu = new Latencies(queries.size());
      Latencies best = new Latencies(queries.size());
      Latencies count = new Latencies(queries.size());
      long hits = 0;
      for (SearchQuery q : queries) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        hits += searcher.search(q).size();
        full.add(System.nanoTime() - t0);
        cpu.add(threads.getCurrentThreadCpuTime() - c0);
        // Best of three: on a shared machine one run also measures waits for a core.
        long fastest = System.nanoTime() - t0;
        for (int again = 0; again < 2; again++) {
          long t2 = System.nanoTime();
          searcher.search(q);
          fastest = Math.min(fastest, System.nanoTime() - t2);
        }
        best.add(fastest);
        long t1 = System.nanoTime();
        searcher.count(q);
        count.add(System.nanoTime() - t1);
      }
      return new Figures(docs, index.unitCount(), buildSeconds, queries.size(),
          full.percentileMs(50), full.percentileMs(99), full.meanMs(), best.percentileMs(50),
          best.percentileMs(99), cpu.percentileMs(50),
          cpu.percentileMs(99), count.percentileMs(50), count.percentileMs(99),
          (double) hits / queries.size(), heap.peakBytes(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void build(CorpusVocabulary vocabulary, Config c, PrintStream progress)
      throws IOException {
    Files.createDirectories(c.index());
    try (SearchIndex index = SearchIndex.open(c.index());
        BatchIndexer batches = new BatchIndexer(index, 1000)) {
      CorpusGenerator generator = new CorpusGenerator(vocabulary, c.seed());
      for (int i = 0; i < c.docs(); i++) {
        batches.indexed(CorpusDocuments.toSearchDocument(generator.generate(i)));
        if ((i + 1) % 10_000 == 0) {
          progress.println("indexed " + (i + 1) + " documents");
        }
      }
    }
  }

  private static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }
}
