/**
 * {@code GET /api/reports/compliance}: the report as JSON, CSV or PDF by the Accept header, for
 * auditors and admins.
 */
package dev.attest.reports.boundary;
