package dev.attest.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database the integration tests run against: the embedded H2 by default, or, with the system property
 * {@code attest.it.database=postgresql}, a fresh database {@code attest_it} on the PostgreSQL at 127.0.0.1:5432
 * (user postgres), created once per test run.
 */
final class ItDatabase {
  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/attest_it";
  private static boolean created;

  private ItDatabase() {}

  static boolean postgresql() {
    return "postgresql".equals(System.getProperty("attest.it.database"));
  }

  /** Environment for a server child process. */
  static synchronized Map<String, String> environment() {
    if (!postgresql()) {
      return Map.of();
    }
    if (!created) {
      recreate();
      created = true;
    }
    return Map.of("MP_CONFIG_PROFILE", "pg", "DB_URL", URL, "DB_USER", "postgres", "DB_PASSWORD", "postgres");
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "postgres");
  }

  private static void recreate() {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists attest_it with (force)");
      sql.execute("create database attest_it");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for the postgresql IT run (.ci/run starts it): " + e.getMessage(), e);
    }
  }
}
