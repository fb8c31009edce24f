package org.axiswatch.search;

import java.util.Optional;
import java.util.Set;

/**
 * What the index needs from the store: which documents it holds and each one's searchable form.
 * The store is the truth; the index follows it.
 */
public interface DocumentCatalog {
  /** Ids of every committed document in the store. */
  Set<String> documentIds();

  /** The searchable form of a stored document, or empty if it is gone. */
  Optional<SearchDocument> load(String id);
}
