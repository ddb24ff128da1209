package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rewrites that make patterns faster (possessive word steps, first-character gates, trees of
 * shared word beginnings) leave every match as it is.
 */
class PatternRewritesTest {

  @Test
  void wordGroupsBecomeTreesOfSharedBeginnings() {
    assertEquals(
        "\\b(?:ministeri(?:um|et)|styrelse(?:|n)|bank(?:|en)|x)\\b",
        LiteralTries.rewrite("\\b(?:ministerium|ministeriet|styrelse|styrelsen|bank|banken|x)\\b"));
    assertEquals("(?:NATO|UN(?:O|)|WHO)", LiteralTries.rewrite("(?:NATO|UNO|UN|WHO)"));
    assertEquals(
        "(?:co(?:ur\\s+d'appel|nseil)|procureure?|procureurs|x)",
        LiteralTries.rewrite("(?:cour\\s+d'appel|conseil|procureure?|procureurs|x)"),
        "only the plain word at the start of an alternative is shared, never a letter that a quantifier follows");
  }

  @Test
  void groupsOfOneWordStepBecomeAtomic() {
    assertEquals("(?>\\S++\\s++){0,3}?x", RuleSet.possessiveWords("(?:\\S+\\s+){0,3}?x"));
    assertEquals(
        "\\bsoll(?>\\s+[^\\s.!?;]++){1,14}?\\s+sein",
        RuleSet.possessiveWords("\\bsoll(?:\\s+[^\\s.!?;]+){1,14}?\\s+sein"));
    assertEquals(
        "(?:[\\p{L}.-]++\\s++|x){0,3}?",
        RuleSet.possessiveWords("(?:[\\p{L}.-]+\\s+|x){0,3}?"),
        "a group with more than the step may match in more than one way and stays as it is");
    assertEquals(
        "(?:\\s+\\S+){0,3}?,",
        RuleSet.possessiveWords("(?:\\s+\\S+){0,3}?,"),
        "a word run that ends the group may give back letters to what follows");
  }

  @Test
  void groupsWhoseOrderCouldMatterStayAsWritten() {
    for (String regex :
        List.of(
            "(?:Nato|nato|x)",
            "(?:banken|bank|bankerne)",
            "(?:a|\\s+c|d)",
            "(?:a|b)",
            "[(?:a|b|c)]",
            "(?:ab(c)|ad|e)",
            "(?:ab(?<n>c)|ad|e)",
            "(?:ab(?-i)c|ad|e)")) {
      assertEquals(regex, LiteralTries.rewrite(regex), regex);
    }
    assertNotEquals("(?:ab|ac|d)", LiteralTries.rewrite("(?:ab|ac|d)"));
  }

  /**
   * Every rule of every language, compiled as written and as rewritten, on every paragraph and
   * sentence-sized range of every test article: the same first match, or none for both.
   */
  @Test
  void rewrittenPatternsFindWhatTheWrittenOnesFind() throws IOException {
    RuleSet rules = RuleSet.load(Path.of("config/rules"));
    List<String> texts = TestTexts.articleTexts();
    int compared = 0;
    int rewritten = 0;
    List<String> differences = new ArrayList<>();
    for (LanguageRules lang : rules.languages()) {
      List<PatternRule> all = TestTexts.allRules(lang);
      for (PatternRule rule : all) {
        Pattern written = Pattern.compile(rule.source(), RuleSet.FLAGS);
        if (written.pattern().equals(rule.pattern().pattern())) {
          continue;
        }
        rewritten++;
        for (String text : texts) {
          for (int[] range : TestTexts.ranges(text)) {
            String expected = first(written.matcher(text).region(range[0], range[1]));
            String actual = first(rule.matcher(text, range[0], range[1]));
            compared++;
            if (!expected.equals(actual)) {
              differences.add(
                  TestTexts.difference(
                      rule, text, range, "written", expected, "rewritten", actual));
            }
          }
        }
      }
    }
    assertTrue(rewritten > 100, "rules rewritten: " + rewritten);
    TestTexts.assertNoDifferences(compared, differences);
  }

  private static String first(Matcher m) {
    return m.find() ? m.start() + "-" + m.end() : "none";
  }
}
