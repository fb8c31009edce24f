package org.axiswatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.axiswatch.search.SearchIndex;

/**
 * Opens the search index of a data directory. (Once the store is on this branch, this is also
 * where the index is reconciled with it on open.)
 */
final class IndexOpening {
  private IndexOpening() {}

  static SearchIndex open(Path data) throws IOException {
    return SearchIndex.open(data.resolve("index"));
  }
}
