package org.axiswatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per data directory: an OS lock on {@code ingest.lock}. The OS drops it when the
 * process dies, even on kill -9, so a crashed ingest never blocks the next one.
 */
public final class IngestLock implements AutoCloseable {
  public static final String FILE_NAME = "ingest.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private IngestLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or refuses at once, saying another ingest is running. */
  public static IngestLock acquire(Path dataDir) throws StoreException {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw refused(dataDir);
      }
      return new IngestLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw refused(dataDir);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static StoreException refused(Path dataDir) {
    return new StoreException("another ingest is writing to " + dataDir
        + "; wait for it to finish (nothing was changed)");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the lock attempt already failed; that is the error to report
      }
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StoreException("cannot release the ingest lock: " + e.getMessage(), e);
    }
  }
}
