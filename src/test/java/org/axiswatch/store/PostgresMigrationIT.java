package org.axiswatch.store;

/** The migration contract on a real PostgreSQL (bin/test exports AXISWATCH_TEST_PG). */
class PostgresMigrationIT extends MigrationContract {
  @Override
  String freshUrl() throws Exception {
    return PostgresStoreIT.freshPostgres();
  }
}
