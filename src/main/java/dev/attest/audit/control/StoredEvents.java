package dev.attest.audit.control;

import dev.attest.audit.entity.ChainLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Reads stored events with plain JDBC, in sequence order, without holding more than one row at a
 * time.
 */
final class StoredEvents {
  static final String COLUMNS =
      "seq, occurred_at, type, actor, article_id, payload, prev_hash, hash";

  /** A stored event: the link its hash covers, and the hash that was stored with it. */
  record Stored(ChainLink link, String storedHash) {}

  private StoredEvents() {}

  static Stored read(ResultSet rs) throws SQLException {
    long articleId = rs.getLong(5);
    Long article = rs.wasNull() ? null : articleId;
    ChainLink link =
        new ChainLink(
            rs.getLong(1),
            rs.getObject(2, OffsetDateTime.class),
            rs.getString(3),
            rs.getString(4),
            article,
            rs.getString(6),
            rs.getString(7));
    return new Stored(link, rs.getString(8));
  }

  /**
   * A statement that streams its rows: PostgreSQL uses a cursor only outside auto-commit and with a
   * fetch size; the caller restores auto-commit.
   */
  static PreparedStatement streaming(Connection c, String sql) throws SQLException {
    c.setAutoCommit(false);
    PreparedStatement statement =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(1000);
    return statement;
  }
}
