package org.axiswatch.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;
import org.axiswatch.read.SourceDocument;

/**
 * Reads and analyses files ahead of the writer, on worker threads, and hands the results back in
 * file order, each document with an analyzer of its own from the {@link AnalyzerPool}. At most a
 * few documents per worker are held ahead, so memory does not grow with the directory.
 */
final class AnalysisQueue implements AutoCloseable {
  /** One file's way through reading and analysis. */
  record Analysed(Path file, String documentId, AnalyzedDocument doc, String problem,
      boolean alreadyStored) {}

  private static final int AHEAD_PER_WORKER = 4;

  private final List<Path> files;
  private final Predicate<String> stored;
  private final AnalyzerPool analyzers;
  private final ExecutorService pool;
  private final Deque<Future<Analysed>> ahead = new ArrayDeque<>();
  private final int window;
  private int submitted;

  /**
   * @param stored whether a document id is stored already: such a file is read (to learn its id)
   *     but not analysed
   * @param workers threads that analyse; 1 analyses in the caller's thread
   */
  AnalysisQueue(List<Path> files, Predicate<String> stored, AnalyzerPool analyzers, int workers) {
    this.files = files;
    this.stored = stored;
    this.analyzers = analyzers;
    if (workers > 1 && files.size() > 1) {
      this.pool = Executors.newFixedThreadPool(workers, r -> {
        Thread t = new Thread(r, "axiswatch-analysis");
        t.setDaemon(true);
        return t;
      });
      this.window = workers * AHEAD_PER_WORKER;
    } else {
      this.pool = null;
      this.window = 0;
    }
  }

  /** The next file's result, in the order the files were given. */
  Analysed next() {
    if (pool == null) {
      return analyse(files.get(submitted++));
    }
    while (submitted < files.size() && ahead.size() < window) {
      Path f = files.get(submitted++);
      ahead.add(pool.submit(() -> analyse(f)));
    }
    try {
      return ahead.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      // analyse() turns every exception into a result; what comes here is an Error
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Analysed analyse(Path file) {
    Analyzer analyzer = analyzers.borrow();
    try {
      return analyse(file, analyzer);
    } finally {
      analyzers.giveBack(analyzer);
    }
  }

  private Analysed analyse(Path file, Analyzer analyzer) {
    SourceDocument source;
    try {
      source = analyzer.reader().read(file);
    } catch (ReadException e) {
      return new Analysed(file, null, null, e.getMessage(), false);
    } catch (RuntimeException e) {
      return new Analysed(file, null, null, file + ": cannot read: " + e, false);
    }
    if (stored.test(source.id())) {
      return new Analysed(file, source.id(), null, null, true);
    }
    try {
      return new Analysed(file, source.id(), analyzer.analyze(source), null, false);
    } catch (RuntimeException e) {
      return new Analysed(file, source.id(), null, file + ": analysis failed: " + e, false);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      ahead.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }
}
