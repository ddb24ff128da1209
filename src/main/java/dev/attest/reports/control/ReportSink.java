package dev.attest.reports.control;

import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ComplianceReport;

/**
 * Receives a report as it is read: the header first, then every article in id order, then the end.
 * Closed after the report or when reading it failed (temporary files go then).
 */
public interface ReportSink extends AutoCloseable {
  void begin(ComplianceReport report);

  void article(ArticleRow row);

  void end();

  @Override
  default void close() {}
}
