package org.axiswatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps an embedded store whole across a schema migration. H2 commits each DDL statement as it
 * goes, so a migration that fails or is killed half-way would leave a store Flyway refuses to
 * open. Before migrating an existing store the file is copied aside; a failed migration puts the
 * copy back, and a copy found on the next open (the process was killed) is put back before trying
 * again. The copy is removed once the migration has succeeded.
 */
final class EmbeddedUpgrade {
  static final String STORE_FILE = "axiswatch.mv.db";
  static final String COPY_FILE = STORE_FILE + ".before-migration";
  private static final String LOCK_FILE = "upgrade.lock";

  /** The migration itself (Flyway's migrate on the store). */
  interface Migration {
    void run() throws StoreException;
  }

  /** Whether migrating would change an existing store (it has a schema and migrations pending). */
  interface Pending {
    boolean changesExistingStore() throws StoreException;
  }

  private EmbeddedUpgrade() {}

  /**
   * Runs {@code migration} on the store in {@code dataDir}, copying the store aside first when
   * {@code pending} says it will change. One process at a time passes here (an OS lock on
   * {@code upgrade.lock}, dropped by the OS if the process dies).
   */
  static synchronized void migrate(Path dataDir, Pending pending, Migration migration)
      throws StoreException {
    Path store = dataDir.resolve(STORE_FILE);
    Path copy = dataDir.resolve(COPY_FILE);
    try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (Files.exists(copy)) {
        // an earlier migration was killed half-way: the copy is the store as it was
        Files.move(copy, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      boolean copied = false;
      if (Files.exists(store) && pending.changesExistingStore()) {
        Path partial = dataDir.resolve(COPY_FILE + ".partial");
        Files.copy(store, partial, StandardCopyOption.REPLACE_EXISTING);
        // renamed only when whole, so a copy that exists is always complete
        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        copied = true;
      }
      try {
        migration.run();
      } catch (StoreException e) {
        if (!copied) {
          throw e;
        }
        Files.move(copy, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        throw new StoreException(e.getMessage() + " (the store was put back as it was before)", e);
      }
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      throw new StoreException("cannot upgrade the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }
}
