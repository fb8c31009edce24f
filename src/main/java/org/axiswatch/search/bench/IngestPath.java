package org.axiswatch.search.bench;

import java.nio.file.Path;

/** What the ingest benchmark times per run of files; closing commits whatever is still open. */
public interface IngestPath extends AutoCloseable {
  void ingest(java.util.List<Path> files) throws Exception;

  /** Nanoseconds spent so far in each analysis stage, over all the path's analyzers. */
  default java.util.Map<String, Long> stageNanos() {
    return java.util.Map.of();
  }

  /** The steps, for the figures ("read + analysis + store + index"). */
  String describe();

  /** Seconds spent in named parts of the path (e.g. "index"), where the path can tell. */
  default java.util.Map<String, Double> partSeconds() {
    return java.util.Map.of();
  }

  /** Opens a fresh ingest path (its own store and index) in a working directory. */
  @FunctionalInterface
  interface Opener {
    IngestPath open(Path workDir) throws Exception;
  }
}
