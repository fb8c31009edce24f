package org.axiswatch.search;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.axiswatch.store.KnowledgeBase;

/** The store as the index sees it: its document ids, and each document's searchable form. */
public final class StoreCatalog implements DocumentCatalog {
  private final KnowledgeBase kb;

  public StoreCatalog(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public Set<String> documentIds() {
    try {
      return new LinkedHashSet<>(kb.documentIds());
    } catch (SQLException e) {
      throw new IllegalStateException("store: cannot list documents: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<SearchDocument> load(String id) {
    try {
      return kb.load(id).map(d -> SearchDocuments.of(d.analysis(), d.entityIds()));
    } catch (SQLException e) {
      throw new IllegalStateException("store: cannot load " + id + ": " + e.getMessage(), e);
    }
  }
}
