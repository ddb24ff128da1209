package dev.attest.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import dev.attest.analysis.internal.ArticleText;
import dev.attest.analysis.internal.LanguageDetector;
import dev.attest.analysis.internal.TextExtractor;
import dev.attest.analysis.rules.LanguageRules;
import dev.attest.analysis.rules.TriggerIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full analysis against a bare {@code Jsoup.parse} of the same input, on the seed article and on an
 * article ten times its length (the seed's body repeated), and beside them the ICU4J sentence
 * iteration over the article's visible text alone: a part of the analysis that no tuning of
 * attest's own code removes. Run with {@code mvn -Pbench verify} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
  /**
   * The seed, the seed ten times, or a corpus article (the language whose source rules cost most:
   * da, fr).
   */
  @Param({"seed", "seed-x10", "corpus/da-01-ulve", "corpus/fr-01-incendies-chili"})
  public String article;

  private String html;
  private String visibleText;
  private Analyzer analyzer;
  private BreakIterator sentences;
  private TextExtractor extractor;
  private LanguageDetector languages;

  @Setup
  public void load() throws IOException {
    String seed =
        Files.readString(
            Path.of("src/test/resources/seed/seed-article.html"), StandardCharsets.UTF_8);
    html =
        switch (article) {
          case "seed" -> seed;
          case "seed-x10" -> tenTimes(seed);
          default ->
              Files.readString(
                  Path.of("src/test/resources/" + article + ".html"), StandardCharsets.UTF_8);
        };
    analyzer = Attest.analyzer();
    List<String> phrases = new ArrayList<>();
    analyzer.rules().languages().forEach(l -> phrases.addAll(l.boilerplatePhrases()));
    extractor = new TextExtractor(analyzer.rules().common(), phrases);
    languages = new LanguageDetector(analyzer.rules());
    Analysis analysis = analyzer.analyze(html);
    visibleText = analysis.text();
    sentences = BreakIterator.getSentenceInstance(new ULocale(analysis.language()));
  }

  static String tenTimes(String seed) {
    int start = seed.indexOf("<article>") + "<article>".length();
    int end = seed.indexOf("</article>");
    String body = seed.substring(start, end);
    return seed.substring(0, start) + body.repeat(10) + seed.substring(end);
  }

  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(html);
  }

  @Benchmark
  public Analysis analyze() {
    return analyzer.analyze(html);
  }

  /**
   * What every analysis does before a single rule is tried: the parse, the visible text with its
   * blocks and marks, the language and one scan for the rules' trigger words. The 3× target is
   * measured against the parse alone, so this floor says how much of it is left for the rules.
   */
  @Benchmark
  public TriggerIndex.Hits beforeAnyRule() {
    Document document = Jsoup.parse(html);
    ArticleText text = extractor.extract(document);
    LanguageRules rules = analyzer.rules().forLanguage(languages.detect(document, text.text()));
    return rules.triggers().scan(text.text());
  }

  /** Every sentence boundary of the visible text, found by ICU4J alone (no abbreviation filter). */
  @Benchmark
  public int icuSentenceBreaks() {
    sentences.setText(visibleText);
    int count = 0;
    for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
      count++;
    }
    return count;
  }
}
