package dev.attest.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Attest;
import dev.attest.analysis.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecentAnalysesTest {
  private static final Analyzer ANALYZER = Attest.analyzer();

  private static String article(String marker) {
    return "<html lang=\"en\"><body><p>By Jane Doe</p><p>The council met on Tuesday ("
        + marker
        + ").</p></body></html>";
  }

  @Test
  void returnsTheRememberedInstanceForTheSameContent() {
    String html = article("remembered");
    Analysis analysis = ANALYZER.analyze(html);
    RecentAnalyses.remember(ANALYZER, html, analysis);
    assertSame(analysis, RecentAnalyses.of(ANALYZER, html));
    assertSame(analysis, RecentAnalyses.of(ANALYZER, new String(html.toCharArray())));
  }

  @Test
  void computesOnceAndReusesIt() {
    String html = article("computed");
    Analysis first = RecentAnalyses.of(ANALYZER, html);
    assertTrue(first.hasViolation(Violation.MISSING_DISCLOSURE));
    assertFalse(first.hasViolation(Violation.MISSING_AUTHOR));
    assertSame(first, RecentAnalyses.of(ANALYZER, html));
  }

  @Test
  void aGivenLanguageIsAnalysedOnceAndServesTheValidatorsToo() {
    String html = article("in a language");
    long before = ANALYZER.analysesRun();
    Analysis danish = RecentAnalyses.of(ANALYZER, html, "da");
    assertEquals("da", danish.language());
    assertSame(danish, RecentAnalyses.of(ANALYZER, html, "da"));
    assertSame(danish, RecentAnalyses.of(ANALYZER, html), "what a validator looks up");
    assertEquals(before + 1, ANALYZER.analysesRun());
    Analysis english = RecentAnalyses.of(ANALYZER, html, "en");
    assertEquals("en", english.language());
    assertSame(english, RecentAnalyses.of(ANALYZER, html), "the latest save's language counts");
    assertSame(english, RecentAnalyses.of(ANALYZER, html, null));
  }

  @Test
  void differentContentGetsItsOwnAnalysis() {
    String html = article("one");
    String other = article("two");
    Analysis analysis = RecentAnalyses.of(ANALYZER, html);
    Analysis otherAnalysis = RecentAnalyses.of(ANALYZER, other);
    assertNotSame(analysis, otherAnalysis);
    assertTrue(otherAnalysis.text().contains("(two)"));
    // strings that differ only in an unpaired surrogate are different content too
    assertNotSame(
        RecentAnalyses.of(ANALYZER, article("\uD800")),
        RecentAnalyses.of(ANALYZER, article("\uDC00")));
  }

  @Test
  void rememberingAgainReplacesTheEarlierAnalysis() {
    String html = article("replaced");
    Analysis first = RecentAnalyses.of(ANALYZER, html);
    Analysis second = ANALYZER.analyze(html);
    RecentAnalyses.remember(ANALYZER, html, second);
    assertSame(second, RecentAnalyses.of(ANALYZER, html));
    assertNotSame(first, second);
  }

  @Test
  void anAnalyzerWithTheSameRulesSharesTheEntries() {
    Analyzer sameRules = Attest.analyzer(Path.of("config/rules"));
    assertEquals(ANALYZER.rulesVersion(), sameRules.rulesVersion());
    String html = article("same rules");
    Analysis analysis = RecentAnalyses.of(ANALYZER, html);
    assertSame(analysis, RecentAnalyses.of(sameRules, html));
  }

  @Test
  void refusesAnAnalysisMadeWithOtherRules() {
    String html = article("other rules");
    Analysis a = ANALYZER.analyze(html);
    Analysis foreign =
        new Analysis(
            a.language(),
            "sha256:other",
            a.disclosure(),
            a.author(),
            a.claims(),
            a.violations(),
            a.text());
    assertThrows(
        IllegalArgumentException.class, () -> RecentAnalyses.remember(ANALYZER, html, foreign));
    assertThrows(NullPointerException.class, () -> RecentAnalyses.of(ANALYZER, null));
  }

  @Test
  void isBoundedAndEvictsTheLeastRecentlyUsed() {
    String first = article("lru first");
    String kept = article("lru kept");
    Analysis firstAnalysis = RecentAnalyses.of(ANALYZER, first);
    Analysis keptAnalysis = RecentAnalyses.of(ANALYZER, kept);
    for (int i = 0; i < RecentAnalyses.MAX_ENTRIES; i++) {
      RecentAnalyses.of(ANALYZER, article("lru " + i));
      if (i % 16 == 0) {
        assertSame(keptAnalysis, RecentAnalyses.of(ANALYZER, kept)); // used, so never the eldest
      }
      assertTrue(RecentAnalyses.size() <= RecentAnalyses.MAX_ENTRIES);
    }
    assertEquals(RecentAnalyses.MAX_ENTRIES, RecentAnalyses.size());
    assertSame(keptAnalysis, RecentAnalyses.of(ANALYZER, kept));
    assertNotSame(firstAnalysis, RecentAnalyses.of(ANALYZER, first));
  }

  @Test
  void concurrentCallersGetOneInstance() throws Exception {
    String html = article("concurrent");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Analysis>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Analysis> call =
            () -> {
              start.await();
              return RecentAnalyses.of(ANALYZER, html);
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      Set<Analysis> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Future<Analysis> result : results) {
        distinct.add(result.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, distinct.size());
      assertSame(distinct.iterator().next(), RecentAnalyses.of(ANALYZER, html));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clearForgetsEverything() {
    String html = article("cleared");
    Analysis analysis = RecentAnalyses.of(ANALYZER, html);
    RecentAnalyses.clear();
    assertEquals(0, RecentAnalyses.size());
    assertNotSame(analysis, RecentAnalyses.of(ANALYZER, html));
  }
}
