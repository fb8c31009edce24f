package org.axiswatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import org.axiswatch.search.SearchIndex;

/**
 * Opens the search index of a data directory. (Once the store is on this branch, this is also
 * where the index is reconciled with it on open.)
 */
final class IndexOpening {
  private IndexOpening() {}

  /** For searching: the writer when free, else (an ingest is running) the committed index. */
  static SearchIndex forSearch(Path data) throws IOException {
    try {
      return SearchIndex.open(data.resolve("index"));
    } catch (LockObtainFailedException e) {
      return SearchIndex.openReadOnly(data.resolve("index"));
    }
  }
}
