package org.budgetledger.app.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests run against (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * root; override with LEDGER_TEST_PG_URL/USER/PASSWORD). Each test class gets its own schema. In CI
 * (CI=true, or -Dledger.require-postgres=true) an unreachable PostgreSQL fails the tests; on a
 * developer's machine without one they are skipped with the reason printed.
 */
public final class PostgresTestDatabase {
  public static final String URL =
      env("LEDGER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("LEDGER_TEST_PG_USER", "root");
  public static final String PASSWORD = env("LEDGER_TEST_PG_PASSWORD", "");

  private PostgresTestDatabase() {}

  /** Creates a fresh schema and returns a JDBC URL whose connections use it. */
  public static String freshSchemaUrl(String testName) {
    String schema =
        ("t_" + testName + "_" + Long.toHexString(System.nanoTime()))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + URL + " is unreachable: " + e.getMessage();
      if (required()) {
        Assertions.fail(reason + " (PostgreSQL is required here: CI or ledger.require-postgres)");
      }
      System.out.println("SKIPPED PostgreSQL tests: " + reason);
      Assumptions.abort(reason);
    }
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.getBoolean("ledger.require-postgres");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
