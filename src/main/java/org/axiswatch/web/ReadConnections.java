package org.axiswatch.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.axiswatch.store.Database;
import org.axiswatch.store.KnowledgeBase;
import org.axiswatch.store.StoreException;

/**
 * A few connections to the store that only read, lent to one request at a time, so readers do
 * not queue behind each other or behind an upload. Embedded H2 allows several connections in one
 * process; each sees what the writing connection committed.
 */
final class ReadConnections implements AutoCloseable {
  /** A read against one lent connection. */
  interface Read<T> {
    T run(KnowledgeBase kb) throws SQLException;
  }

  private record Lent(Database db, KnowledgeBase kb) {}

  private final List<Database> opened = new ArrayList<>();
  private final BlockingQueue<Lent> free;

  /** Opens {@code size} more connections to the store {@code db} is connected to. */
  ReadConnections(Database db, int size) throws StoreException {
    free = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Database read = Database.open(db.url());
        opened.add(read);
        free.add(new Lent(read, new KnowledgeBase(read)));
      }
    } catch (StoreException e) {
      close();
      throw e;
    }
  }

  <T> T read(Read<T> read) {
    return lend(lent -> read.run(lent.kb()));
  }

  /** What changes whenever the knowledge base does (see {@link KnowledgeBase#changeMarker()}). */
  String changeMarker() {
    return lend(lent -> lent.kb().changeMarker());
  }

  private interface OnLent<T> {
    T run(Lent lent) throws SQLException;
  }

  private <T> T lend(OnLent<T> work) {
    Lent lent;
    try {
      lent = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted while waiting for the knowledge base", null);
    }
    try {
      return work.run(lent);
    } catch (SQLException e) {
      throw new ApiError(503, "the knowledge base cannot be read: " + e.getMessage(), null);
    } finally {
      free.add(lent);
    }
  }

  @Override
  public void close() {
    for (Database db : opened) {
      try {
        db.close();
      } catch (StoreException e) {
        // closing at shutdown: nothing left to do with a connection that will not close
      }
    }
  }
}
