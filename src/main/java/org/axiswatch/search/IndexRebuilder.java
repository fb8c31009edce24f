package org.axiswatch.search;

/**
 * Rebuilds the index from the store: drops everything, indexes every stored document, commits
 * once. Until that commit, readers (and a process that crashes mid-rebuild) keep the old index;
 * the writer flushes segments to disk as its buffer fills, so memory stays bounded.
 */
public final class IndexRebuilder {
  /** Returns how many documents were indexed. */
  public int rebuild(SearchIndex index, DocumentCatalog store) {
    index.deleteAll();
    int n = 0;
    for (String id : store.documentIds().stream().sorted().toList()) {
      var doc = store.load(id);
      if (doc.isPresent()) {
        index.put(doc.get());
        n++;
      }
    }
    index.commit();
    return n;
  }
}
