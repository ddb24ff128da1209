package dev.attest.analysis;

import dev.attest.analysis.internal.ArticleText;
import dev.attest.analysis.internal.AuthorFinder;
import dev.attest.analysis.internal.Block;
import dev.attest.analysis.internal.ClaimFinder;
import dev.attest.analysis.internal.DisclosureFinder;
import dev.attest.analysis.internal.LanguageDetector;
import dev.attest.analysis.internal.TextExtractor;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.RuleSet;
import dev.attest.analysis.rules.TriggerIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Analyses articles with one rule set. Thread-safe and meant to be shared: create it once per rule
 * set (see {@link Attest}).
 */
public final class Analyzer {
  private static final int BINARY_PROBE = 8192;

  private final RuleSet rules;
  private final TextExtractor extractor;
  private final LanguageDetector languages;
  private final DisclosureFinder disclosures = new DisclosureFinder();
  private final AuthorFinder authors;
  private final ClaimFinder claims;
  private final LongAdder analyses = new LongAdder();

  public Analyzer(RuleSet rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    List<String> phrases = new ArrayList<>();
    rules.languages().forEach(l -> phrases.addAll(l.boilerplatePhrases()));
    this.extractor = new TextExtractor(rules.common(), phrases);
    this.languages = new LanguageDetector(rules);
    this.authors = new AuthorFinder(rules.common());
    this.claims = new ClaimFinder(rules.common());
  }

  public RuleSet rules() {
    return rules;
  }

  public String rulesVersion() {
    return rules.version();
  }

  /**
   * How many analyses this analyzer has run: lets a server show how often articles are parsed and
   * analysed, and that a save is analysed once however many checks look at it.
   */
  public long analysesRun() {
    return analyses.sum();
  }

  /**
   * Whether the rule set has rules of its own for this language (tag such as "de", "nb-NO"); else
   * the fallback's.
   */
  public boolean hasRulesFor(String language) {
    return rules.supports(LanguageDetector.normalise(language));
  }

  /** Analyses HTML given as text; the language is declared in the HTML or detected. */
  public Analysis analyze(String html) {
    return analyze(html, null);
  }

  /**
   * Analyses HTML given as text.
   *
   * @param language an ISO 639-1 code that overrides the declared or detected language, or null
   */
  public Analysis analyze(String html, String language) {
    return analyze(Jsoup.parse(html == null ? "" : html), language);
  }

  /**
   * Analyses HTML given as bytes, decoded by its byte-order mark or {@code <meta charset>}, else as
   * UTF-8 (invalid sequences become U+FFFD).
   *
   * @throws InvalidInputException when the bytes are binary data rather than text
   */
  public Analysis analyze(byte[] html, String language) {
    if (looksBinary(html)) {
      throw new InvalidInputException(
          "the content is binary data, not HTML or text; check that the right file was given");
    }
    try {
      return analyze(Jsoup.parse(new ByteArrayInputStream(html), null, ""), language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Analyses a parsed document. */
  public Analysis analyze(Document document, String language) {
    analyses.increment();
    ArticleText article = extractor.extract(document);
    String code =
        language != null && !language.isBlank()
            ? LanguageDetector.normalise(language)
            : languages.detect(document, article.text());
    LanguageRules lang = rules.forLanguage(code);
    TriggerIndex.Hits triggers = lang.triggers().scan(article.text());
    DisclosureFinder.Found found = disclosures.find(article, triggers, lang);
    Author author = authors.find(article, triggers, lang, found.author());
    Set<Block> notClaims = new HashSet<>(authors.bylines(article, triggers, lang));
    if (found.block() != null) {
      notClaims.add(found.block());
    }
    List<Claim> flagged = claims.find(article, triggers, lang, notClaims);
    List<Violation> violations = new ArrayList<>(2);
    if (!found.disclosure().present()) {
      violations.add(violation(lang, Violation.MISSING_DISCLOSURE));
    }
    if (author == null) {
      violations.add(violation(lang, Violation.MISSING_AUTHOR));
    }
    return new Analysis(
        code, rules.version(), found.disclosure(), author, flagged, violations, article.text());
  }

  private static Violation violation(LanguageRules lang, String code) {
    LanguageRules.ViolationText text = lang.violation(code);
    return new Violation(code, text.message(), text.hint());
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_PROBE);
    boolean utf16 =
        n >= 2
            && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    if (utf16) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
