package dev.attest.analysis.rules;

import dev.attest.analysis.Attest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test articles' visible texts, and ranges of them to search, for tests that compare two ways
 * of matching.
 */
final class TestTexts {
  private TestTexts() {}

  /**
   * Every pattern rule of a language: cues, sources, disclosure rules, bylines and the AI-terms and
   * self-reference gates.
   */
  static List<PatternRule> allRules(LanguageRules lang) {
    List<PatternRule> all = new ArrayList<>(lang.cues());
    all.addAll(lang.sources());
    all.addAll(lang.disclosureRules());
    all.addAll(lang.bylines());
    all.add(lang.aiTerms());
    all.add(lang.selfReference());
    return all;
  }

  /**
   * One line for a range where the two ways of matching disagree: the rule, the text and both
   * answers.
   */
  static String difference(
      PatternRule rule,
      String text,
      int[] range,
      String oneWay,
      String one,
      String other,
      String two) {
    return rule.id()
        + " on '"
        + text.substring(range[0], range[1])
        + "': "
        + oneWay
        + " "
        + one
        + ", "
        + other
        + " "
        + two;
  }

  /** Fails unless more than 100,000 ranges were compared and no comparison disagreed. */
  static void assertNoDifferences(int compared, List<String> differences) {
    org.junit.jupiter.api.Assertions.assertTrue(compared > 100_000, "compared " + compared);
    org.junit.jupiter.api.Assertions.assertTrue(
        differences.isEmpty(),
        () ->
            differences.size()
                + " differences, e.g. "
                + differences.subList(0, Math.min(5, differences.size())));
  }

  /** The visible text of the seed and of every corpus and held-out article. */
  static List<String> articleTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String folder :
        List.of(
            "src/test/resources/corpus", "src/test/resources/heldout", "src/test/resources/seed")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          texts.add(Attest.analyzer().analyze(Files.readAllBytes(html), null).text());
        }
      }
    }
    return texts;
  }

  /** Each paragraph, and each piece of it up to and including ". " (a rough sentence). */
  static List<int[]> ranges(String text) {
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      ranges.add(new int[] {start, end});
      int from = start;
      for (int dot = text.indexOf(". ", from);
          dot >= 0 && dot < end;
          dot = text.indexOf(". ", from)) {
        ranges.add(new int[] {from, dot + 1});
        from = dot + 2;
      }
      if (from > start && from < end) {
        ranges.add(new int[] {from, end});
      }
      start = end + 1;
    }
    return ranges;
  }
}
