package org.axiswatch.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The store contract on a real PostgreSQL: bin/test starts one and exports AXISWATCH_TEST_PG. */
class PostgresStoreIT extends StoreContract {
  /** The test database URL, emptied; fails (never skips) when there is none. */
  static String freshPostgres() throws Exception {
    String url = System.getenv("AXISWATCH_TEST_PG");
    if (url == null || url.isBlank()) {
      fail("AXISWATCH_TEST_PG is not set: run bin/test, which starts a throw-away PostgreSQL");
    }
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    }
    return url;
  }

  @Override
  Database open() throws Exception {
    return Database.open(freshPostgres());
  }
}
