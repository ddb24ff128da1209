package dev.attest.reports.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times in reports: UTC, ISO-8601 to the millisecond in data formats, to the minute where people
 * read them.
 */
final class ReportTimes {
  private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReportTimes() {}

  static String utc(OffsetDateTime time) {
    return time == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  static String readable(OffsetDateTime time) {
    return time == null ? "" : READABLE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
