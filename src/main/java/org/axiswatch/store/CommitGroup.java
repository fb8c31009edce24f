package org.axiswatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axiswatch.pipeline.AnalyzedDocument;
import org.axiswatch.read.SourceDocument;

/**
 * Several documents written in one transaction, each behind a savepoint of its own, committed
 * together. A durable commit costs more than writing a document's rows, so a directory is stored
 * in groups; a document that fails is rolled back to its savepoint alone, and a crash before the
 * commit loses only documents that were never reported stored (the next ingest writes them).
 */
final class CommitGroup {
  /** A document whose rows are written and wait for the group's commit. */
  record Written(int position, StoredDocument document) {}

  private final Connection c;
  private final DocumentWriter writer;
  private final boolean postgres;
  private final List<Written> written = new ArrayList<>();
  private long chars;
  private long openedAt;
  private boolean open;
  private boolean autoCommit;

  CommitGroup(Connection c, DocumentWriter writer, boolean postgres) {
    this.c = c;
    this.writer = writer;
    this.postgres = postgres;
  }

  /**
   * Writes one document into the group.
   *
   * @param position the caller's number for the document, handed back by {@link #commit()}
   * @return false when it is already stored (committed, or earlier in this group)
   * @throws SQLException when its rows cannot be written; the group goes on without them
   */
  boolean add(int position, AnalyzedDocument doc) throws SQLException {
    if (!open) {
      autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      open = true;
      openedAt = System.nanoTime();
    }
    for (int attempt = 1; ; attempt++) {
      Savepoint before = c.setSavepoint();
      EntityMemory memory = writer.memory(c);
      try {
        Map<String, String> kbIds = writer.writeRows(c, doc);
        c.releaseSavepoint(before);
        memory.documentKept();
        if (kbIds == null) {
          return false;
        }
        SourceDocument source = doc.get(SourceDocument.KEY);
        written.add(new Written(position, new StoredDocument(source.id(), doc, kbIds)));
        chars += source.original().length();
        return true;
      } catch (SQLException | RuntimeException e) {
        memory.documentDropped();
        c.rollback(before);
        // On PostgreSQL two ingests may race to create the same document or entity; the loser
        // waits for the winner's commit, fails on the unique key, and on retry sees its rows.
        if (!(e instanceof SQLException s) || !postgres || attempt == 3
            || !("23505".equals(s.getSQLState()) || "40001".equals(s.getSQLState()))) {
          throw e;
        }
      }
    }
  }

  int size() {
    return written.size();
  }

  /** Characters of original text waiting for the commit. */
  long chars() {
    return chars;
  }

  /** Nanoseconds since the group's first write, 0 when nothing is open. */
  long age() {
    return open ? System.nanoTime() - openedAt : 0;
  }

  /**
   * Commits what was written and starts afresh.
   *
   * @return the documents now stored, in the order written
   * @throws SQLException when the commit fails: then nothing of the group is stored
   */
  List<Written> commit() throws SQLException {
    if (!open) {
      return List.of();
    }
    List<Written> done = List.copyOf(written);
    try {
      c.commit();
    } catch (SQLException e) {
      rollback();
      throw e;
    }
    writer.committed(c);
    written.clear();
    close();
    return done;
  }

  /** Drops what was written (nothing of it is stored). */
  List<Written> rollback() {
    List<Written> dropped = List.copyOf(written);
    written.clear();
    writer.rolledBack(c);
    if (open) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the connection is broken: the store has the last commit and nothing of this group
      }
      close();
    }
    return dropped;
  }

  private void close() {
    open = false;
    chars = 0;
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // the next group sets it again; a broken connection fails there with its own message
    }
  }
}
