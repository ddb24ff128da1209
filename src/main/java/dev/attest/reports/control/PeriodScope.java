package dev.attest.reports.control;

import dev.attest.platform.Period;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The articles a report covers, as SQL common table expressions that every report query starts
 * with: the articles with a revision saved or a publication in the period ({@code in_period}),
 * their history ({@code history}) and their current revision, the one with the highest number
 * ({@code current_revision}), and its claims by status ({@code claim_counts}). The period's ends
 * are written into the SQL as timestamp literals made from parsed dates (H2 numbers parameters
 * wrongly in a CTE that is referenced more than once).
 */
final class PeriodScope {
  private static final String WITH =
      """
      with in_period as (
        select article_id as id from revision where saved_at >= %1$s and saved_at < %2$s
        union
        select id from article where published_at >= %1$s and published_at < %2$s),
      history as (
        select r.article_id, max(r.number) as current_number, min(r.saved_at) as first_saved, count(*) as revisions
        from revision r join in_period p on p.id = r.article_id
        group by r.article_id),
      current_revision as (
        select r.id, r.article_id, r.content_hash, r.ai_use, r.disclosure_text, r.author_name, h.first_saved, h.revisions
        from revision r join history h on h.article_id = r.article_id and r.number = h.current_number),
      claim_counts as (
        select c.revision_id, count(*) as flagged,
          sum(case when c.status = 'APPROVED' then 1 else 0 end) as approved,
          sum(case when c.status = 'REJECTED' then 1 else 0 end) as rejected,
          sum(case when c.status = 'OPEN' then 1 else 0 end) as open_claims
        from current_revision cr join claim c on c.revision_id = cr.id
        where c.status <> 'REMOVED'
        group by c.revision_id)
      """;

  /**
   * A proleptic year without a sign (PostgreSQL refuses "+10000", the day after {@link
   * Period#LATEST}); {@link Period} keeps years positive.
   */
  private static final DateTimeFormatter LITERAL =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4, 5, SignStyle.NOT_NEGATIVE)
          .appendPattern("-MM-dd HH:mm:ss")
          .toFormatter(Locale.ROOT);

  private final String start;
  private final String end;
  private final String with;

  PeriodScope(Period period) {
    this.start = literal(period.start());
    this.end = literal(period.end());
    this.with = WITH.formatted(start, end);
  }

  /** {@code select} preceded by the scope's definitions. */
  String query(String select) {
    return with + select;
  }

  /** {@code column} in the period, as a condition. */
  String contains(String column) {
    return column + " >= " + start + " and " + column + " < " + end;
  }

  /**
   * A UTC instant as an SQL literal that H2 and PostgreSQL read alike; from a parsed date, never
   * from user text.
   */
  private static String literal(OffsetDateTime time) {
    return "timestamp with time zone '"
        + LITERAL.format(time.withOffsetSameInstant(ZoneOffset.UTC))
        + "+00:00'";
  }
}
