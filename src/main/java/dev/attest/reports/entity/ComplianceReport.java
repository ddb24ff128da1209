package dev.attest.reports.entity;

import dev.attest.audit.entity.Verification;
import dev.attest.platform.Period;
import java.time.OffsetDateTime;

/**
 * A report's header: the period (UTC days, both included), when it was made, the audit chain as
 * verified just before the report was read (its head hash anchors the report to the trail) and the
 * summary.
 */
public record ComplianceReport(
    Period period, OffsetDateTime generatedAt, Verification chain, Summary summary) {}
