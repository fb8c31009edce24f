package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axiswatch.resolve.AnalystDecision;
import org.axiswatch.resolve.IdentityMap;

/**
 * The read API of the store, plus the analyst's identity decisions (the only thing written outside
 * ingest). Facts come back as stored; {@link #identityMap()} applies the analyst's decisions.
 */
public final class KnowledgeBase {
  /** Every table, in an order that respects foreign keys when counting or clearing. */
  public static final List<String> TABLES = List.of("document", "outline_node", "sentence",
      "entity", "entity_name", "document_entity", "mention", "event", "event_actor", "exchange", "claim", "sanctions_decision",
      "decision_citation", "screening_hit", "analyst_decision", "analyst_decision_form");

  private final Connection c;
  private final FactQueries facts;

  public KnowledgeBase(Database db) {
    this.c = db.connection();
    this.facts = new FactQueries(c);
  }

  public List<DocumentSummary> documents() throws SQLException {
    List<DocumentSummary> out = new ArrayList<>();
    String sql = "SELECT d.id, d.file_name, d.doc_date, d.language, d.title, d.author, d.ingested_at,"
        + " (SELECT COUNT(*) FROM mention m WHERE m.document_id = d.id),"
        + " (SELECT COUNT(*) FROM event e WHERE e.document_id = d.id),"
        + " (SELECT COUNT(*) FROM exchange x WHERE x.document_id = d.id)"
        + " FROM document d ORDER BY d.doc_date, d.ingested_at, d.id";
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new DocumentSummary(rs.getString(1), rs.getString(2), Sql.partialDate(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
            rs.getInt(8), rs.getInt(9), rs.getInt(10)));
      }
    }
    return out;
  }

  /** Every stored document id, for reindexing. */
  public List<String> documentIds() throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** A stored document with its text, analysis and entity resolution, for reindexing and display. */
  public Optional<StoredDocument> load(String documentId) throws SQLException {
    return new DocumentLoader(c).load(documentId);
  }

  /**
   * A value that changes whenever the knowledge base does: the documents (count, last ingest) and
   * the last analyst decision. Cheap enough to ask on every request that caches a whole-base read.
   */
  public String changeMarker() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM document),"
            + " (SELECT MAX(ingested_at) FROM document), (SELECT MAX(id) FROM analyst_decision)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) + "|" + rs.getTimestamp(2) + "|" + rs.getLong(3);
    }
  }

  /** Rows per table (tests and diagnostics). */
  public Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      for (String table : TABLES) {
        // table names come from the constant above, never from input
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  public List<StoredEntity> entities() throws SQLException {
    return facts.entities();
  }

  public List<StoredMention> mentions() throws SQLException {
    return facts.mentions();
  }

  public List<StoredEvent> events() throws SQLException {
    return facts.events();
  }

  public List<StoredExchange> exchanges() throws SQLException {
    return facts.exchanges();
  }

  public List<StoredHit> screeningHits() throws SQLException {
    return facts.hits();
  }

  /** Document id → its title, or its file name when it has none. */
  public Map<String, String> documentLabels() throws SQLException {
    Map<String, String> labels = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, title, file_name FROM document");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        labels.put(rs.getString(1), rs.getString(2) != null ? rs.getString(2) : rs.getString(3));
      }
    }
    return labels;
  }

  /** The analyst's decisions applied over what ingest stored. */
  public IdentityMap identityMap() throws SQLException {
    Map<String, java.util.Set<String>> forms = facts.documentForms();
    return new IdentityMap(analystDecisions(),
        (doc, entity) -> forms.getOrDefault(doc + '\n' + entity, java.util.Set.of()));
  }

  /** Inserts a decision in the caller's transaction. */
  static void record(Connection c, AnalystDecision d, String decidedBy) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO analyst_decision (kind, entity_id,"
        + " other_id, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
      ps.setString(1, d.kind().name());
      ps.setString(2, d.entity());
      ps.setString(3, d.other());
      ps.setString(4, decidedBy);
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO analyst_decision_form (decision_id, form) VALUES (?, ?)")) {
      for (String form : new java.util.LinkedHashSet<>(d.forms())) {
        ps.setLong(1, id);
        ps.setString(2, form);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every identity decision in the order taken (the analyst's and ingest's late merges). */
  public List<AnalystDecision> analystDecisions() throws SQLException {
    Map<Long, AnalystDecision.Kind> kinds = new LinkedHashMap<>();
    Map<Long, String[]> ids = new LinkedHashMap<>();
    Map<Long, List<String>> forms = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, kind, entity_id, other_id FROM analyst_decision ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        kinds.put(rs.getLong(1), AnalystDecision.Kind.valueOf(rs.getString(2)));
        ids.put(rs.getLong(1), new String[] {rs.getString(3), rs.getString(4)});
        forms.put(rs.getLong(1), new ArrayList<>());
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT decision_id, form FROM analyst_decision_form ORDER BY decision_id, form");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        forms.get(rs.getLong(1)).add(rs.getString(2));
      }
    }
    List<AnalystDecision> out = new ArrayList<>();
    kinds.forEach((id, kind) -> out.add(
        new AnalystDecision(kind, ids.get(id)[0], ids.get(id)[1], forms.get(id))));
    return out;
  }

  /** Records an analyst's decision; it applies to every later read and survives re-ingest. */
  public void decide(AnalystDecision d) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      record(c, d, "analyst");
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
