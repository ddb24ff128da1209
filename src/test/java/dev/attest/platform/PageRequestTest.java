package dev.attest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages as clients ask for them: defaults, limits, neighbours, and what is refused. */
class PageRequestTest {

  @Test
  void absentValuesMeanTheFirstPageOfTheDefaultSize() {
    PageRequest page = PageRequest.of(null, " ", 100, 500);
    assertEquals(new PageRequest(0, 100), page);
    assertEquals(0, page.offset());
  }

  @Test
  void neighboursFollowTheTotal() {
    PageRequest second = PageRequest.of("1", "2", 100, 500);
    assertEquals(2, second.offset());
    assertTrue(second.hasNext(5));
    assertFalse(second.hasNext(4));
    assertEquals(0, second.previous(5));
    assertEquals(-1, PageRequest.of("0", "2", 100, 500).previous(5), "the first page has none");
    assertEquals(2, PageRequest.of("9", "2", 100, 500).previous(5), "past the end: the last page");
    assertEquals(0, PageRequest.of("9", "2", 100, 500).previous(0), "an empty list has page 0");
  }

  @Test
  void onlyPlainNumbersInRangeAreAccepted() {
    for (String[] bad :
        List.of(
            new String[] {"-1", "10"},
            new String[] {"+1", "10"},
            new String[] {"abc", "10"},
            new String[] {"\u0663", "10"},
            new String[] {"99999999999", "10"},
            new String[] {"0", "0"},
            new String[] {"0", "501"},
            new String[] {"0", "1.5"})) {
      ProblemException refused =
          assertThrows(ProblemException.class, () -> PageRequest.of(bad[0], bad[1], 100, 500));
      assertEquals(400, refused.problem().status());
      assertEquals("/problems/invalid-page", refused.problem().type());
    }
    assertEquals(
        new PageRequest(Integer.MAX_VALUE, 500),
        PageRequest.of(String.valueOf(Integer.MAX_VALUE), "500", 100, 500));
  }
}
