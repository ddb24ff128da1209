package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Where matches may begin, and that trying a rule only there finds exactly what a plain search
 * finds.
 */
class StartsTest {

  /**
   * A word is exact (counted only in its own case) only where the pattern surely matches it
   * case-sensitively; every other word is counted in any case, as the pattern may match it so.
   */
  @Test
  void onlyWordsMatchedCaseSensitivelyAreExact() {
    assertEquals(List.of(new Trigger("un", true, "UN")), Starts.of("(?-i:\\bUN\\b)").literals());
    assertEquals(
        List.of(new Trigger("dr.", true, "Dr."), new Trigger("sprecher", true)),
        Starts.of("\\b(?-i:(?:Dr\\.\\s+)?)sprecher").literals(),
        "what follows a case-sensitive group keeps the case of outside it");
    for (String regex :
        List.of(
            "(?-i:(?i)xx|UN)",
            "(?-i:X(?i)|UN)",
            "(?-i:(?iu:un))",
            "(?-i:\\b)und",
            "(?u-i:(?:a|(?i:b))|UN)")) {
      List<Trigger> literals = Starts.of(regex).literals();
      assertFalse(literals.isEmpty(), regex);
      assertTrue(literals.stream().allMatch(t -> t.exact() == null), regex + ": " + literals);
    }
    assertEquals(
        List.of(new Trigger("und", false), new Trigger("un", false, "UN")),
        Starts.of("(?-i:|UN)und").literals(),
        "after the empty alternative, \"und\" in any case; else \"UN\" as written");
    assertEquals(
        List.of(new Trigger("un", false, "UN")),
        Starts.of("(?u-i:UN)").literals(),
        "flags may come in any order");
  }

  @Test
  void literalWordsBeginMatches() {
    Starts starts = Starts.of("\\bsoll(?:en|te)?\\b\\s+\\w+|\\b(?:laut|nach\\s+Angaben)\\s+x");
    assertEquals(
        starts.literals(), starts.derivedTriggers(), "only literal starts: they are the triggers");
    assertTrue(Starts.of("\\b(?-i:\\p{Lu})\\w+|sagte").derivedTriggers().isEmpty());
    assertEquals(
        List.of(new Trigger("soll", true), new Trigger("laut", true), new Trigger("nach", true)),
        starts.literals());
  }

  @Test
  void punctuationAndInnerWordsAreLiteralsThatNeedNoWordStart() {
    Starts starts = Starts.of(",\\s+so\\s+x|blogger\\w*");
    assertEquals(
        List.of(new Trigger(",", false), new Trigger("blogger", false)), starts.literals());
  }

  @Test
  void anOptionalGroupAddsWhatFollowsIt() {
    Starts starts = Starts.of("(?:einem?\\s+)?(?:KI-)?Sprachmodell");
    assertEquals(
        List.of("eine", "ki-", "sprachmodell"),
        starts.literals().stream().map(Trigger::text).toList());
  }

  @Test
  void caseSensitiveCapitalsAndWordClassesAreKindsOfStart() {
    Starts name = Starts.of("\\b(?-i:\\p{Lu}\\p{Ll}+)\\s+sagte");
    assertTrue(name.capitals());
    assertFalse(name.capitalsInWords());
    assertTrue(Starts.of("(?-i:\\p{Lu}\\p{Ll}+)").capitalsInWords());
    assertTrue(Starts.of("\\b\\w*?(?:amt|ämter)?").words(), "an optional group holds nothing");
    assertTrue(Starts.of("\\b\\w*?(?:amt|\\w)").words(), "nor does a group of non-literals");
    assertTrue(Starts.of("(?=\\w+\\s+zufolge)\\b\\w+").words(), "a look-ahead is stepped over");
  }

  @Test
  void aSmallClassOfPlainCharsSpellsTheLiteralEachWay() {
    assertEquals(
        List.of(new Trigger("d'après", true), new Trigger("d’après", true)),
        Starts.of("\\bd['’]après\\s").literals());
    assertEquals(
        List.of(new Trigger("d", true)),
        Starts.of("\\bd['’]?après").literals(),
        "an optional class ends the literal");
    assertEquals(
        List.of(new Trigger("d", true)), Starts.of("\\bd[a-z]après").literals(), "so does a range");
  }

  @Test
  void aWordClassBeforeALiteralBeginsAtTheWordHoldingIt() {
    Starts starts = Starts.of("\\b(?:Experten|\\w*blogger\\w*|\\w*?amt)\\s+sagen");
    assertEquals(List.of(new Trigger("experten", true)), starts.literals());
    assertEquals(
        List.of(new Trigger("blogger", false), new Trigger("amt", false)),
        starts.wordsContaining());
    assertFalse(starts.words());
    assertEquals(3, starts.derivedTriggers().size(), "the contained literals must occur too");
    assertTrue(Starts.of("\\w*blogger").anywhere(), "without \\b it may begin inside a word");
    assertTrue(Starts.of("\\b\\w*x").words(), "one letter is too short to look for");
    assertEquals(
        List.of(new Trigger("amt", false), new Trigger("ämter", false)),
        Starts.of("\\b\\w*?(?:amt|ämter)\\w*").wordsContaining(),
        "a group of literals: the word holding one of them");
  }

