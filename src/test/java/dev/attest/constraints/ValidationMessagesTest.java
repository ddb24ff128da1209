package dev.attest.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Attest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ValidationMessages} bundles: every language has both messages, and their fix hints
 * work.
 */
class ValidationMessagesTest {
  private static final String DISCLOSURE_KEY = "dev.attest.constraints.AiDisclosure.message";
  private static final String AUTHOR_KEY = "dev.attest.constraints.NamedAuthor.message";

  /** Quoted text in any of the languages' quotation styles. */
  private static final Pattern QUOTED =
      Pattern.compile("\"([^\"]+)\"|„([^“]+)“|»([^«]+)«|”([^”]+)”|«([^»]+)»");

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag(language));
  }

  private static List<String> quoted(String message) {
    List<String> found = new ArrayList<>();
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          found.add(m.group(g).replace('\u00A0', ' ').strip());
        }
      }
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "da", "sv", "nb", "fr", "es", "nl"})
  void everyLanguageHasBothMessagesInItsOwnWords(String language) {
    ResourceBundle english = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);
    ResourceBundle bundle = bundle(language);
    for (String key : List.of(DISCLOSURE_KEY, AUTHOR_KEY)) {
      assertTrue(bundle.containsKey(key), language + ": " + key);
      String message = bundle.getString(key);
      assertFalse(message.isBlank(), language + ": " + key);
      assertFalse(
          message.matches("(?s).*[{}$\\\\].*"),
          language + ": no interpolation syntax in " + message);
      assertFalse(message.contains("Ã"), language + ": read as UTF-8: " + message);
      if (language.equals("en")) {
        assertEquals(english.getString(key), message);
      } else {
        assertNotEquals(
            english.getString(key), message, language + ": " + key + " is still English");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "da", "sv", "nb", "fr", "es", "nl"})
  void theSuggestedLinesMakeAnArticleValid(String language) {
    ResourceBundle bundle = bundle(language);
    List<String> disclosures = quoted(bundle.getString(DISCLOSURE_KEY));
    assertEquals(
        2, disclosures.size(), language + ": two disclosure lines to paste: " + disclosures);
    List<String> bylines = quoted(bundle.getString(AUTHOR_KEY));
    assertFalse(bylines.isEmpty(), language + ": a byline example");
    String byline = bylines.get(0);

    for (String disclosure : disclosures) {
      String html =
          "<html lang=\""
              + language
              + "\"><body><article><h1>Headline</h1><p>"
              + byline
              + "</p><p>"
              + disclosure
              + "</p></article></body></html>";
      Analysis analysis = Attest.analyzer().analyze(html);
      assertEquals(language, analysis.language());
      assertTrue(
          analysis.violations().isEmpty(),
          () ->
              language
                  + ": \""
                  + disclosure
                  + "\" with \""
                  + byline
                  + "\": "
                  + analysis.violations());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nb-NO", "no", "no-NO", "de-AT", "de-CH", "fr-BE", "es-MX", "nl-BE", "da-DK", "sv-FI"
      })
  void regionalVariantsGetTheirLanguage(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage().equals("no") ? "nb" : locale.getLanguage();
    assertEquals(
        bundle(language).getString(DISCLOSURE_KEY), bundle(tag).getString(DISCLOSURE_KEY), tag);
  }
}
