package org.axiswatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLockTest {
  @TempDir Path dir;

  @Test
  void aSecondWriterIsRefusedUntilTheFirstLetsGo() throws Exception {
    try (IngestLock first = IngestLock.acquire(dir)) {
      assertThatThrownBy(() -> IngestLock.acquire(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("another ingest is writing to " + dir);
    }
    try (IngestLock again = IngestLock.acquire(dir)) {
      assertThat(dir.resolve(IngestLock.FILE_NAME)).exists();
    }
  }
}
