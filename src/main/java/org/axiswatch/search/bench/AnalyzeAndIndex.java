package org.axiswatch.search.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.Stage;
import org.axiswatch.read.ReadException;
import org.axiswatch.search.BatchIndexer;
import org.axiswatch.search.SearchDocuments;
import org.axiswatch.search.SearchIndex;

/** Ingest without a store: read, analyse, index (committing per batch). */
public final class AnalyzeAndIndex implements IngestPath {
  private final Analyzer analyzer;
  private final SearchIndex index;
  private final BatchIndexer batches;

  public AnalyzeAndIndex(Analyzer analyzer, Path indexDir, int batchSize) throws IOException {
    this.analyzer = analyzer;
    this.index = SearchIndex.open(indexDir);
    this.batches = new BatchIndexer(index, batchSize);
  }

  @Override
  public void ingest(Path file) throws ReadException {
    batches.indexed(SearchDocuments.of(analyzer.analyze(file)));
  }

  @Override
  public String describe() {
    return "read + analysis (" + analyzer.pipeline().stages().stream().map(Stage::name)
        .collect(Collectors.joining(", ")) + ") + index";
  }

  @Override
  public void close() throws IOException {
    batches.finish();
    index.close();
  }
}