  @Test
  void aWordHoldingALiteralBeginsWhereItsWordCharactersDo() {
    assertEquals(6, TriggerIndex.wordStart("Kurz: Militärblogger", 0, 13));
    assertEquals(8, TriggerIndex.wordStart("Kurz: Militärblogger", 8, 13), "not before the range");
    assertEquals(
        4, TriggerIndex.wordStart("pro-Militärblogger", 0, 11), "a hyphen is not a word character");
    assertEquals(
        0, TriggerIndex.wordStart("\uD835\uDC00blogger", 0, 2), "a letter outside the BMP");
  }

  @Test
  void unreadableStartsMayBeAnywhere() {
    assertTrue(Starts.of("\\s+x").anywhere());
    assertTrue(Starts.of("[^.]+x").anywhere());
    assertTrue(
        Starts.of("\\p{Lu}x").anywhere(), "a case-insensitive \\p{Lu} matches lower case too");
    assertTrue(Starts.of("\\w+x").anywhere(), "a word class without \\b may begin inside a word");
    assertTrue(Starts.of("[^.]x|[a-z]y").anywhere());
    assertTrue(Starts.of("(?:x)?").anywhere(), "may match the empty string");
    assertTrue(Starts.of("^foo|bar$").anywhere(), "'^' beside other starts when '$' is used");
  }

  @Test
  void lookAroundsAreSteppedOverAndEmptyBranchesReadOn() {
    assertEquals(List.of(new Trigger("b", false)), Starts.of("(?<=a)b").literals());
    Starts after = Starts.of("(?:^|(?<=\\bist\\s))\\b(?:geschrieben|erstellt)\\s+mit");
    assertTrue(after.rangeStart() && after.mixed());
    assertEquals(
        List.of("geschrieben", "erstellt"), after.literals().stream().map(Trigger::text).toList());
    assertTrue(Starts.of("^foo").rangeStart());
    assertFalse(Starts.of("^foo").mixed());
  }

  @Test
  void aClassOfPlainCharactersIsOneLiteralEach() {
    assertEquals(
        List.of("»", "”", "\""),
        Starts.of("[»”\"]\\s*,").literals().stream().map(Trigger::text).toList());
  }

  /**
   * Every rule of every language, on every paragraph and sentence-sized range of every test
   * article: the search through the article's trigger index gives the match a plain {@code find()}
   * gives wherever one of the rule's triggers lies in the range (and none where none does).
   */
  @Test
  void tryingOnlyAtStartsChangesNoMatch() throws IOException {
    RuleSet rules = RuleSet.load(Path.of("config/rules"));
    List<String> texts = TestTexts.articleTexts();
    int compared = 0;
    List<String> differences = new ArrayList<>();
    for (LanguageRules lang : rules.languages()) {
      List<PatternRule> all = TestTexts.allRules(lang);
      for (String text : texts) {
        String lower = lower(text);
        TriggerIndex.Hits hits = lang.triggers().scan(text);
        for (int[] range : TestTexts.ranges(text)) {
          for (PatternRule rule : all) {
            Matcher plain = rule.matcher(text, range[0], range[1]);
            boolean triggered = triggered(rule, lower, range[0], range[1]);
            String expected =
                triggered && plain.find() ? plain.start() + "-" + plain.end() : "none";
            String indexed = describe(rule.find(text, hits, range[0], range[1]));
            compared++;
            if (!expected.equals(indexed)) {
              differences.add(
                  TestTexts.difference(rule, text, range, "find", expected, "indexed", indexed));
            }
          }
        }
      }
    }
    TestTexts.assertNoDifferences(compared, differences);
  }

  /**
   * Whether one of the rule's triggers lies wholly in {@code [from, to)}, or it has none: found the
   * plain way.
   */
  private static boolean triggered(PatternRule rule, String lower, int from, int to) {
    for (Trigger trigger : rule.triggers()) {
      for (int at = lower.indexOf(trigger.text(), from);
          at >= 0 && at + trigger.length() <= to;
          at = lower.indexOf(trigger.text(), at + 1)) {
        if (!trigger.wordStart() || at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
          return true;
        }
      }
    }
    return rule.triggers().isEmpty();
  }

  private static String describe(Matcher m) {
    return m == null ? "none" : m.start() + "-" + m.end();
  }

  private static String lower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
