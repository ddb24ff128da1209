package dev.attest.bench;

import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/**
 * The analysis against a bare JSoup parse on a noisy machine: for each article, rounds of {@value
 * #ROUND} analyses alternate with rounds of as many parses for a fixed time, and the best round of
 * each is shown (the fastest a round ran, which the machine's other work can only slow down).
 * Comparing two versions, run it once with each version's classes, back to back; it uses only the
 * public API, so the classes of an older commit will do: {@code java -cp
 * <classes>:target/test-classes:<test classpath> dev.attest.bench.BestRound 12 seed seed-x10
 * src/test/resources/corpus/da-01-ulve.html}.
 */
public final class BestRound {
  private static final int ROUND = 200;

  private BestRound() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BestRound SECONDS_PER_ARTICLE (seed | seed-x10 | FILE)...");
      System.exit(2);
    }
    Analyzer analyzer = Attest.analyzer();
    long nanos = Long.parseLong(args[0]) * 1_000_000_000L;
    for (int a = 1; a < args.length; a++) {
      String html = read(args[a]);
      long analysis = Long.MAX_VALUE;
      long parse = Long.MAX_VALUE;
      int claims = 0;
      int nodes = 0;
      for (long end = System.nanoTime() + nanos; System.nanoTime() < end; ) {
        long start = System.nanoTime();
        for (int i = 0; i < ROUND; i++) {
          claims += analyzer.analyze(html).claims().size();
        }
        analysis = Math.min(analysis, (System.nanoTime() - start) / ROUND);
        start = System.nanoTime();
        for (int i = 0; i < ROUND; i++) {
          nodes += Jsoup.parse(html).childNodeSize();
        }
        parse = Math.min(parse, (System.nanoTime() - start) / ROUND);
      }
      System.out.printf(
          "%-34s analysis %8.1f µs   Jsoup.parse %7.1f µs   ratio %5.1f   (%d claims, %d nodes)%n",
          args[a], analysis / 1000.0, parse / 1000.0, (double) analysis / parse, claims, nodes);
    }
  }

  private static String read(String article) throws IOException {
    String seed =
        Files.readString(
            Path.of("src/test/resources/seed/seed-article.html"), StandardCharsets.UTF_8);
    return switch (article) {
      case "seed" -> seed;
      case "seed-x10" -> AnalysisBenchmark.tenTimes(seed);
      default -> Files.readString(Path.of(article), StandardCharsets.UTF_8);
    };
  }
}
