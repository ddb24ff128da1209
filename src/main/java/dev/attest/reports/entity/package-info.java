/**
 * The report's values: {@link dev.attest.reports.entity.ComplianceReport} (period, chain
 * verification, summary), one {@link dev.attest.reports.entity.ArticleRow} per article, and the
 * four-eyes check on names.
 */
package dev.attest.reports.entity;
