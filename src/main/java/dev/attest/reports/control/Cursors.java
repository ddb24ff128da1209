package dev.attest.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Statements whose rows are fetched a batch at a time (on PostgreSQL a cursor: the caller's
 * transaction is open).
 */
final class Cursors {
  static final int FETCH_SIZE = 1000;

  private Cursors() {}

  static PreparedStatement streaming(Connection c, String sql) throws SQLException {
    PreparedStatement statement =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(FETCH_SIZE);
    return statement;
  }
}
