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
   * The stop words in an open-addressing table by their {@link String#hashCode()}, which the
   * detection computes as it reads a word, so that a word of the text is looked up without being
   * cut out of it; {@link #languagesOf} holds, at the same slot, the indexes in {@link #candidates}
   * of the languages that list the word.
   */
  private final String[] stopwords;

  private final int[][] languagesOf;

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
    int slots = Integer.highestOneBit(Math.max(1, byWord.size()) * 4);
    this.stopwords = new String[slots];
    this.languagesOf = new int[slots][];
    byWord.forEach(
        (word, languages) -> {
          int slot = word.hashCode() & (slots - 1);
          while (stopwords[slot] != null) {
            slot = (slot + 1) & (slots - 1);
          }
          stopwords[slot] = word;
          languagesOf[slot] = languages;
        });
    this.longestStopword = byWord.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The languages that list {@code text[start, end)} lower-cased as a stop word, given the hash of
   * its lower case.
   */
  private int[] languagesOf(String text, int start, int end, int hash) {
    int mask = stopwords.length - 1;
    for (int slot = hash & mask; stopwords[slot] != null; slot = (slot + 1) & mask) {
      String word = stopwords[slot];
      if (word.length() == end - start && isLowerCaseOf(word, text, start)) {
        return languagesOf[slot];
      }
    }
    return NONE;
  }

  private static boolean isLowerCaseOf(String word, String text, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (CharKinds.lower(text.charAt(start + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The declared language, else the one detected from the text.
   *
   * @param text the visible text ({@link ArticleText#text()})
   */
  public String detect(Document document, String text) {
    String declared = declared(document);
    return declared != null ? declared : fromText(text);
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

  /** The language whose stop words occur most in the text's first 6,000 chars, in any case. */
  String fromText(String text) {
    int end = Math.min(text.length(), SAMPLE_CHARS);
    int[] hits = new int[candidates.size()];
    int i = 0;
    while (i < end) {
      while (i < end && !CharKinds.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      int hash = 0;
      while (i < end && CharKinds.isLetter(text.charAt(i))) {
        hash = 31 * hash + CharKinds.lower(text.charAt(i));
        i++;
      }
      if (i > start && i - start <= longestStopword) {
        for (int c : languagesOf(text, start, i, hash)) {
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
