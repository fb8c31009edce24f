package org.axiswatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.mentions.Mention;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.pipeline.Key;
import org.axiswatch.read.SourceDocument;
import org.axiswatch.resolve.CrossDocumentResolver;
import org.axiswatch.sanctions.Decision;
import org.axiswatch.sanctions.ScreeningHit;
import org.axiswatch.structure.DocumentInfo;
import org.axiswatch.structure.Outline;
import org.axiswatch.structure.OutlineNode;
import org.axiswatch.structure.Sentence;

/**
 * Stores one analysed document and everything found in it: all its rows or none, in a transaction
 * of its own ({@link #write}) or in a group's ({@link CommitGroup}). The document's id is its
 * content hash, so a document already stored is left as it is.
 */
public final class DocumentWriter {
  /** The analysis keys the store keeps; their names go in document.stages. */
  static final List<Key<?>> STAGE_KEYS = List.of(DocumentInfo.KEY, Outline.KEY, Sentence.KEY,
      Entity.KEY, Mention.KEY, Event.KEY, Exchange.KEY, Claim.KEY, Decision.KEY, ScreeningHit.KEY);

  private final CrossDocumentResolver resolver;
  /** The connection {@link #memory} describes; another connection starts a memory of its own. */
  private Connection memoryOf;
  private EntityMemory memory;

  public DocumentWriter(CrossDocumentResolver resolver) {
    this.resolver = resolver;
  }

  /** What this writer knows the store behind {@code c} holds. */
  EntityMemory memory(Connection c) throws SQLException {
    if (memoryOf != c) {
      // an embedded store has one writing process (H2's file lock, IngestLock); a server, or H2
      // in its automatic mixed mode, may have several
      String url = c.getMetaData().getURL();
      boolean embedded = url.startsWith("jdbc:h2:file:")
          && !url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE");
      memory = new EntityMemory(embedded);
      memoryOf = c;
    }
    return memory;
  }

  /** The transaction on {@code c} committed: what it wrote is known stored. */
  void committed(Connection c) {
    if (memoryOf == c) {
      memory.groupCommitted();
    }
  }

  /** The transaction on {@code c} rolled back: nothing it wrote is stored. */
  void rolledBack(Connection c) {
    if (memoryOf == c) {
      memory.groupDropped();
    }
  }

  /**
   * Writes the document in a transaction of its own, unless it is already stored.
   *
   * @return the KB id of each of the document's entity ids, or null when it was already stored
   */
  public Map<String, String> write(Connection c, AnalyzedDocument doc) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    EntityMemory memory = memory(c);
    try {
      Map<String, String> kbIds = writeRows(c, doc);
      if (kbIds == null) {
        c.rollback();
        memory.groupDropped();
      } else {
        c.commit();
        memory.groupCommitted();
      }
      return kbIds;
    } catch (SQLException | RuntimeException e) {
      memory.groupDropped();
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Writes the document's rows in the caller's open transaction, unless it is already stored
   * (committed, or written earlier in the same transaction). The caller commits or rolls back,
   * and tells {@link #memory} which.
   *
   * @return the KB id of each of the document's entity ids, or null when it was already stored
   */
  Map<String, String> writeRows(Connection c, AnalyzedDocument doc) throws SQLException {
    SourceDocument source = doc.get(SourceDocument.KEY);
    if (isStored(c, source.id())) {
      return null;
    }
    insertDocument(c, doc, source);
    try (EntityWriter entities = new EntityWriter(c, source.id(), resolver, memory(c))) {
      Map<String, String> kbIds = entities.write(doc.find(Entity.KEY).orElse(List.of()));
      List<Mention> mentions = doc.find(Mention.KEY).orElse(List.of());
      entities.addMentionForms(mentions);
      new OutlineWriter(c, source.id()).write(doc);
      new MentionWriter(c, source.id()).write(mentions, entities);
      new FactWriter(c, source.id(), entities).write(doc, mentions);
      return Map.copyOf(kbIds);
    }
  }

  static boolean isStored(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void insertDocument(Connection c, AnalyzedDocument doc, SourceDocument s)
      throws SQLException {
    DocumentInfo info = doc.find(DocumentInfo.KEY).orElse(null);
    List<String> stages = new ArrayList<>();
    for (Key<?> k : STAGE_KEYS) {
      if (doc.has(k)) {
        stages.add(k.name());
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (id, file_name, media_type,"
        + " encoding, byte_count, original, language, doc_date, title, author, stages, ingested_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.id());
      ps.setString(2, s.fileName());
      ps.setString(3, s.mediaType());
      ps.setString(4, s.encoding());
      ps.setLong(5, s.byteCount());
      ps.setString(6, s.original());
      Sql.text(ps, 7, info == null ? null : info.language().code());
      Sql.text(ps, 8, info == null || info.date() == null ? null : info.date().toString());
      Sql.text(ps, 9, info == null ? null : info.title());
      Sql.text(ps, 10, info == null ? null : info.author());
      ps.setString(11, String.join(" ", stages));
      ps.setTimestamp(12, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  /** Outline nodes in pre-order, each with its parent's ordinal, and the sentences. */
  private record OutlineWriter(Connection c, String documentId) {
    void write(AnalyzedDocument doc) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO outline_node (document_id, ordinal,"
          + " parent, kind, marker, node_text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        int[] next = {0};
        for (OutlineNode root : doc.find(Outline.KEY).map(Outline::roots).orElse(List.of())) {
          node(ps, root, null, next);
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentence (document_id, ordinal,"
          + " span_start, span_end, sentence_text) VALUES (?, ?, ?, ?, ?)")) {
        List<Sentence> sentences = doc.find(Sentence.KEY).orElse(List.of());
        for (int i = 0; i < sentences.size(); i++) {
          Sentence s = sentences.get(i);
          ps.setString(1, documentId);
          ps.setInt(2, i);
          ps.setInt(3, s.span().start());
          ps.setInt(4, s.span().end());
          ps.setString(5, s.text());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }

    private void node(PreparedStatement ps, OutlineNode n, Integer parent, int[] next)
        throws SQLException {
      int ordinal = next[0]++;
      ps.setString(1, documentId);
      ps.setInt(2, ordinal);
      Sql.integer(ps, 3, parent);
      ps.setString(4, n.kind().name());
      Sql.text(ps, 5, n.marker());
      ps.setString(6, n.text());
      ps.setInt(7, n.span().start());
      ps.setInt(8, n.span().end());
      ps.addBatch();
      for (OutlineNode child : n.children()) {
        node(ps, child, ordinal, next);
      }
    }
  }
}
