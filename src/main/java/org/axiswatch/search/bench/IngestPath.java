package org.axiswatch.search.bench;

import java.nio.file.Path;

/** What the ingest benchmark times per file; closing commits whatever is still open. */
public interface IngestPath extends AutoCloseable {
  void ingest(Path file) throws Exception;

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
