package dev.attest.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over the people who decided on the current revisions of a period's articles (the signers
 * of the sign-offs their claims rest on, and the publisher), in article order, read alongside the
 * articles: one row of look-ahead.
 */
final class Deciders implements AutoCloseable {
  private static final String SELECT =
      """
      , deciders as (
        select cr.id as revision_id, s.signed_by as person, max(s.signed_at) as at, 0 as published
        from current_revision cr join claim c on c.revision_id = cr.id join sign_off s on s.id = c.sign_off_id
        group by cr.id, s.signed_by
        union all
        select cr.id, a.published_by, a.published_at, 1
        from current_revision cr join article a on a.id = cr.article_id
        where a.published_by is not null)
      select cr.article_id, cr.author_name, d.person, u.display_name, d.at, d.published,
        case when exists (select 1 from revision w where w.article_id = cr.article_id and w.saved_by = d.person) then 1 else 0 end
      from deciders d join current_revision cr on cr.id = d.revision_id left join app_user u on u.name = d.person
      order by cr.article_id, d.published, d.person
      """;

  private final PreparedStatement statement;
  private final ResultSet rows;
  private Decider ahead;

  private Deciders(PreparedStatement statement) throws SQLException {
    this.statement = statement;
    this.rows = statement.executeQuery();
    advance();
  }

  static Deciders open(Connection c, PeriodScope scope) throws SQLException {
    PreparedStatement statement = Cursors.streaming(c, scope.query(SELECT));
    try {
      return new Deciders(statement);
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  /**
   * The deciders of article {@code id}; articles before it are skipped. Ids must be asked for in
   * ascending order.
   */
  List<Decider> of(long id) throws SQLException {
    List<Decider> found = new ArrayList<>(2);
    while (ahead != null && ahead.articleId() <= id) {
      if (ahead.articleId() == id) {
        found.add(ahead);
      }
      advance();
    }
    return found;
  }

  /**
   * Reads every remaining row: how many articles have a decision that breaks the four-eyes
   * principle.
   */
  long countConflicts() throws SQLException {
    long conflicts = 0;
    long counted = -1;
    while (ahead != null) {
      if (ahead.articleId() != counted && ahead.conflict() != null) {
        conflicts++;
        counted = ahead.articleId();
      }
      advance();
    }
    return conflicts;
  }

  /** The first conflict among {@code deciders}, or null. */
  static String conflict(List<Decider> deciders) {
    for (Decider decider : deciders) {
      String conflict = decider.conflict();
      if (conflict != null) {
        return conflict;
      }
    }
    return null;
  }

  private void advance() throws SQLException {
    ahead =
        rows.next()
            ? new Decider(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getObject(5, OffsetDateTime.class),
                rows.getInt(6) == 1,
                rows.getInt(7) == 1)
            : null;
  }

  @Override
  public void close() throws SQLException {
    try (statement;
        rows) {
      ahead = null;
    }
  }
}
