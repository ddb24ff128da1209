package dev.attest.platform;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * attest's time: UTC, in whole microseconds (what H2 and PostgreSQL store), so a value reads back
 * as it was written.
 */
public final class UtcClock {
  private UtcClock() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
