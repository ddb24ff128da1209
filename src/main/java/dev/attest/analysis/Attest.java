package dev.attest.analysis;

import dev.attest.analysis.rules.RuleSet;
import java.nio.file.Path;

/**
 * The entry point: {@code Attest.analyze(html)} with the bundled rules, or an {@link Analyzer} for
 * a rule folder.
 */
public final class Attest {
  private Attest() {}

  private static final class Bundled {
    static final Analyzer ANALYZER = new Analyzer(RuleSet.bundled());
  }

  /** The shared analyzer with the rules bundled in attest (a copy of {@code config/rules/}). */
  public static Analyzer analyzer() {
    return Bundled.ANALYZER;
  }

  /** A new analyzer with the rules in {@code rulesDir}; create it once and share it. */
  public static Analyzer analyzer(Path rulesDir) {
    return new Analyzer(RuleSet.load(rulesDir));
  }

  /** Analyses HTML with the bundled rules. */
  public static Analysis analyze(String html) {
    return analyzer().analyze(html);
  }
}
