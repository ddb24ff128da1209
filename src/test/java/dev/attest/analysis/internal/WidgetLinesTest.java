package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Attest;
import org.junit.jupiter.api.Test;

/**
 * "Read also" lines are left out of the visible text by their phrase; sentences that merely begin
 * with it are not.
 */
class WidgetLinesTest {
  private static final String BODY =
      "<p>Die Brücke bleibt bis zum Herbst gesperrt, teilte die Stadt mit.</p>";

  @Test
  void aPhraseFollowedOnlyByALinkedHeadlineIsAWidget() {
    Analysis a =
        analyse(
            "<div><span>Lesen Sie auch</span> <a href=\"/a/1\">Radfahrer soll in Kreisel angefahren worden sein</a></div>");
    assertFalse(a.text().contains("Radfahrer"), a.text());
    assertTrue(a.claims().isEmpty(), () -> "flagged: " + a.claims());
  }

  @Test
  void aLongSentenceThatBeginsWithThePhraseAndHasALinkStays() {
    Analysis a =
        analyse(
            "<p>Lesen Sie auch, was <a href=\"/a/2\">Anwohner</a> über die Sperrung sagen, die angeblich Jahre dauert.</p>");
    assertTrue(a.text().contains("angeblich Jahre dauert"), a.text());
    assertFalse(a.claims().isEmpty());
  }

  private static Analysis analyse(String widget) {
    return Attest.analyzer()
        .analyze(
            "<html lang=\"de\"><body><article>"
                + BODY
                + widget
                + BODY
                + "</article></body></html>");
  }
}
