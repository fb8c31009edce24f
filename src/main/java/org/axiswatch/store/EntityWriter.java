package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
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
 * Its statements live as long as the document's write ({@link #close}).
 */
final class EntityWriter implements AutoCloseable {
  /** entity_name.name's length: PostgreSQL's index entries cap at ~2.7 kB, Hangul is 3 bytes. */
  static final int MAX_FORM = 500;
  /** Forms one look-up for earlier context entities asks about (fixed, so the SQL is parsed once). */
  private static final int FORMS_PER_QUERY = 8;
  private static final String EARLIER_CONTEXT_ENTITIES = "SELECT DISTINCT e.id FROM entity e"
      + " JOIN entity_name n ON n.entity_id = e.id WHERE e.entity_type = ? AND n.normalized IN ("
      + "?, ".repeat(FORMS_PER_QUERY - 1) + "?) AND e.id <> ?"
      + " AND COALESCE(e.origin, '') <> 'gazetteer'"
      + " AND NOT EXISTS (SELECT 1 FROM analyst_decision d WHERE d.kind = 'MERGE'"
      + " AND d.other_id = e.id) ORDER BY e.id";

  private final Connection c;
  private final String documentId;
  private final CrossDocumentResolver resolver;
  private final EntityMemory memory;
  private final Map<String, String> kbIds = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  EntityWriter(Connection c, String documentId, CrossDocumentResolver resolver,
      EntityMemory memory) {
    this.c = c;
    this.documentId = documentId;
    this.resolver = resolver;
    this.memory = memory;
  }

  Map<String, String> write(List<Entity> entities) throws SQLException {
    try (DocumentEntityRows rows = new DocumentEntityRows(c, documentId)) {
      write(entities, rows);
      rows.flush();
    }
    return kbIds;
  }

  private void write(List<Entity> entities, DocumentEntityRows rows) throws SQLException {
    KnownEntities known = new KnownEntities(c, memory);
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

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = c.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
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
    if (memory.soleWriter()) {
      if (!memory.contextFormsLoaded()) {
        loadContextForms();
      }
      if (!memory.mayHaveContextEntity(keys, kb)) {
        return; // no context entity has any of these forms: the store would answer nothing
      }
    }
    List<String> all = List.copyOf(keys);
    Set<String> absorbed = new LinkedHashSet<>();
    PreparedStatement ps = statement(EARLIER_CONTEXT_ENTITIES);
    for (int from = 0; from < all.size(); from += FORMS_PER_QUERY) {
      ps.setString(1, type.name());
      for (int i = 0; i < FORMS_PER_QUERY; i++) {
        // a short last chunk repeats its last form
        ps.setString(2 + i, all.get(Math.min(from + i, all.size() - 1)));
      }
      ps.setString(2 + FORMS_PER_QUERY, kb);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          absorbed.add(rs.getString(1));
        }
      }
    }
    for (String id : absorbed) {
      KnowledgeBase.record(c, AnalystDecision.merge(kb, id), "ingest");
    }
  }

  private void loadContextForms() throws SQLException {
    Map<String, Set<String>> forms = new HashMap<>();
    Set<String> ids = new HashSet<>();
    String context = " WHERE COALESCE(e.origin, '') <> 'gazetteer'";
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM entity e" + context);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id, n.normalized FROM entity e"
            + " JOIN entity_name n ON n.entity_id = e.id" + context);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        forms.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
      }
    }
    memory.loadContextForms(forms, ids);
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
    if (memory.hasEntity(id)) {
      return;
    }
    PreparedStatement has = statement("SELECT 1 FROM entity WHERE id = ?");
    has.setString(1, id);
    try (ResultSet rs = has.executeQuery()) {
      if (rs.next()) {
        memory.foundEntity(id);
        return;
      }
    }
    PreparedStatement ps = statement(
        "INSERT INTO entity (id, entity_type, name, code, wikidata, origin) VALUES (?, ?, ?, ?, ?, ?)");
    ps.setString(1, id);
    ps.setString(2, type.name());
    ps.setString(3, name);
    Sql.text(ps, 4, code);
    Sql.text(ps, 5, wikidata);
    Sql.text(ps, 6, origin);
    ps.executeUpdate();
    memory.wroteEntity(id);
    memory.wroteEntityOfOrigin(id, origin);
  }

  private void addForms(String kb, Set<String> forms) throws SQLException {
    for (String form : forms) {
      if (form == null || form.isBlank() || form.length() > MAX_FORM) {
        continue; // a "form" longer than any name is a stage's mistake, not worth failing the document
      }
      if (memory.hasForm(kb, form)) {
        continue;
      }
      PreparedStatement has = statement("SELECT 1 FROM entity_name WHERE entity_id = ? AND name = ?");
      has.setString(1, kb);
      has.setString(2, form);
      try (ResultSet rs = has.executeQuery()) {
        if (rs.next()) {
          memory.foundForm(kb, form);
          continue;
        }
      }
      PreparedStatement add = statement(
          "INSERT INTO entity_name (entity_id, name, normalized) VALUES (?, ?, ?)");
      String normalized = FormNormalizer.normalize(form);
      add.setString(1, kb);
      add.setString(2, form);
      add.setString(3, normalized);
      add.executeUpdate();
      memory.wroteForm(kb, form);
      memory.wroteNormalizedForm(kb, normalized);
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    statements.clear();
    if (first != null) {
      throw first;
    }
  }

  /** The document's own entity records (forms in a column), sent to the store in one batch. */
  private static final class DocumentEntityRows implements AutoCloseable {
    private final String documentId;
    private final PreparedStatement entity;

    DocumentEntityRows(Connection c, String documentId) throws SQLException {
      this.documentId = documentId;
      this.entity = c.prepareStatement("INSERT INTO document_entity (document_id,"
          + " local_id, entity_id, entity_type, name, names, code, wikidata, origin, ordinal)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void add(Entity e, String kb, int ordinal) throws SQLException {
      entity.setString(1, documentId);
      entity.setString(2, e.id());
      entity.setString(3, kb);
      entity.setString(4, e.type().name());
      entity.setString(5, e.name());
      entity.setString(6, FormsColumn.write(e.names()));
      Sql.text(entity, 7, e.code());
      Sql.text(entity, 8, e.wikidata());
      Sql.text(entity, 9, e.origin());
      entity.setInt(10, ordinal);
      entity.addBatch();
    }

    void flush() throws SQLException {
      entity.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      entity.close();
    }
  }
}
