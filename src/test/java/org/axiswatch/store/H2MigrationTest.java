package org.axiswatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The migration contract on the embedded H2 store. */
class H2MigrationTest extends MigrationContract {
  @TempDir Path dir;

  @Override
  String freshUrl() {
    return Database.embeddedUrl(dir.resolve("data"));
  }
}
