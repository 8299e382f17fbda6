package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Nodes of a cluster start together, and each runs the migrations' afterMigrate callback. Two
 * GRANTs on one table from two transactions at once fail in PostgreSQL with "tuple concurrently
 * updated" (both rewrite the table's pg_class row); a cluster node failed to start on it in CI. The
 * callback must serialise itself, so any number of nodes may run it at once.
 */
class ConcurrentGrantsPostgresTest {
  private static final int NODES = 6;
  private static final int ROUNDS = 15;

  @Test
  void nodesStartingTogetherAllGrant() throws Exception {
    String url = PostgresTestDatabase.freshSchemaUrl("grants_race");
    Flyway.configure()
        .dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    try (Connection owner =
            DriverManager.getConnection(
                url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        Statement s = owner.createStatement()) {
      s.execute(
          "DO $$ BEGIN CREATE ROLE ledger_app NOLOGIN;"
              + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
    }
    String grants = HardeningPostgresTest.grants();
    ExecutorService pool = Executors.newFixedThreadPool(NODES);
    List<Exception> failures = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier together = new CyclicBarrier(NODES);
        List<Future<Void>> runs = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
          Callable<Void> run =
              () -> {
                try (Connection c =
                        DriverManager.getConnection(
                            url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
                    Statement st = c.createStatement()) {
                  together.await(30, TimeUnit.SECONDS);
                  st.execute(grants);
                }
                return null;
              };
          runs.add(pool.submit(run));
        }
        for (Future<Void> f : runs) {
          try {
            f.get(60, TimeUnit.SECONDS);
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add((Exception) e.getCause());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).extracting(Exception::getMessage).isEmpty();
  }
}
