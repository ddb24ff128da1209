package dev.attest.analysis.internal;

import dev.attest.analysis.Disclosure;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.PatternRule;
import dev.attest.analysis.rules.TriggerIndex;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the visible line that states how AI was used for this article. A block is a disclosure when
 * it is short, mentions AI, matches one of the language's disclosure rules (tried in file order;
 * the first wins), and either refers to the article itself ("Dieser Artikel …") or begins with the
 * matched phrase ("Übersetzt mit KI."). A declaration only in meta tags or JSON-LD is reported as
 * {@code metadataOnly}.
 */
public final class DisclosureFinder {
  private static final Evaluator META = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final int MAX_WORDS = 80;
  private static final int LEAD_IN_WORDS = 2;
  private static final int LABEL_WORDS = 8;

  /**
   * Meta names that declare AI use: "ai-disclosure", "ki:einsatz", "article:ai_generated",
   * "disclosure".
   */
  private static final java.util.regex.Pattern AI_META_NAME =
      java.util.regex.Pattern.compile("disclosure|(?<![a-z])(?:ai|ki)(?![a-z])");

  /** A disclosure and, when its rule names one, the author it mentions. */
  public record Found(Disclosure disclosure, Block block, String author) {}

  public Found find(ArticleText article, TriggerIndex.Hits triggers, LanguageRules rules) {
    Found best = null;
    int bestScore = 0;
    for (Block block : article.blocks()) {
      if (block.type() == Block.Type.HEADING
          || block.hasMoreWordsThan(MAX_WORDS)
          || quotesSomeone(article, block)
          || rules.aiTerms().find(article.text(), triggers, block.start(), block.end()) == null) {
        continue;
      }
      // only a line that refers to the article or is short enough to be a label can qualify: an
      // article about AI has many lines that mention it, and the rules cost far more than this
      boolean refers = refersToArticle(article, block, rules, triggers);
      if (!refers && block.hasMoreWordsThan(LABEL_WORDS)) {
        continue;
      }
      for (PatternRule rule : rules.disclosureRules()) {
        Matcher m = rule.find(article.text(), triggers, block.start(), block.end());
        if (m == null) {
          continue;
        }
        int score = refers ? 2 : isLabel(article.text(), block, m.start()) ? 1 : 0;
        if (score > 0 && score >= bestScore) {
          Disclosure disclosure =
              Disclosure.visible(article.slice(block), rule.aiUse(), block.start(), block.end());
          best = new Found(disclosure, block, author(article, block, rules));
          bestScore = score;
        }
        break;
      }
    }
    return best != null
        ? best
        : new Found(Disclosure.absent(declaredInMetadata(article, rules)), null, null);
  }

  private static String author(ArticleText article, Block block, LanguageRules rules) {
    if (rules.disclosureAuthor() == null) {
      return null;
    }
    Matcher m = rules.disclosureAuthor().matcher(article.text()).region(block.start(), block.end());
    return m.find() ? group(m, "author") : null;
  }

  /**
   * Whether the block is a short label line that begins with the matched phrase, give or take a
   * lead-in of a few words ("Übersetzt mit KI.", "Erstellt mit Hilfe von KI", "Note:
   * AI-assisted."). Longer lines must refer to the article itself, so that sentences about AI
   * ("KI-gestützte Systeme erkennen Tumore früher …") are not taken for a disclosure.
   */
  static boolean isLabel(String text, Block block, int at) {
    return !block.hasMoreWordsThan(LABEL_WORDS)
        && WordCount.of(text, block.start(), at, LEAD_IN_WORDS + 1) <= LEAD_IN_WORDS;
  }

  /**
   * A block with a direct quotation is reporting what someone said, not disclosing how the article
   * was made.
   */
  private static boolean quotesSomeone(ArticleText article, Block block) {
    String text = article.slice(block);
    return text.indexOf('„') >= 0
        || text.indexOf('“') >= 0
        || text.indexOf('«') >= 0
        || text.indexOf('»') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('”') >= 0;
  }

  private static boolean refersToArticle(
      ArticleText article, Block block, LanguageRules rules, TriggerIndex.Hits triggers) {
    return rules.selfReference().find(article.text(), triggers, block.start(), block.end()) != null;
  }

  /**
   * AI use declared only where readers do not look: a meta tag dedicated to it ({@code
   * name="ai-disclosure"}, {@code "ki:einsatz"}, …) or JSON-LD with an IPTC digital source type for
   * algorithmic media or a disclosure line.
   */
  private static boolean declaredInMetadata(ArticleText article, LanguageRules rules) {
    for (Element meta : article.document().select(META)) {
      String name =
          (meta.attr("name") + " " + meta.attr("property")).toLowerCase(java.util.Locale.ROOT);
      if (AI_META_NAME.matcher(name).find()) {
        return true;
      }
    }
    for (Element script : article.document().select(JSON_LD)) {
      String json = script.data();
      if (json.toLowerCase(java.util.Locale.ROOT).contains("algorithmicmedia")
          || disclosesInMetadata(json, rules)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether metadata text (JSON-LD) holds a disclosure: the rules are tried as on visible text,
   * where their triggers occur, which costs far less than a plain search with each.
   */
  private static boolean disclosesInMetadata(String text, LanguageRules rules) {
    TriggerIndex.Hits hits = rules.triggers().scan(text);
    if (rules.aiTerms().find(text, hits, 0, text.length()) == null
        || rules.selfReference().find(text, hits, 0, text.length()) == null) {
      return false;
    }
    for (PatternRule rule : rules.disclosureRules()) {
      if (rule.find(text, hits, 0, text.length()) != null) {
        return true;
      }
    }
    return false;
  }

  static String group(Matcher m, String name) {
    try {
      String value = m.group(name);
      return value == null ? null : value.strip();
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }
}
