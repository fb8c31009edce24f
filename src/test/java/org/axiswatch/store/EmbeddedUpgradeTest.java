package org.axiswatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded store survives a migration that fails or is killed half-way. */
class EmbeddedUpgradeTest {
  @TempDir Path dir;

  /** A store made by the first schema only, holding one entity an analyst would miss. */
  private Path v1Store() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    String url = Database.embeddedUrl(data);
    Flyway.configure().dataSource(url, null, null).locations("classpath:store/db/migration")
        .target("1").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO entity VALUES ('per:리병철', 'PERSON', 'Ri Pyong Chol', NULL,"
          + " NULL, 'analyst')");
    }
    return data;
  }

  private static String entityName(Database db) throws Exception {
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM entity WHERE id = 'per:리병철'")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  @Test
  void anOldStoreIsMigratedAndItsCopyRemoved() throws Exception {
    Path data = v1Store();
    try (Database db = Database.openEmbedded(data)) {
      assertThat(entityName(db)).isEqualTo("Ri Pyong Chol");
    }
    assertThat(data.resolve(EmbeddedUpgrade.COPY_FILE)).doesNotExist();
  }

  @Test
  void aCopyLeftByAKilledMigrationIsPutBackBeforeMigratingAgain() throws Exception {
    Path data = v1Store();
    Path store = data.resolve(EmbeddedUpgrade.STORE_FILE);
    Files.copy(store, data.resolve(EmbeddedUpgrade.COPY_FILE));
    Files.write(store, new byte[] {1, 2, 3, 4}); // what a half-done migration left
    try (Database db = Database.openEmbedded(data)) {
      assertThat(entityName(db)).isEqualTo("Ri Pyong Chol");
    }
    assertThat(data.resolve(EmbeddedUpgrade.COPY_FILE)).doesNotExist();
  }

  @Test
  void aFailedMigrationPutsTheStoreBackAsItWas() throws Exception {
    Path data = v1Store();
    Path store = data.resolve(EmbeddedUpgrade.STORE_FILE);
    byte[] before = Files.readAllBytes(store);
    assertThatThrownBy(() -> EmbeddedUpgrade.migrate(data, () -> true, () -> {
      try {
        Files.write(store, new byte[] {9, 9});
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      throw new StoreException("cannot open the store: migration V9 failed");
    })).isInstanceOf(StoreException.class).hasMessageContaining("put back as it was");
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
    assertThat(data.resolve(EmbeddedUpgrade.COPY_FILE)).doesNotExist();
  }

  @Test
  void aNewStoreIsNotCopied() throws Exception {
    Path data = dir.resolve("fresh");
    try (Database db = Database.openEmbedded(data)) {
      assertThat(entityName(db)).isNull();
    }
    assertThat(data.resolve(EmbeddedUpgrade.COPY_FILE)).doesNotExist();
  }
}
