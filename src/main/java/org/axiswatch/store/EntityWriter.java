package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.EntityType;
import org.axiswatch.mentions.Mention;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.resolve.FormNormalizer;

/**
 * Writes a document's entities: resolves each to a knowledge-base entity (created when new, its
 * forms added when not), keeps the document's own record of it, and answers local id → KB id.
 */
final class EntityWriter {
  /** entity_name.name's length: PostgreSQL's index entries cap at ~2.7 kB, Hangul is 3 bytes. */
  static final int MAX_FORM = 500;

  private final Connection c;
  private final String documentId;
  private final CrossDocumentResolver resolver;
  private final Map<String, String> kbIds = new LinkedHashMap<>();
  /** Entities and (entity, form) pairs this transaction has already made sure of. */
  private final Set<String> ensured = new HashSet<>();
  private final Set<List<String>> formsEnsured = new HashSet<>();

  EntityWriter(Connection c, String documentId, CrossDocumentResolver resolver) {
    this.c = c;
    this.documentId = documentId;
    this.resolver = resolver;
  }

  Map<String, String> write(List<Entity> entities) throws SQLException {
    try (DocumentEntityRows rows = new DocumentEntityRows(c, documentId)) {
      write(entities, rows);
      rows.flush();
    }
    return kbIds;
  }

  private void write(List<Entity> entities, DocumentEntityRows rows) throws SQLException {
    KnownEntities known = new KnownEntities(c);
    int ordinal = 0;
    for (Entity e : entities) {
      if (kbIds.containsKey(e.id())) {
        continue; // a stage listed the same id twice; the first record stands
      }
      String kb;
      try {
        kb = resolver.resolve(e, known);
      } catch (KnownEntities.UncheckedSql x) {
        throw x.getCause();
      }
      ensureEntity(kb, e.type(), e.name(), e.code(), e.wikidata(), e.origin());
      Set<String> forms = new LinkedHashSet<>();
      forms.add(e.name());
      forms.addAll(e.names());
      if ("gazetteer".equals(e.origin())) {
        absorbEarlierContextEntities(kb, e.type(), forms);
      }
      addForms(kb, forms);
      rows.add(e, kb, ordinal++);
      kbIds.put(e.id(), kb);
    }
  }

  /**
   * An earlier document may have found this entity by context only, before any document named it
   * in gazetteer form; the resolver could not know then. Ingest records a merge (never rewrites
   * the earlier rows), applied on read like the analyst's, unless one is already recorded.
   */
  private void absorbEarlierContextEntities(String kb, EntityType type, Set<String> forms)
      throws SQLException {
    Set<String> keys = new LinkedHashSet<>();
    forms.forEach(f -> keys.add(FormNormalizer.normalize(f)));
    keys.remove("");
    String sql = "SELECT DISTINCT e.id FROM entity e JOIN entity_name n ON n.entity_id = e.id"
        + " WHERE e.entity_type = ? AND n.normalized = ? AND e.id <> ?"
        + " AND COALESCE(e.origin, '') <> 'gazetteer'"
        + " AND NOT EXISTS (SELECT 1 FROM analyst_decision d WHERE d.kind = 'MERGE'"
        + " AND d.other_id = e.id)";
    Set<String> absorbed = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (String key : keys) {
        ps.setString(1, type.name());
        ps.setString(2, key);
        ps.setString(3, kb);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            absorbed.add(rs.getString(1));
          }
        }
      }
    }
    for (String id : absorbed) {
      KnowledgeBase.record(c, AnalystDecision.merge(kb, id), "ingest");
    }
  }

  /** The KB id for a local id a fact refers to; an id no entity record declares becomes its own. */
  String kbId(String localId, EntityType type, String form) throws SQLException {
    String kb = kbIds.get(localId);
    if (kb == null) {
      ensureEntity(localId, type, form == null ? localId : form, null, null, "reference");
      kbIds.put(localId, localId);
      kb = localId;
    }
    return kb;
  }

  /** Adds mention texts as forms of the entities they name. */
  void addMentionForms(List<Mention> mentions) throws SQLException {
    for (Mention m : mentions) {
      if (m.entity() != null) {
        addForms(kbId(m.entity(), m.type(), m.text()), Set.of(m.text()));
      }
    }
  }

  private void ensureEntity(String id, EntityType type, String name, String code, String wikidata,
      String origin) throws SQLException {
    if (!ensured.add(id)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM entity WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO entity (id, entity_type, name, code, wikidata, origin) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, type.name());
      ps.setString(3, name);
      Sql.text(ps, 4, code);
      Sql.text(ps, 5, wikidata);
      Sql.text(ps, 6, origin);
      ps.executeUpdate();
    }
  }

  private void addForms(String kb, Set<String> forms) throws SQLException {
    try (PreparedStatement has = c.prepareStatement(
            "SELECT 1 FROM entity_name WHERE entity_id = ? AND name = ?");
        PreparedStatement add = c.prepareStatement(
            "INSERT INTO entity_name (entity_id, name, normalized) VALUES (?, ?, ?)")) {
      for (String form : forms) {
        if (form == null || form.isBlank() || form.length() > MAX_FORM) {
          continue; // a "form" longer than any name is a stage's mistake, not worth failing the document
        }
        if (!formsEnsured.add(List.of(kb, form))) {
          continue; // the same mention text again in this document
        }
        has.setString(1, kb);
        has.setString(2, form);
        try (ResultSet rs = has.executeQuery()) {
          if (rs.next()) {
            continue;
          }
        }
        add.setString(1, kb);
        add.setString(2, form);
        add.setString(3, FormNormalizer.normalize(form));
        add.executeUpdate();
      }
    }
  }

  /** The document's own entity records, sent to the store in two batches. */
  private static final class DocumentEntityRows implements AutoCloseable {
    private final String documentId;
    private final PreparedStatement entity;
    private final PreparedStatement names;

    DocumentEntityRows(Connection c, String documentId) throws SQLException {
      this.documentId = documentId;
      this.entity = c.prepareStatement("INSERT INTO document_entity (document_id,"
          + " local_id, entity_id, entity_type, name, code, wikidata, origin, ordinal)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      this.names = c.prepareStatement("INSERT INTO document_entity_name"
          + " (document_id, local_id, ordinal, name) VALUES (?, ?, ?, ?)");
    }

    void add(Entity e, String kb, int ordinal) throws SQLException {
      entity.setString(1, documentId);
      entity.setString(2, e.id());
      entity.setString(3, kb);
      entity.setString(4, e.type().name());
      entity.setString(5, e.name());
      Sql.text(entity, 6, e.code());
      Sql.text(entity, 7, e.wikidata());
      Sql.text(entity, 8, e.origin());
      entity.setInt(9, ordinal);
      entity.addBatch();
      for (int i = 0; i < e.names().size(); i++) {
        names.setString(1, documentId);
        names.setString(2, e.id());
        names.setInt(3, i);
        names.setString(4, e.names().get(i));
        names.addBatch();
      }
    }

    void flush() throws SQLException {
      entity.executeBatch();
      names.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      try (entity; names) {
        // closes both, the first failure reported
      }
    }
  }
}
