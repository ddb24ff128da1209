package dev.attest.bench;

import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where an analysis spends its time, stage by stage, as {@link Analyzer#analyze(Document, String)}
 * runs them: each article is analysed for a fixed time in rounds of {@value #ROUND} and the best
 * round's thread CPU time per article is shown per stage (the clock reads add about half a
 * microsecond to each). Complements {@link AnalysisBenchmark}, which measures the whole; run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.attest.bench.AnalysisStages
 * 10 FILE…}.
 */
public final class AnalysisStages {
  private static final int ROUND = 300;
  private static final String[] STAGES = {
    "parse", "extract", "language", "trigger scan", "disclosure", "author", "bylines", "claims"
  };

  private final RuleSet rules = Attest.analyzer().rules();
  private final TextExtractor extractor;
  private final LanguageDetector languages = new LanguageDetector(rules);
  private final DisclosureFinder disclosures = new DisclosureFinder();
  private final AuthorFinder authors = new AuthorFinder(rules.common());
  private final ClaimFinder claims = new ClaimFinder(rules.common());
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  private AnalysisStages() {
    List<String> phrases = new ArrayList<>();
    rules.languages().forEach(l -> phrases.addAll(l.boilerplatePhrases()));
    extractor = new TextExtractor(rules.common(), phrases);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AnalysisStages SECONDS_PER_FILE FILE...");
      System.exit(2);
    }
    AnalysisStages stages = new AnalysisStages();
    long nanos = Long.parseLong(args[0]) * 1_000_000_000L;
    for (int f = 1; f < args.length; f++) {
      String html = Files.readString(Path.of(args[f]), StandardCharsets.UTF_8);
      System.out.println(
          Path.of(args[f]).getFileName() + ": " + format(stages.bestRound(html, nanos)));
    }
  }

  private long[] bestRound(String html, long nanos) {
    long[] best = new long[STAGES.length];
    Arrays.fill(best, Long.MAX_VALUE);
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      long[] round = new long[STAGES.length];
      for (int i = 0; i < ROUND; i++) {
        analyse(html, round);
      }
      for (int s = 0; s < STAGES.length; s++) {
        best[s] = Math.min(best[s], round[s] / ROUND);
      }
    }
    return best;
  }

  /**
   * One analysis, the stages of {@code Analyzer.analyze}, each one's CPU time added to {@code
   * spent}.
   */
  private void analyse(String html, long[] spent) {
    Stopwatch clock = new Stopwatch(spent);
    Document document = Jsoup.parse(html);
    clock.lap(0);
    ArticleText article = extractor.extract(document);
    clock.lap(1);
    LanguageRules lang = rules.forLanguage(languages.detect(document, article.text()));
    clock.lap(2);
    TriggerIndex.Hits triggers = lang.triggers().scan(article.text());
    clock.lap(3);
    DisclosureFinder.Found found = disclosures.find(article, triggers, lang);
    clock.lap(4);
    authors.find(article, triggers, lang, found.author());
    clock.lap(5);
    Set<Block> notClaims = new HashSet<>(authors.bylines(article, triggers, lang));
    if (found.block() != null) {
      notClaims.add(found.block());
    }
    clock.lap(6);
    claims.find(article, triggers, lang, notClaims);
    clock.lap(7);
  }

  private final class Stopwatch {
    private final long[] spent;
    private long last = threads.getCurrentThreadCpuTime();

    Stopwatch(long[] spent) {
      this.spent = spent;
    }

    void lap(int stage) {
      long now = threads.getCurrentThreadCpuTime();
      spent[stage] += now - last;
      last = now;
    }
  }

  private static String format(long[] nanos) {
    StringBuilder line = new StringBuilder();
    long total = 0;
    for (int s = 0; s < STAGES.length; s++) {
      line.append(String.format("%s %.1f µs, ", STAGES[s], nanos[s] / 1000.0));
      total += nanos[s];
    }
    return line.append(String.format("total %.1f µs", total / 1000.0)).toString();
  }
}
