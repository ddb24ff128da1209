package dev.attest.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The report's own four-eyes check, a second line behind the workflow's: it judges what is stored,
 * including data that reached the database another way (an import, a migration, a change behind
 * attest's back).
 */
class DeciderTest {
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-09-01T08:00:00Z");

  @Test
  void aSignerWhoSavedARevisionBreaksFourEyes() {
    assertEquals(
        "chief saved a revision and signed off its claims",
        new Decider(1, "Jane Doe", "chief", "Charlotte Chief", AT, false, true).conflict());
    assertEquals(
        "chief saved a revision and published it",
        new Decider(1, "Jane Doe", "chief", "Charlotte Chief", AT, true, true).conflict());
  }

  @Test
  void aSignerWhoIsTheBylineBreaksFourEyesWhateverTheSpelling() {
    assertEquals(
        "chief is the byline (charlotte  CHIEF) and signed off its claims",
        new Decider(1, "charlotte  CHIEF", "chief", "Charlotte Chief", AT, false, false)
            .conflict());
    assertEquals(
        "jose is the byline (José García) and published it",
        new Decider(1, "José García", "jose", "Jose Garcia", AT, true, false).conflict());
  }

  @Test
  void someoneElseIsFine() {
    assertNull(new Decider(1, "Jane Doe", "chief", "Charlotte Chief", AT, false, false).conflict());
    assertNull(new Decider(1, null, "chief", null, AT, true, false).conflict());
  }
}
