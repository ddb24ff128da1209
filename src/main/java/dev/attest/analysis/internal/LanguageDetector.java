package dev.attest.analysis.internal;

import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.RuleSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article's language: {@code <html lang>}, else a {@code Content-Language} meta, else the
 * language whose stop words occur most often in the first part of the visible text. Norwegian
 * ("no", "nn") maps to Bokmål rules.
 */
public final class LanguageDetector {
  private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
  private static final Evaluator CONTENT_LANGUAGE =
      QueryParser.parse("meta[http-equiv=content-language][content]");
  private static final int SAMPLE_CHARS = 6000;
  private static final int MIN_HITS = 3;
  private static final int[] NONE = {};

  private final RuleSet rules;
  private final List<LanguageRules> candidates;

  /**
   * For each stop word, the indexes in {@link #candidates} of the languages that list it: one
   * look-up per word.
   */
  private final java.util.Map<String, int[]> languagesByStopword;

  /** The longest stop word: a longer word is not looked up. */
  private final int longestStopword;

  public LanguageDetector(RuleSet rules) {
    this.rules = rules;
    this.candidates = List.copyOf(rules.languages());
    java.util.Map<String, int[]> byWord = new java.util.HashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      for (String word : candidates.get(c).stopwords()) {
        int[] known = byWord.getOrDefault(word, new int[0]);
        int[] more = java.util.Arrays.copyOf(known, known.length + 1);
        more[known.length] = c;
        byWord.put(word, more);
      }
    }
    this.languagesByStopword = java.util.Map.copyOf(byWord);
    this.longestStopword = byWord.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The declared language, else the one detected from the text.
   *
   * @param lower the visible text lower-cased char by char ({@link ArticleText#lower()})
   */
  public String detect(Document document, String lower) {
    String declared = declared(document);
    return declared != null ? declared : fromText(lower);
  }

  private static String declared(Document document) {
    Element html = document.selectFirst(HTML_LANG);
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      Element meta = document.selectFirst(CONTENT_LANGUAGE);
      lang = meta == null ? "" : meta.attr("content");
    }
    return lang.isBlank() ? null : normalise(lang);
  }

  public static String normalise(String tag) {
    String primary = tag.trim().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "no", "nn", "nob" -> "nb";
      case "ger", "deu" -> "de";
      case "eng" -> "en";
      default -> primary;
    };
  }

  /** The language whose stop words occur most in the lower-cased text's first 6,000 chars. */
  String fromText(String lower) {
    int end = Math.min(lower.length(), SAMPLE_CHARS);
    int[] hits = new int[candidates.size()];
    int i = 0;
    while (i < end) {
      while (i < end && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= longestStopword) {
        for (int c : languagesByStopword.getOrDefault(lower.substring(start, i), NONE)) {
          hits[c]++;
        }
      }
    }
    String best = rules.fallbackLanguage();
    int bestHits = MIN_HITS - 1;
    for (int c = 0; c < hits.length; c++) {
      if (hits[c] > bestHits) {
        best = candidates.get(c).code();
        bestHits = hits[c];
      }
    }
    return best;
  }
}
