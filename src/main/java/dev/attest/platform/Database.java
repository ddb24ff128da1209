package dev.attest.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * attest's one data source. By default an embedded H2 database in a file under {@code
 * attest.data-dir} (environment {@code ATTEST_DATA_DIR}, default {@code ./data}), so drafts survive
 * a restart; with {@code MP_CONFIG_PROFILE=pg} PostgreSQL, configured by {@code DB_URL}, {@code
 * DB_USER} and {@code DB_PASSWORD}. See {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
    name = Database.JNDI,
    className = "${MPCONFIG=db.driver}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public final class Database {
  public static final String JNDI = "java:app/jdbc/attest";

  private Database() {}
}
