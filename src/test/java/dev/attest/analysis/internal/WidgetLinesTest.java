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

  @Test
  void theLinkedHeadlinesUnderAWidgetHeadingGoWithIt() {
    Analysis a =
        analyse(
            "<aside class=\"fact-box\"><h3>Lesen Sie auch</h3><ul><li><a href=\"/a/3\">Fonds"
                + " soll 40 Prozent verloren haben</a></li><li>• <a href=\"/a/4\">Zweiter Artikel"
                + " über 12 Brücken</a></li></ul></aside>");
    assertFalse(a.text().contains("40 Prozent"), a.text());
    assertFalse(a.text().contains("12 Brücken"), a.text());
    assertTrue(a.claims().isEmpty(), () -> "flagged: " + a.claims());
  }

  @Test
  void looseLinksInASectionUnderAWidgetHeadingGoWithIt() {
    Analysis a =
        analyse(
            "<section><h2>Weitere Artikel</h2><a href=\"/x\">Preise fallen um 10 Prozent</a>"
                + "<a href=\"/y\">So wird der Kredit billiger</a></section>");
    assertFalse(a.text().contains("10 Prozent"), a.text());
  }

  @Test
  void textThatIsNotALinkEndsTheWidget() {
    Analysis a =
        analyse(
            "<h2>Lesen Sie auch</h2><p><a href=\"/z\">Ein verlinkter Titel</a></p>"
                + "<p>Angeblich sollen 300 Menschen demonstriert haben.</p>"
                + "<p><a href=\"https://example.org/bericht\">Der Bericht</a></p>");
    assertFalse(a.text().contains("verlinkter Titel"), a.text());
    assertTrue(a.text().contains("300 Menschen"), a.text());
    assertTrue(a.text().contains("Der Bericht"), a.text());
  }

  @Test
  void aTranslatedRelatedBoxIsBoilerplateByItsClass() {
    Analysis a =
        analyse(
            "<div class=\"relacionadas\"><a href=\"/1\">El hielo cae un 20 % en una"
                + " década</a></div>");
    assertFalse(a.text().contains("20 %"), a.text());
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
