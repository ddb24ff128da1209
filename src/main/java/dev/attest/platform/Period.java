package dev.attest.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A period of whole days in UTC given as {@code from=YYYY-MM-DD&to=YYYY-MM-DD}, both days included.
 * Either end may be open (null) where the caller allows it; a bad date, a date outside {@link
 * #EARLIEST}..{@link #LATEST} or an end before the start is a 400 problem. The range keeps every
 * date an ordinary four-digit year that both databases compare as written (years before 1 wrapped
 * around to the common era and gave an empty report that looked real), and the day after the last
 * one still exists.
 */
public record Period(LocalDate from, LocalDate to) {
  /** The first day a period may name: attest stores nothing older. */
  public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

  /** The last day a period may name. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public static Period parse(String from, String to) {
    Period period = new Period(date("from", from), date("to", to));
    if (period.from != null && period.to != null && period.to.isBefore(period.from)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-period",
              "Period ends before it starts",
              "to ("
                  + to
                  + ") is before from ("
                  + from
                  + "); both days are included, so from="
                  + to
                  + "&to="
                  + from
                  + " may be meant."));
    }
    return period;
  }

  /** Both ends required. */
  public static Period parseClosed(String from, String to) {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-period",
              "Period required",
              "Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, both included)."));
    }
    return parse(from, to);
  }

  /** The first instant of the period, or null when open. */
  public OffsetDateTime start() {
    return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The first instant after the period, or null when open. */
  public OffsetDateTime end() {
    return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-period",
              "Invalid date",
              name
                  + "="
                  + value
                  + " is not a date; write it as YYYY-MM-DD, e.g. "
                  + name
                  + "=2026-08-02."));
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-period",
              "Date out of range",
              name
                  + "="
                  + value
                  + " is outside the dates attest reports on: from "
                  + EARLIEST
                  + " to "
                  + LATEST
                  + " (UTC days)."));
    }
    return date;
  }
}
