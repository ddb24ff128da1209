package dev.attest.reports.control;

import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.SignerTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The period's articles in id order, one row at a time, each joined with its deciders read from a
 * second cursor.
 */
final class ArticleCursor implements AutoCloseable {
  private static final String SELECT =
      """
      select a.id, a.title, a.language, a.state, cr.author_name, cr.ai_use, cr.disclosure_text, cr.first_saved,
        a.published_at, a.published_by, cr.revisions, cr.content_hash,
        coalesce(cc.flagged, 0), coalesce(cc.approved, 0), coalesce(cc.rejected, 0), coalesce(cc.open_claims, 0)
      from current_revision cr join article a on a.id = cr.article_id left join claim_counts cc on cc.revision_id = cr.id
      order by a.id
      """;

  private final PreparedStatement statement;
  private final ResultSet rows;
  private final Deciders deciders;

  private ArticleCursor(PreparedStatement statement, Deciders deciders) throws SQLException {
    this.statement = statement;
    this.deciders = deciders;
    this.rows = statement.executeQuery();
  }

  static ArticleCursor open(Connection c, PeriodScope scope) throws SQLException {
    Deciders deciders = Deciders.open(c, scope);
    PreparedStatement statement = null;
    try {
      statement = Cursors.streaming(c, scope.query(SELECT));
      return new ArticleCursor(statement, deciders);
    } catch (SQLException e) {
      try (deciders;
          PreparedStatement unused = statement) {
        throw e;
      }
    }
  }

  /** The next article, or null after the last. */
  ArticleRow next() throws SQLException {
    if (!rows.next()) {
      return null;
    }
    long id = rows.getLong(1);
    List<Decider> decided = deciders.of(id);
    List<SignerTime> signers = new ArrayList<>(decided.size());
    for (Decider decider : decided) {
      if (!decider.published()) {
        signers.add(new SignerTime(decider.user(), decider.at()));
      }
    }
    ClaimCounts claims =
        new ClaimCounts(rows.getLong(13), rows.getLong(14), rows.getLong(15), rows.getLong(16));
    return new ArticleRow(
        id,
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getObject(8, OffsetDateTime.class),
        rows.getObject(9, OffsetDateTime.class),
        rows.getString(10),
        rows.getInt(11),
        rows.getString(12),
        claims,
        List.copyOf(signers),
        Deciders.conflict(decided));
  }

  @Override
  public void close() throws SQLException {
    try (deciders;
        statement;
        rows) {
      // closed in reverse order
    }
  }
}
