/**
 * Reading a report with plain JDBC: the period's articles as a cursor, the summary as SQL
 * aggregates, in one read-only snapshot after verifying the chain; {@link
 * dev.attest.reports.control.ReportSink} receives the result.
 */
package dev.attest.reports.control;
