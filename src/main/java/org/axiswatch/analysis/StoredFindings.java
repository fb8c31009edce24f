package org.axiswatch.analysis;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.resolve.IdentityMap;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoredDocument;

/**
 * Findings from the knowledge base: every stored document as analysed, each entity under the id
 * the knowledge base gives it (resolution across documents, then the analyst's merges and
 * splits), each claim's credibility graded against the whole knowledge base ({@link
 * Corroboration}), then the selection applied.
 */
public final class StoredFindings {
  private StoredFindings() {}

  /**
   * @throws IllegalArgumentException when a topic part names no stored entity
   */
  public static Findings load(KnowledgeBase kb, Selection selection) throws SQLException {
    return graded(kb).select(selection);
  }

  /**
   * The claims of one stored document, in the order it stores them, each graded against the whole
   * knowledge base; empty when no such document is stored.
   */
  public static List<ClaimFinding> claims(KnowledgeBase kb, String documentId) throws SQLException {
    return graded(kb).claims().stream()
        .filter(c -> c.source().documentId().equals(documentId)).toList();
  }

  /** Every stored document's findings, claims graded, nothing selected away. */
  public static Findings graded(KnowledgeBase kb) throws SQLException {
    IdentityMap decisions = kb.identityMap();
    List<AnalyzedDocument> docs = new ArrayList<>();
    Map<String, Map<String, String>> stored = new HashMap<>();
    for (String id : kb.documentIds()) {
      StoredDocument d = kb.load(id).orElseThrow(() ->
          new IllegalStateException("document " + id + " vanished while reading the store"));
      docs.add(d.analysis());
      stored.put(id, d.entityIds());
    }
    EntityIds ids = (doc, entity) -> decisions.inDocument(doc,
        stored.getOrDefault(doc, Map.of()).getOrDefault(entity, entity));
    Findings all = Findings.of(docs, ids);
    // graded over every stored document before any selection: one outside the selection still
    // corroborates or contradicts
    Corroboration corroboration = new Corroboration(CredibilityScale.standard(),
        Knowledge.events(kb, decisions), Knowledge.exchanges(kb, decisions), all);
    return all.withClaims(corroboration.grade(all.claims()));
  }
}
