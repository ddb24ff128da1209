package dev.attest.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.AuthorSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every rule in {@code config/rules/}: a "match" example must fire the rule,
 * a "noMatch" example must not. Cue and source rules are tried on the example sentence (with their
 * triggers); disclosure and byline rules through the whole analysis of a one-paragraph article.
 */
class RuleExamplesTest {
  static final RuleSet RULES = RuleSet.load(Path.of("config/rules"));
  static final Analyzer ANALYZER = new Analyzer(RULES);

  @TestFactory
  Stream<DynamicTest> everyRuleExampleHolds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LanguageRules lang : RULES.languages()) {
      for (PatternRule rule : concat(lang.cues(), lang.sources())) {
        rule.matchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            rule.id() + " matches: " + ex,
                            () ->
                                assertTrue(
                                    fires(lang, rule, ex),
                                    () ->
                                        rule.id()
                                            + " should fire on: "
                                            + ex
                                            + " (triggers "
                                            + rule.triggers()
                                            + ")"))));
        rule.noMatchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            rule.id() + " ignores: " + ex,
                            () ->
                                assertFalse(
                                    fires(lang, rule, ex),
                                    () -> rule.id() + " should not fire on: " + ex))));
      }
      for (PatternRule rule : lang.disclosureRules()) {
        rule.matchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            rule.id() + " classifies: " + ex,
                            () -> {
                              Analysis a = analyse(lang, ex);
                              assertTrue(
                                  a.disclosure().present(), () -> "no disclosure found in: " + ex);
                              assertEquals(
                                  rule.aiUse(),
                                  a.disclosure().aiUse(),
                                  () -> "wrong class for: " + ex);
                            })));
        rule.noMatchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            rule.id() + " does not classify: " + ex,
                            () ->
                                assertNotEquals(
                                    rule.aiUse(),
                                    analyse(lang, ex).disclosure().aiUse(),
                                    () -> "wrongly " + rule.aiUse() + ": " + ex))));
      }
      for (PatternRule rule : lang.bylines()) {
        rule.matchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            lang.code() + " " + rule.id() + " reads: " + ex,
                            () -> {
                              String[] parts = ex.split("\\s*=>\\s*");
                              assertEquals(
                                  2, parts.length, "a byline example reads 'line => name'");
                              Analysis a = analyse(lang, parts[0]);
                              assertTrue(
                                  a.author() != null && a.author().foundIn() == AuthorSource.BYLINE,
                                  () -> "no byline author in: " + parts[0]);
                              assertEquals(parts[1], a.author().name());
                            })));
        rule.noMatchExamples()
            .forEach(
                ex ->
                    tests.add(
                        dynamicTest(
                            lang.code() + " " + rule.id() + " rejects: " + ex,
                            () ->
                                assertEquals(
                                    null,
                                    analyse(lang, ex).author(),
                                    () -> "author wrongly found in: " + ex))));
      }
    }
    return tests.stream();
  }

  @Test
  void everyCueAndSourceRuleHasTriggersSoArticlesStayFast() {
    List<String> untriggered = new ArrayList<>();
    for (LanguageRules lang : RULES.languages()) {
      for (PatternRule rule : concat(lang.cues(), lang.sources())) {
        if (rule.triggers().isEmpty()) {
          untriggered.add(rule.id());
        }
      }
    }
    assertTrue(
        untriggered.isEmpty(),
        () -> "cue and source rules without triggers (add 'triggers:'): " + untriggered);
  }

  @Test
  void everyRuleHasExamplesBothWays() {
    List<String> missing = new ArrayList<>();
    for (LanguageRules lang : RULES.languages()) {
      for (PatternRule rule :
          concat(
              concat(lang.cues(), lang.sources()),
              concat(lang.disclosureRules(), lang.bylines()))) {
        if (rule.matchExamples().isEmpty() || rule.noMatchExamples().isEmpty()) {
          missing.add(rule.id());
        }
      }
    }
    assertTrue(missing.isEmpty(), () -> "rules without match and noMatch examples: " + missing);
  }

  @Test
  void everyLanguageHasMessagesViolationsAndTemplates() {
    for (LanguageRules lang : RULES.languages()) {
      assertEquals(4, lang.messages().size(), lang.code() + " messages per cue kind");
      assertTrue(lang.violations().containsKey("MISSING_DISCLOSURE"), lang.code());
      assertTrue(lang.violations().containsKey("MISSING_AUTHOR"), lang.code());
      assertEquals(
          6, lang.disclosureTemplates().size(), lang.code() + " a template per AI-use class");
      assertFalse(lang.stopwords().isEmpty(), lang.code());
      lang.disclosureTemplates()
          .forEach(
              (aiUse, line) -> {
                Analysis a = analyse(lang, line);
                assertEquals(
                    aiUse,
                    a.disclosure().aiUse(),
                    () -> lang.code() + " template is not recognised as " + aiUse + ": " + line);
              });
    }
  }

  /**
   * Whether the rule fires on the example as the analysis searches it: triggers, then the pattern
   * at its starts.
   */
  private static boolean fires(LanguageRules lang, PatternRule rule, String example) {
    return rule.find(example, lang.triggers().scan(example), 0, example.length()) != null;
  }

  private static Analysis analyse(LanguageRules lang, String line) {
    return ANALYZER.analyze("<p>" + Entities.escape(line) + "</p>", lang.code());
  }

  private static List<PatternRule> concat(List<PatternRule> a, List<PatternRule> b) {
    List<PatternRule> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
