package dev.attest.reports.control;

import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.Summary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary's figures as SQL aggregates over the period's articles: a handful of rows, whatever
 * the period's size.
 */
final class SummaryQueries {
  /** The AI-use value of articles whose current revision has no disclosure. */
  static final String NOT_DISCLOSED = "NOT_DISCLOSED";

  private static final String BY_STATE =
      """
      select a.state, count(*) from current_revision cr join article a on a.id = cr.article_id group by a.state
      """;
  private static final String BY_AI_USE =
      """
      select coalesce(cr.ai_use, '%s'), count(*),
        sum(case when cr.disclosure_text is not null then 1 else 0 end), sum(case when cr.author_name is not null then 1 else 0 end)
      from current_revision cr group by cr.ai_use
      """
          .formatted(NOT_DISCLOSED);
  private static final String CLAIMS =
      """
      select coalesce(sum(flagged), 0), coalesce(sum(approved), 0), coalesce(sum(rejected), 0), coalesce(sum(open_claims), 0),
        coalesce(max(flagged), 0)
      from claim_counts
      """;
  private static final String FLAG_TO_SIGN_OFF =
      """
      , seconds as (
        select extract(epoch from s.signed_at) - extract(epoch from c.flagged_at) as taken
        from current_revision cr join claim c on c.revision_id = cr.id join sign_off s on s.id = c.sign_off_id
        where c.status <> 'REMOVED' and c.flagged_at is not null)
      select count(*), percentile_cont(0.5) within group (order by taken), percentile_cont(0.9) within group (order by taken)
      from seconds
      """;
  private static final String APPROVERS =
      """
      select s.signed_by, max(u.display_name),
        sum(case when s.decision = 'APPROVE' then 1 else 0 end), sum(case when s.decision = 'REJECT' then 1 else 0 end)
      from sign_off s left join app_user u on u.name = s.signed_by
      where %s
      group by s.signed_by order by s.signed_by
      """;

  private final Connection c;
  private final PeriodScope scope;

  SummaryQueries(Connection c, PeriodScope scope) {
    this.c = c;
    this.scope = scope;
  }

  Summary read() throws SQLException {
    Map<String, Long> byState = counts(BY_STATE);
    Map<String, Long> byAiUse = new TreeMap<>();
    long withDisclosure = 0;
    long withAuthor = 0;
    try (PreparedStatement q = scoped(BY_AI_USE);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        byAiUse.merge(rs.getString(1), rs.getLong(2), Long::sum);
        withDisclosure += rs.getLong(3);
        withAuthor += rs.getLong(4);
      }
    }
    ClaimCounts claims;
    long maxClaims;
    try (PreparedStatement q = scoped(CLAIMS);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      claims = new ClaimCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      maxClaims = rs.getLong(5);
    }
    long conflicts;
    try (Deciders deciders = Deciders.open(c, scope)) {
      conflicts = deciders.countConflicts();
    }
    long articles = byState.values().stream().mapToLong(Long::longValue).sum();
    return new Summary(
        articles,
        byState,
        byAiUse,
        withDisclosure,
        withAuthor,
        claims,
        maxClaims,
        signOffTimes(),
        approvers(),
        conflicts);
  }

  private Summary.SignOffTimes signOffTimes() throws SQLException {
    try (PreparedStatement q = scoped(FLAG_TO_SIGN_OFF);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return new Summary.SignOffTimes(rs.getLong(1), seconds(rs, 2), seconds(rs, 3));
    }
  }

  private List<Summary.ApproverCount> approvers() throws SQLException {
    List<Summary.ApproverCount> approvers = new ArrayList<>();
    try (PreparedStatement q =
            c.prepareStatement(APPROVERS.formatted(scope.contains("s.signed_at")));
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        approvers.add(
            new Summary.ApproverCount(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
      }
    }
    return approvers;
  }

  private Map<String, Long> counts(String select) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement q = scoped(select);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private PreparedStatement scoped(String select) throws SQLException {
    return c.prepareStatement(scope.query(select));
  }

  private static Double seconds(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
