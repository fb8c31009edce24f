package org.axiswatch.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axiswatch.Analyzer;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.ReadException;
import org.axiswatch.read.SourceDocument;

/**
 * Reads, analyses and stores files one at a time, one transaction per document, and tells the
 * listeners about each document once it is committed. A file that fails leaves the store as it was.
 */
public final class Ingester {
  /** How one file went. */
  public enum Status { STORED, ALREADY_STORED, FAILED }

  /**
   * @param documentId the content hash, or null when the file could not be read
   * @param problem why it failed (or a listener's complaint on a stored document), else null
   */
  public record Outcome(Path file, Status status, String documentId, String problem) {
    public Outcome {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(status, "status");
    }
  }

  private final Database db;
  private final Analyzer analyzer;
  private final DocumentWriter writer;
  private final List<StoredDocumentListener> listeners = new ArrayList<>();

  public Ingester(Database db, Analyzer analyzer, DocumentWriter writer) {
    this.db = db;
    this.analyzer = analyzer;
    this.writer = writer;
  }

  /** Adds a listener told about each newly stored document, after its commit. */
  public Ingester listen(StoredDocumentListener listener) {
    listeners.add(Objects.requireNonNull(listener));
    return this;
  }

  public Outcome ingest(Path file) {
    SourceDocument source;
    try {
      source = analyzer.reader().read(file);
    } catch (ReadException e) {
      return new Outcome(file, Status.FAILED, null, e.getMessage());
    }
    try {
      if (DocumentWriter.isStored(db.connection(), source.id())) {
        return new Outcome(file, Status.ALREADY_STORED, source.id(), null);
      }
    } catch (SQLException e) {
      return new Outcome(file, Status.FAILED, source.id(), file + ": store: " + e.getMessage());
    }
    AnalyzedDocument doc;
    try {
      doc = analyzer.analyze(source);
    } catch (RuntimeException e) {
      return new Outcome(file, Status.FAILED, source.id(), file + ": analysis failed: " + e);
    }
    return store(file, doc);
  }

  /** Stores an already analysed document (tests, and callers that analyse themselves). */
  public Outcome store(Path file, AnalyzedDocument doc) {
    String id = doc.get(SourceDocument.KEY).id();
    Map<String, String> kbIds;
    try {
      kbIds = writeRetrying(doc);
    } catch (SQLException | RuntimeException e) {
      return new Outcome(file, Status.FAILED, id, file + ": not stored: " + e.getMessage());
    }
    if (kbIds == null) {
      return new Outcome(file, Status.ALREADY_STORED, id, null);
    }
    StoredDocument stored = new StoredDocument(id, doc, kbIds);
    List<String> complaints = new ArrayList<>();
    for (StoredDocumentListener l : listeners) {
      try {
        l.stored(stored);
      } catch (Exception e) {
        complaints.add(l.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return new Outcome(file, Status.STORED, id,
        complaints.isEmpty() ? null : file + ": stored, but " + String.join("; ", complaints));
  }

  /**
   * On PostgreSQL two ingests may race to create the same document or entity; the loser's
   * transaction is rolled back whole, so it is simply tried again (and then sees the winner's rows).
   */
  private Map<String, String> writeRetrying(AnalyzedDocument doc) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return writer.write(db.connection(), doc);
      } catch (SQLException e) {
        boolean race = "23505".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
        if (!race || !db.isPostgres() || attempt == 3) {
          throw e;
        }
      }
    }
  }
}
