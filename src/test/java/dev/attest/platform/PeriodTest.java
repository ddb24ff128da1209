package dev.attest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods as clients give them: whole UTC days in a supported range, or a 400 that says why. */
class PeriodTest {

  @Test
  void theEndIsTheFirstInstantAfterTheLastDay() {
    Period period = Period.parse("2026-01-01", "2026-01-31");
    assertEquals(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), period.start());
    assertEquals(OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC), period.end());
    assertNull(Period.parse(null, " ").end(), "an open end");
  }

  @Test
  void theWholeSupportedRangeWorksToItsLastInstant() {
    Period all = Period.parse(Period.EARLIEST.toString(), Period.LATEST.toString());
    assertEquals(LocalDate.of(10000, 1, 1), all.end().toLocalDate());
    assertEquals(LocalDate.of(1970, 1, 1), all.start().toLocalDate());
  }

  @Test
  void datesOutsideTheRangeAreRefusedWithTheRange() {
    for (String[] bad :
        List.of(
            new String[] {null, "+999999999-12-31"},
            new String[] {"-4713-01-01", null},
            new String[] {"-0001-01-01", "2026-01-01"},
            new String[] {"0000-01-01", null},
            new String[] {"1969-12-31", null},
            new String[] {null, "+10000-01-01"})) {
      ProblemException refused =
          assertThrows(ProblemException.class, () -> Period.parse(bad[0], bad[1]), bad[0] + bad[1]);
      assertEquals(400, refused.problem().status());
      assertEquals("/problems/invalid-period", refused.problem().type());
      assertTrue(
          refused.problem().detail().contains("from 1970-01-01 to 9999-12-31"),
          refused.problem().detail());
    }
  }

  @Test
  void notADateOrABackwardPeriodIsRefused() {
    assertEquals(
        "Invalid date",
        assertThrows(ProblemException.class, () -> Period.parse("yesterday", null))
            .problem()
            .title());
    assertEquals(
        "Period ends before it starts",
        assertThrows(ProblemException.class, () -> Period.parse("2026-02-01", "2026-01-01"))
            .problem()
            .title());
    assertThrows(ProblemException.class, () -> Period.parseClosed("2026-01-01", null));
  }
}
