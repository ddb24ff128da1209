package dev.attest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** If-Match as RFC 9110 reads it: *, a list, strong comparison. */
class IfMatchTest {

  @Test
  void aStrongTagMatchesItsVersionOnly() {
    IfMatch three = IfMatch.parse("\"3\"");
    assertTrue(three.matches("3"));
    assertFalse(three.matches("4"));
    assertFalse(three.onlyWeak());
  }

  @Test
  void aWeakTagNeverMatches() {
    IfMatch weak = IfMatch.parse("W/\"3\"");
    assertFalse(weak.matches("3"), "If-Match compares strongly");
    assertTrue(weak.onlyWeak());
    assertFalse(IfMatch.parse("W/\"3\", \"4\"").onlyWeak());
  }

  @Test
  void anyMemberOfAListMatches() {
    IfMatch list = IfMatch.parse("\"1\", \"2\",\"5\"");
    assertEquals(List.of("\"1\"", "\"2\"", "\"5\""), list.tags());
    assertTrue(list.matches("2"));
    assertTrue(list.matches("5"));
    assertFalse(list.matches("3"));
    assertTrue(IfMatch.parse("\"a,b\"").matches("a,b"), "a comma inside quotes is part of the tag");
  }

  @Test
  void aStarMatchesAnyCurrentVersion() {
    IfMatch any = IfMatch.parse(" * ");
    assertTrue(any.matches("1"));
    assertTrue(any.matches("77"));
    assertFalse(any.onlyWeak());
  }

  @Test
  void missingIsA428AndMalformedA400() {
    assertEquals(
        428, assertThrows(ProblemException.class, () -> IfMatch.parse(" ")).problem().status());
    for (String bad : List.of("3", "\"3", "\"3\"x", "W/3", ",", "*, \"3\"")) {
      Problem problem =
          assertThrows(ProblemException.class, () -> IfMatch.parse(bad), bad).problem();
      assertEquals(400, problem.status(), bad);
      assertEquals("/problems/invalid-if-match", problem.type());
    }
  }
}
