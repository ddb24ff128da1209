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
 * round's thread CPU time per article is shown per stage (the clock reads add half a microsecond to
 * each on a quiet machine, up to 3 µs on a busy virtual one); then, without those clocks, the
 * parse, all that comes before the first rule, and the whole analysis. Complements {@link
 * AnalysisBenchmark}, which measures the whole; run with {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) dev.attest.bench.AnalysisStages 10 FILE…}.
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
      long[] floor = stages.floor(html, nanos);
      System.out.printf(
          "  without clocks: parse %.1f µs, before any rule %.1f µs (%.2f× the parse),"
              + " analysis %.1f µs (%.2f×)%n",
          floor[0] / 1000.0,
          floor[1] / 1000.0,
          (double) floor[1] / floor[0],
          floor[2] / 1000.0,
          (double) floor[2] / floor[0]);
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
   * The best round's wall time per article, without a clock read between stages: the bare parse,
   * everything an analysis does before it tries a rule (parse, visible text, language, trigger
   * scan), and the whole analysis, in alternating rounds.
   */
  private long[] floor(String html, long nanos) {
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    Analyzer analyzer = Attest.analyzer();
    int sink = 0;
    for (long end = System.nanoTime() + nanos; System.nanoTime() < end; ) {
      long start = System.nanoTime();
      for (int i = 0; i < ROUND; i++) {
        sink += Jsoup.parse(html).childNodeSize();
      }
      best[0] = Math.min(best[0], (System.nanoTime() - start) / ROUND);
      start = System.nanoTime();
      for (int i = 0; i < ROUND; i++) {
        Document document = Jsoup.parse(html);
        ArticleText article = extractor.extract(document);
        LanguageRules lang = rules.forLanguage(languages.detect(document, article.text()));
        sink += lang.triggers().scan(article.text()).hashCode() & 1;
      }
      best[1] = Math.min(best[1], (System.nanoTime() - start) / ROUND);
      start = System.nanoTime();
      for (int i = 0; i < ROUND; i++) {
        sink += analyzer.analyze(html).claims().size();
      }
      best[2] = Math.min(best[2], (System.nanoTime() - start) / ROUND);
    }
    return sink == Integer.MIN_VALUE ? new long[3] : best;
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
