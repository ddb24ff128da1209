package dev.attest.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database the integration tests run against: the embedded H2 by default, or, with the system
 * property {@code attest.it.database=postgresql}, a fresh database {@code attest_it} on the
 * PostgreSQL at 127.0.0.1:5432 (user postgres), created once per test run.
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
    return Map.of(
        "MP_CONFIG_PROFILE", "pg", "DB_URL", URL, "DB_USER", "postgres", "DB_PASSWORD", "postgres");
  }

  /**
   * Environment for a server with a database of its own, named {@code name}: a new PostgreSQL
   * database, or an H2 file in {@code dataDir} opened with AUTO_SERVER so that a test can reach it
   * while the server runs.
   */
  static Map<String, String> fresh(String name, java.nio.file.Path dataDir) {
    if (postgresql()) {
      create(name);
      return Map.of(
          "MP_CONFIG_PROFILE",
          "pg",
          "DB_URL",
          "jdbc:postgresql://127.0.0.1:5432/" + name,
          "DB_USER",
          "postgres",
          "DB_PASSWORD",
          "postgres",
          "ATTEST_DATA_DIR",
          dataDir.toString());
    }
    return Map.of("DB_URL", h2Url(dataDir), "ATTEST_DATA_DIR", dataDir.toString());
  }

  /** A plain JDBC connection to the database of {@link #fresh}, behind the server's back. */
  static Connection connect(String name, java.nio.file.Path dataDir) throws SQLException {
    return postgresql()
        ? DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "postgres")
        : DriverManager.getConnection(h2Url(dataDir), "attest", "attest");
  }

  private static String h2Url(java.nio.file.Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("attest") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "postgres");
  }

  private static void recreate() {
    create("attest_it");
  }

  private static void create(String name) {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at 127.0.0.1:5432 is needed for the postgresql IT run (.ci/run starts it): "
              + e.getMessage(),
          e);
    }
  }
}
