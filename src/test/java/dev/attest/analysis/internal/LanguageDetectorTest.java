package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attest.analysis.rules.RuleSet;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The declared language wins; otherwise the language whose stop words occur most, looked up word by
 * word in the text as it is, never in a piece of a longer word.
 */
class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = new LanguageDetector(RuleSet.bundled());

  @Test
  void undeclaredTextsAreToldApartByTheirStopWords() {
    Map<String, String> texts =
        Map.of(
            "de", "Die Stadt hat die Pläne für das neue Bad nicht mit den Bürgern besprochen.",
            "en", "The council said that it will not publish the plans for the new bridge.",
            "da",
                "Kommunen har endnu ikke offentliggjort planerne, og nogle siger, at de ikke fik noget at vide.",
            "sv", "Kommunen har inte publicerat planerna för den nya bron, och det är kritik.",
            "nb",
                "Kommunen har ennå ikke publisert planene, og noen sier at de ikke fikk vite noe etter møtet.",
            "fr",
                "La mairie n'a pas publié les plans du nouveau pont et les habitants sont inquiets.",
            "es",
                "El ayuntamiento no ha publicado los planes del nuevo puente y los vecinos están.",
            "nl",
                "De gemeente heeft de plannen voor de nieuwe brug niet gepubliceerd en dat is het.");
    texts.forEach((code, text) -> assertEquals(code, detect("<p>" + text + "</p>"), text));
  }

  @Test
  void theDeclaredLanguageWinsAndNorwegianReadsAsBokmal() {
    String english = "<p>The council said that it will not publish the plans for the bridge.</p>";
    assertEquals("de", detect("<html lang=\"de-AT\"><body>" + english));
    assertEquals("nb", detect("<html lang=\"no\"><body>" + english));
    assertEquals(
        "fr",
        detect(
            "<head><meta http-equiv=\"Content-Language\" content=\"fr\"></head><body>" + english));
  }

  @Test
  void onlyWholeWordsCountAndTooFewHitsFallBackToEnglish() {
    // "und", "der", "die" inside longer words are not German stop words; a digit ends a word
    assertEquals("en", detect("<p>Kunde Oder Studie Aunder xdie Anwender Zunder</p>"));
    assertEquals("de", detect("<p>Kunde und der Studie, die Anwender</p>"));
    assertEquals("de", detect("<p>2der 3und 4die</p>"));
    assertEquals("en", detect("<p>12345 67890</p>"));
  }

  private static String detect(String html) {
    var document = Jsoup.parse(html);
    return DETECTOR.detect(document, document.body().text().toLowerCase(Locale.ROOT));
  }
}
