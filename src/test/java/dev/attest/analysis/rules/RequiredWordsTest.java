package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words a match must contain, as read off a pattern; that trying a rule only where they occur
 * changes no match is {@link StartsTest#tryingOnlyAtStartsChangesNoMatch()}'s to show, over every
 * rule and test article.
 */
class RequiredWordsTest {

  @Test
  void literalWordsAndAlternationsOfWordsAreRequired() {
    assertEquals(
        List.of(List.of(words("soll"), words("haben", "sein"))),
        texts(RequiredWords.of("\\bsoll(?:en|te)?\\b(?:\\s+\\S+){1,14}?\\s+(?:haben|sein)\\b")));
  }

  @Test
  void optionalRepeatedFromZeroAndZeroWidthPartsAreNot() {
    assertEquals(
        List.of(List.of(words("zufolge"))),
        texts(RequiredWords.of("(?=\\w+\\s+amt)(?:dem\\s+)?(?:laut\\s+){0,2}(?:x|y)*zufolge")));
    assertEquals(
        List.of(List.of(words("sagte"))),
        texts(RequiredWords.of("sagten?")),
        "a letter with a quantifier is not part of the word");
  }

  @Test
  void shortWordsAndGroupsThatMayBeginAnywhereAreNotLookedFor() {
    assertTrue(RequiredWords.of("\\w+ab\\s+\\p{Lu}\\w+").alternatives().isEmpty());
    assertEquals(
        List.of(List.of(words("ab"))),
        texts(RequiredWords.of("\\bab\\s+\\p{Lu}\\w+")),
        "at a word start two letters will do");
    assertTrue(RequiredWords.of("(?:\\w+|amt)\\s+[a-z]+").alternatives().isEmpty());
    assertTrue(RequiredWords.of("(?:x|amt)\\s+").alternatives().isEmpty(), "x is too short");
  }

  @Test
  void aWordBeginsAfterWhiteSpaceEvenWhenAnOptionalRunOfWordsComesBetween() {
    assertTrue(
        RequiredWords.of("\\bx\\s+(?:\\S+\\s+){0,4}?(?:sa|sade)\\b")
            .alternatives()
            .get(0)
            .get(0)
            .stream()
            .allMatch(Trigger::wordStart));
    assertTrue(
        RequiredWords.of("x(?:\\S+\\s+){0,4}?(?:sa|sade)\\b").alternatives().isEmpty(),
        "without white space before it, the run may end inside a word");
    assertEquals(
        List.of(List.of(new Trigger("minister", false))),
        RequiredWords.of("(?:Bundes|Landes\\s+)minister").alternatives().get(0).stream()
            .filter(g -> g.get(0).text().equals("minister"))
            .toList(),
        "one alternative of the group ends inside a word (Bundesminister)");
  }

  @Test
  void eachAlternativeNeedsItsOwnWordsAndOneWithoutNoneMakesTheRuleNeedNone() {
    assertEquals(
        List.of(List.of(words("laut"), words("dpa", "afp")), List.of(words("meldete"))),
        texts(RequiredWords.of("\\blaut\\s+(?-i:\\b(?:dpa|AFP)\\b)|\\bmeldete\\b")));
    assertTrue(RequiredWords.of("\\blaut\\s+dpa|\\p{Lu}\\w+").alternatives().isEmpty());
  }

  /**
   * A word the pattern matches case-sensitively occurs only where the text has it in that case:
   * "und" holds no "UN", "le monde" no "Le Monde".
   */
  @Test
  void caseSensitiveWordsOccurOnlyInTheirOwnCase() {
    RequiredWords required =
        RequiredWords.of("\\bsagte\\s+(?:\\S+\\s+){0,3}?(?-i:\\b(?:UN|Le\\s+Monde)\\b)");
    assertEquals(
        List.of(new Trigger("un", true, "UN"), new Trigger("le", true, "Le")),
        required.alternatives().get(0).get(1));
    PatternRule rule =
        new PatternRule(
            "t.un",
            null,
            null,
            java.util.regex.Pattern.compile("x"),
            "x",
            List.of(),
            required,
            Starts.ANYWHERE,
            0,
            null,
            false,
            List.of(),
            List.of(),
            List.of());
    TriggerIndex index = new TriggerIndex(List.of(rule));
    for (String text : List.of("Sie sagte und ging.", "Sie sagte, le monde ist groß.")) {
      assertEquals(false, rule.mayMatchIn(index.scan(text), 0, text.length()), text);
    }
    for (String text : List.of("Das sagte die UN.", "Das sagte Le Monde.")) {
      assertEquals(true, rule.mayMatchIn(index.scan(text), 0, text.length()), text);
    }
  }

  @Test
  void escapesAndGroupsItCannotReadEndTheReadingWithoutGuessing() {
    assertEquals(
        List.of(List.of(words("sagte"))),
        texts(RequiredWords.of("sagte\\s+\\u00e9t\\u00e9\\s+zufolge")),
        "\\u00e9 is one char, not the word 00e9: reading stops there");
    assertEquals(
        List.of(List.of(words("sagte"))),
        texts(RequiredWords.of("sagte\\s+\\0101bc")),
        "an octal escape is one char too");
    assertEquals(
        List.of(List.of(words("abc"), words("zufolge"))),
        texts(RequiredWords.of("(?s:abc)\\s+(?x)zufolge")));
    assertEquals(
        List.of(List.of(words("foo", "bar"))), texts(RequiredWords.of("(?>foo|bar)\\s+\\pL")));
  }

  @Test
  void wordsHoldingALiteralCountAsThatLiteral() {
    assertEquals(
        List.of(List.of(words("amt", "ministerium"), words("zufolge"))),
        texts(RequiredWords.of("\\b(?:\\b\\w*?(?:amt|ministerium)\\w*+)\\s+zufolge\\b")));
  }

  private static List<String> words(String... words) {
    return List.of(words);
  }

  private static List<List<List<String>>> texts(RequiredWords required) {
    return required.alternatives().stream()
        .map(a -> a.stream().map(g -> g.stream().map(Trigger::text).toList()).toList())
        .toList();
  }
}
