package dev.attest.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with Flyway (db/migration) when the application starts. */
@Startup
@Singleton(name = "Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    boolean postgresql = isPostgresql();
    var locations =
        postgresql
            ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
            : new String[] {"classpath:db/migration"};
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(locations)
            .placeholders(
                Map.of("text", postgresql ? "text" : "clob", "stored", postgresql ? "stored" : ""))
            .load()
            .migrate();
    LOG.info(
        "database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
  }

  /**
   * PostgreSQL gets the migrations in db/postgresql too (the audit trail's append-only trigger).
   * Large text is CLOB on H2 (its VARCHAR stops at 1 MB) and TEXT on PostgreSQL; a generated column
   * is {@code stored} on PostgreSQL, which has no other kind, and computed on H2, which knows no
   * such keyword.
   */
  private boolean isPostgresql() {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }
}
