package org.axiswatch.store;

import java.util.Map;
import java.util.Objects;
import org.axiswatch.pipeline.AnalyzedDocument;

/**
 * A document as the store holds it: the analysis (source text, info, outline, sentences, mentions,
 * entities, facts, decisions, hits, with the document's own entity ids) and the knowledge-base id
 * each of its entity ids resolved to.
 */
public record StoredDocument(String id, AnalyzedDocument analysis, Map<String, String> entityIds) {
  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(analysis, "analysis");
    entityIds = Map.copyOf(entityIds);
  }
}
