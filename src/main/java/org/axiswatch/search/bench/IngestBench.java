package org.axiswatch.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
   * @param analyzer the analysis pipeline, for the warm-up (which must not store anything)
   * @param path the ingest path to time, on a fresh store and index
   */
  public record Config(List<Path> files, org.axiswatch.Analyzer analyzer, IngestPath path) {}

  public record Figures(int docs, long bytes, double rawSeconds, double fullSeconds,
      long peakHeap, String path) {
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

  private static final int WARMUP = 200;
  private static final int CHUNK = 250;

  public Figures run(Config c, PrintStream progress) throws Exception {
    HeapWatch heap = new HeapWatch();
    Analyzer nori = SearchAnalyzers.korean();
    long bytes = 0;
    for (Path f : c.files()) {
      bytes += Files.size(f);
    }
    for (Path f : c.files().subList(0, Math.min(WARMUP, c.files().size()))) {
      tokenize(nori, f);
      c.analyzer().analyze(f);
    }
    // The machine is shared: run the two in alternating chunks so that load from elsewhere hits
    // both alike. Peak heap is the full path's (the raw pass holds one file at a time).
    System.gc();
    heap.reset();
    long raw = 0;
    long full = 0;
    IngestPath path = c.path();
    try {
      for (int from = 0; from < c.files().size(); from += CHUNK) {
        List<Path> chunk = c.files().subList(from, Math.min(from + CHUNK, c.files().size()));
        long t0 = System.nanoTime();
        for (Path f : chunk) {
          tokenize(nori, f);
        }
        long t1 = System.nanoTime();
        for (Path f : chunk) {
          path.ingest(f);
        }
        long t2 = System.nanoTime();
        raw += t1 - t0;
        full += t2 - t1;
        if ((from / CHUNK) % 20 == 19) {
          progress.printf("%d documents%n", from + chunk.size());
        }
      }
    } catch (Exception e) {
      path.close();
      throw e;
    }
    long t3 = System.nanoTime();
    path.close();
    full += System.nanoTime() - t3;
    return new Figures(c.files().size(), bytes, raw / 1e9, full / 1e9, heap.peakBytes(),
        c.path().describe());
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
