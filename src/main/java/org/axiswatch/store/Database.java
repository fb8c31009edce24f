package org.axiswatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The knowledge base's connection: an embedded H2 file under a data directory, or a PostgreSQL
 * server. Opening migrates the schema with Flyway (the same scripts for both).
 */
public final class Database implements AutoCloseable {
  private static final String MIGRATIONS = "classpath:store/db/migration";
  /**
   * Parsed statements H2 keeps per session. Its default of 8 is fewer than the distinct statements
   * one document's write runs, so each was parsed again for every document.
   */
  private static final int QUERY_CACHE = 64;

  static {
    // Flyway narrates every migration at INFO; a command's output is for the analyst
    if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    }
  }

  private final String url;
  private final Connection connection;

  private Database(String url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /** The embedded store in {@code dataDir} (created if missing). */
  public static Database openEmbedded(Path dataDir) throws StoreException {
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
    }
    String url = embeddedUrl(dataDir);
    String shown = dataDir.toString();
    EmbeddedUpgrade.migrate(
        dataDir, () -> changesExistingStore(url, shown), () -> migrate(url, shown));
    return connect(url, shown);
  }

  /** The JDBC URL of the embedded store in a data directory. */
  public static String embeddedUrl(Path dataDir) {
    // WRITE_DELAY=0: a commit reaches the file before commit() returns, so a killed ingest loses
    // no document it reported stored (H2 would otherwise buffer commits for up to half a second)
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("axiswatch")
        + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=" + QUERY_CACHE;
  }

  /** Any JDBC URL: jdbc:h2:… or jdbc:postgresql://…. */
  public static Database open(String url) throws StoreException {
    return open(url, redact(url));
  }

  private static Database open(String url, String shown) throws StoreException {
    Objects.requireNonNull(url, "url");
    migrate(url, shown);
    return connect(url, shown);
  }

  private static Database connect(String url, String shown) throws StoreException {
    try {
      return new Database(url, DriverManager.getConnection(url));
    } catch (SQLException e) {
      throw new StoreException(describe(shown, e.getMessage()), e);
    }
  }

  private static Flyway flyway(String url) {
    return Flyway.configure()
        .dataSource(url, null, null)
        .locations(MIGRATIONS)
        .failOnMissingLocations(true)
        .load();
  }

  /** Whether migrating would change a store that already has a schema. */
  private static boolean changesExistingStore(String url, String shown) throws StoreException {
    try {
      var info = flyway(url).info();
      return info.applied().length > 0 && info.pending().length > 0;
    } catch (FlywayException e) {
      throw failure(shown, e);
    }
  }

  private static void migrate(String url, String shown) throws StoreException {
    try {
      flyway(url).migrate();
    } catch (FlywayException e) {
      throw failure(shown, e);
    }
  }

  private static StoreException failure(String shown, FlywayException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new StoreException(describe(shown, root.getMessage()), e);
  }

  private static String describe(String shown, String problem) {
    // H2 lets one process at a time open an embedded store file
    if (problem != null && (problem.contains("already in use") || problem.contains("file is locked"))) {
      return "the store " + shown + " is open in another Axiswatch process (an ingest?); "
          + "try again when it ends";
    }
    return "cannot open the store " + shown + ": " + problem;
  }

  /** The URL without a password parameter, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  public Connection connection() {
    return connection;
  }

  public String url() {
    return url;
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
