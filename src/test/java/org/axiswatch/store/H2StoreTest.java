package org.axiswatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 store. */
class H2StoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Database open() throws Exception {
    return Database.openEmbedded(dir.resolve("data"));
  }
}
