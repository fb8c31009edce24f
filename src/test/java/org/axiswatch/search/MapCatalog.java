package org.axiswatch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A store stand-in for tests: documents by id. */
final class MapCatalog implements DocumentCatalog {
  final Map<String, SearchDocument> docs = new LinkedHashMap<>();

  MapCatalog with(SearchDocument d) {
    docs.put(d.id(), d);
    return this;
  }

  @Override
  public Set<String> documentIds() {
    return Set.copyOf(docs.keySet());
  }

  @Override
  public Optional<SearchDocument> load(String id) {
    return Optional.ofNullable(docs.get(id));
  }
}
