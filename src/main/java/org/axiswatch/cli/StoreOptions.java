package org.axiswatch.cli;

import java.nio.file.Path;
import org.axiswatch.store.Database;
import org.axiswatch.store.StoreException;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base is: {@code --db URL} for a PostgreSQL server, else the embedded store in
 * {@code --data DIR}, else {@code $AXISWATCH_DATA}, else {@code ./axiswatch-data}. Mix into every
 * command that opens the store: {@code @Mixin StoreOptions store;}.
 */
public final class StoreOptions {
  public static final String DEFAULT_DATA = "axiswatch-data";

  @Option(names = "--data", paramLabel = "DIR",
      description = "data directory of the embedded store (default: $AXISWATCH_DATA or ./"
          + DEFAULT_DATA + ")")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "a PostgreSQL server instead: jdbc:postgresql://host:port/db?user=…")
  String db;

  /** The data directory (also holds the ingest lock when the store is a server). */
  public Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("AXISWATCH_DATA");
    return Path.of(env == null || env.isBlank() ? DEFAULT_DATA : env);
  }

  /** True when the store is the embedded file database. */
  public boolean embedded() {
    return db == null;
  }

  public Database open() throws StoreException {
    if (db != null) {
      if (!db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:h2:")) {
        throw new StoreException("--db must be a jdbc:postgresql:// (or jdbc:h2:) URL: " + db);
      }
      return Database.open(db);
    }
    return Database.openEmbedded(dataDir());
  }

  /** Where the store is, for messages. */
  public String describe() {
    return db != null ? db.replaceAll("(?i)(password=)[^&;]*", "$1***") : dataDir().toString();
  }
}
