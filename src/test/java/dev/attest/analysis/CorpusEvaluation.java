package dev.attest.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares analyses with hand labels: flagged sentences (precision and recall over the labelled
 * {@code must_flag} and {@code must_not_flag} sentences) and per-document language, disclosure
 * (presence, class, metadata-only), author and violation codes.
 */
final class CorpusEvaluation {
  private final Analyzer analyzer;
  private final Map<String, Counts> claimsByLanguage = new TreeMap<>();
  private final Counts claims = new Counts();
  private final Score language = new Score("language");
  private final Score disclosure = new Score("disclosure (present, aiUse, metadataOnly)");
  private final Score author = new Score("author");
  private final Score violations = new Score("violation codes");
  private final List<String> mistakes = new ArrayList<>();
  private int documents;

  CorpusEvaluation(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Precision/recall counts: a labelled sentence is flagged when a claim's text overlaps it. */
  static final class Counts {
    int truePositives;
    int falseNegatives;
    int falsePositives;
    int trueNegatives;

    double recall() {
      int all = truePositives + falseNegatives;
      return all == 0 ? 1 : (double) truePositives / all;
    }

    double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 1 : (double) truePositives / flagged;
    }
  }

  /** Share of documents where one aspect is right. */
  static final class Score {
    final String name;
    int right;
    int total;

    Score(String name) {
      this.name = name;
    }

    void count(boolean ok) {
      total++;
      if (ok) {
        right++;
      }
    }

    double accuracy() {
      return total == 0 ? 1 : (double) right / total;
    }
  }

  void add(String file, byte[] html, JsonNode labels) {
    documents++;
    Analysis a = analyzer.analyze(html, null);
    String lang = labels.get("language").asText();
    Counts perLanguage = claimsByLanguage.computeIfAbsent(lang, k -> new Counts());
    for (JsonNode sentence : labels.get("must_flag")) {
      boolean flagged = flagged(a, sentence.asText());
      if (flagged) {
        claims.truePositives++;
        perLanguage.truePositives++;
      } else {
        claims.falseNegatives++;
        perLanguage.falseNegatives++;
        mistakes.add(file + ": missed   " + sentence.asText());
      }
    }
    for (JsonNode sentence : labels.get("must_not_flag")) {
      Claim claim = claimFor(a, sentence.asText());
      if (claim != null) {
        claims.falsePositives++;
        perLanguage.falsePositives++;
        mistakes.add(file + ": wrongly  " + sentence.asText() + "  <- " + cues(claim));
      } else {
        claims.trueNegatives++;
        perLanguage.trueNegatives++;
      }
    }
    check(language, file, lang, a.language());
    String expectedDisclosure =
        labels.get("disclosure_present").asBoolean()
            ? "present " + labels.get("ai_use").asText()
            : "absent metadataOnly=" + labels.path("metadata_only").asBoolean(false);
    String actualDisclosure =
        a.disclosure().present()
            ? "present " + a.disclosure().aiUse()
            : "absent metadataOnly=" + a.disclosure().metadataOnly();
    check(disclosure, file, expectedDisclosure, actualDisclosure);
    String expectedAuthor = labels.get("author").isNull() ? "none" : labels.get("author").asText();
    check(author, file, expectedAuthor, a.author() == null ? "none" : a.author().name());
    TreeSet<String> expectedCodes = new TreeSet<>();
    labels.get("violations").forEach(v -> expectedCodes.add(v.asText()));
    TreeSet<String> actualCodes = new TreeSet<>();
    a.violations().forEach(v -> actualCodes.add(v.code()));
    check(violations, file, expectedCodes.toString(), actualCodes.toString());
  }

  private void check(Score score, String file, String expected, String actual) {
    boolean ok = expected.equals(actual);
    score.count(ok);
    if (!ok) {
      mistakes.add(file + ": " + score.name + " expected <" + expected + "> got <" + actual + ">");
    }
  }

  private static boolean flagged(Analysis a, String sentence) {
    return claimFor(a, sentence) != null;
  }

  private static Claim claimFor(Analysis a, String sentence) {
    String s = sentence.strip();
    for (Claim claim : a.claims()) {
      if (claim.text().contains(s) || s.contains(claim.text())) {
        return claim;
      }
    }
    return null;
  }

  private static String cues(Claim claim) {
    StringBuilder out = new StringBuilder();
    claim.reasons().forEach(r -> out.append(r.rule()).append(" [").append(r.cue()).append("] "));
    return out.toString();
  }

  int documents() {
    return documents;
  }

  java.util.Set<String> languages() {
    return claimsByLanguage.keySet();
  }

  Counts claims() {
    return claims;
  }

  Score language() {
    return language;
  }

  Score disclosure() {
    return disclosure;
  }

  Score author() {
    return author;
  }

  Score violations() {
    return violations;
  }

  String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "attest corpus evaluation: %d documents, rules %s%n%n",
            documents,
            analyzer.rulesVersion()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-8s %6s %6s %6s %6s %9s %7s%n",
            "language",
            "TP",
            "FN",
            "FP",
            "TN",
            "precision",
            "recall"));
    claimsByLanguage.forEach((lang, c) -> out.append(row(lang, c)));
    out.append(row("all", claims)).append('\n');
    for (Score s : List.of(language, disclosure, author, violations)) {
      out.append(
          String.format(
              Locale.ROOT, "%-45s %3d/%3d  %.3f%n", s.name, s.right, s.total, s.accuracy()));
    }
    out.append("\nmistakes (").append(mistakes.size()).append("):\n");
    mistakes.forEach(m -> out.append("  ").append(m).append('\n'));
    return out.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(
        Locale.ROOT,
        "%-8s %6d %6d %6d %6d %9.3f %7.3f%n",
        name,
        c.truePositives,
        c.falseNegatives,
        c.falsePositives,
        c.trueNegatives,
        c.precision(),
        c.recall());
  }
}
