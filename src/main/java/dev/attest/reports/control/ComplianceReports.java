package dev.attest.reports.control;

import dev.attest.audit.control.ChainVerifier;
import dev.attest.audit.entity.Verification;
import dev.attest.platform.Database;
import dev.attest.platform.Period;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.Summary;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Produces compliance reports: verifies the audit chain first, then reads the summary and the
 * articles in one read-only repeatable-read transaction (summary and rows agree), the articles
 * through a cursor, so memory does not grow with the period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ComplianceReports {
  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject ChainVerifier verifier;

  /**
   * The chain as it is now; {@link #write} takes it, so a report is anchored to a trail verified
   * before it was read.
   */
  public Verification verifyChain() {
    return verifier.verify();
  }

  /** Reads the report for {@code period} into {@code sink}. */
  public void write(Period period, Verification chain, ReportSink sink) {
    try (Connection c = dataSource.getConnection()) {
      int isolation = c.getTransactionIsolation();
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setAutoCommit(false);
      try {
        read(c, period, chain, sink);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the compliance report: " + e.getMessage(), e);
    }
  }

  private static void read(Connection c, Period period, Verification chain, ReportSink sink)
      throws SQLException {
    PeriodScope scope = new PeriodScope(period);
    Summary summary = new SummaryQueries(c, scope).read();
    sink.begin(
        new ComplianceReport(
            period,
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
            chain,
            summary));
    try (ArticleCursor articles = ArticleCursor.open(c, scope)) {
      for (ArticleRow row = articles.next(); row != null; row = articles.next()) {
        sink.article(row);
      }
    }
    sink.end();
  }
}
