package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures are counts and quantities; years, dates, times and numbers inside names are not. */
class FigureCuesTest {
  private static final RuleSet RULES = RuleSet.bundled();

  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de|Russland profitierte von rund 15.000 Soldaten.|15.000 Soldaten",
        "de|Die Preise stiegen um 3,2 Prozent.|3,2 Prozent",
        "de|Am 3. Oktober 2024 um 14 Uhr begann die Sitzung.|",
        "de|Der Gipfel der G7 endete am 12.03.2024.|",
        "de|Die Kosten lagen bei 40 Millionen Euro.|40 Millionen",
        "de|Der 45-Jährige wurde festgenommen.|",
        "en|Talks resume at 10am on Thursday 6 March.|",
        "en|The company cut 1,200 jobs in 2023.|1,200 jobs",
        "en|Shares fell 4%.|4%",
        "en|It cost $3.5 billion.|$3.5 billion",
        "es|La reunión será el 3 de octubre de 2024 a las 12.00.|",
        "es|Murieron las 40 personas del barco.|40 personas",
        "fr|Le préavis court jusqu'à dimanche 23 h 59.|",
        "nb|Raset gikk like etter klokken 06 tirsdag.|",
        "sv|Branden omfattar cirka 600 hektar.|600 hektar",
        "de|Die Kreisstraße 48 zwischen Winsen und Celle ist gesperrt.|",
        "de|Ab dem Schuljahr 2025/26 soll es mehr Lehrer geben.|",
        "de|Es kamen 10-15 Menschen.|15 Menschen",
        "en|Highway 16 east of Jasper reopened.|",
        "en|The report was filed on 2024-03-12.|",
        "en|The 2024–25 season cost 300 jobs.|300 jobs",
        "nl|De A12 en rijksweg 15 waren dicht.|",
        "da|Trafikken på Herningvej 12 stod stille.|",
        "fr|La ligne 14 a transporté 500 000 voyageurs.|500 000 voyageurs"
      })
  void findsFiguresButNotDatesOrTimes(String lang, String sentence, String expected) {
    LanguageRules rules = RULES.forLanguage(lang);
    List<String> cues = new ArrayList<>();
    for (int[] span : FigureCues.find(sentence, 0, sentence.length(), rules)) {
      cues.add(sentence.substring(span[0], span[1]));
    }
    assertEquals(expected == null ? List.of() : List.of(expected), cues);
  }
}
