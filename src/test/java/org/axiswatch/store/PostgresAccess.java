package org.axiswatch.store;

/** The throw-away PostgreSQL of bin/test, emptied, for ITs in other packages. */
public final class PostgresAccess {
  private PostgresAccess() {}

  public static String freshPostgres() throws Exception {
    return PostgresStoreIT.freshPostgres();
  }
}
