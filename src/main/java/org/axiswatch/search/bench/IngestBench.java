package org.axiswatch.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.axiswatch.search.SearchAnalyzers;

/**
 * Ingest throughput over a corpus of files: the full path (read, analyse, store, index) against
 * raw Nori tokenization of the same files, in the same run. Both read the files from disk, get the
 * same warm-up, and run in alternating chunks.
 */
public final class IngestBench {
  /**
   * @param files the corpus files, in order
   * @param opener opens the ingest path on a fresh store and index in a directory: once in
   *     {@code work/warm-up} for the JIT, once in {@code work/timed} for the figures
   * @param work a scratch directory
   */
  public record Config(List<Path> files, IngestPath.Opener opener, Path work) {}

  /**
   * @param stageSeconds seconds spent in each analysis stage during the timed run; the rest of
   *     {@code fullSeconds} is reading, storing and indexing
   */
  public record Figures(int docs, long bytes, double rawSeconds, double fullSeconds,
      double rawCpuSeconds, double fullCpuSeconds, long peakHeap, String path,
      Map<String, Double> stageSeconds, Map<String, Double> partSeconds) {
    /** The same ratio in process CPU time (all threads: merges, GC): what waiting does not skew. */
    public double cpuRatio() {
      return rawCpuSeconds / fullCpuSeconds;
    }

    public double rawDocsPerSecond() {
      return docs / rawSeconds;
    }

    public double fullDocsPerSecond() {
      return docs / fullSeconds;
    }

    public double rawMegabytesPerSecond() {
      return bytes / 1e6 / rawSeconds;
    }

    public double fullMegabytesPerSecond() {
      return bytes / 1e6 / fullSeconds;
    }

    /** Full-path throughput as a share of raw tokenization's. */
    public double ratio() {
      return rawSeconds / fullSeconds;
    }
  }

  private static final int WARMUP = 500;
  private static final int CHUNK = 250;

  public Figures run(Config c, PrintStream progress) throws Exception {
    HeapWatch heap = new HeapWatch();
    Analyzer nori = SearchAnalyzers.korean();
    long bytes = 0;
    for (Path f : c.files()) {
      bytes += Files.size(f);
    }
    try (IngestPath warm = c.opener().open(c.work().resolve("warm-up"))) {
      List<Path> first = c.files().subList(0, Math.min(WARMUP, c.files().size()));
      for (Path f : first) {
        tokenize(nori, f);
      }
      warm.ingest(first);
    }
    // The machine is shared: run the two in alternating chunks so that load from elsewhere hits
    // both alike. Peak heap is the full path's (the raw pass holds one file at a time).
    System.gc();
    heap.reset();
    long raw = 0;
    long full = 0;
    long rawCpu = 0;
    long fullCpu = 0;
    IngestPath path = c.opener().open(c.work().resolve("timed"));
    Map<String, Long> before = path.stageNanos();
    try {
      for (int from = 0; from < c.files().size(); from += CHUNK) {
        List<Path> chunk = c.files().subList(from, Math.min(from + CHUNK, c.files().size()));
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        for (Path f : chunk) {
          tokenize(nori, f);
        }
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        path.ingest(chunk);
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        raw += t1 - t0;
        full += t2 - t1;
        rawCpu += c1 - c0;
        fullCpu += c2 - c1;
        if ((from / CHUNK) % 20 == 19) {
          progress.printf("%d documents%n", from + chunk.size());
        }
      }
    } catch (Exception e) {
      path.close();
      throw e;
    }
    long t3 = System.nanoTime();
    long c3 = cpuNanos();
    path.close();
    full += System.nanoTime() - t3;
    fullCpu += cpuNanos() - c3;
    Map<String, Double> stages = new LinkedHashMap<>();
    path.stageNanos().forEach((stage, ns) ->
        stages.put(stage, (ns - before.getOrDefault(stage, 0L)) / 1e9));
    return new Figures(c.files().size(), bytes, raw / 1e9, full / 1e9, rawCpu / 1e9,
        fullCpu / 1e9, heap.peakBytes(),
        path.describe(), stages, path.partSeconds());
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void tokenize(Analyzer nori, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try (TokenStream ts = nori.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        // consume: the cost of tokenizing is the figure
      }
      ts.end();
    }
  }

  /** The corpus's text files in name order. */
  public static List<Path> corpusFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
