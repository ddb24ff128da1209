package dev.attest.constraints;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Analyzer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A small memo of the most recent analyses, so that one piece of content is parsed once however
 * many parts of the application look at it: the server's save interceptor analyses an article and
 * {@link #remember remembers} the result, and the {@link AiDisclosure} and {@link NamedAuthor}
 * validators that run on the same content afterwards {@linkplain #of reuse} it instead of analysing
 * it again (and reuse each other's analysis).
 *
 * <p>An entry is keyed by the analyzer's {@linkplain Analyzer#rulesVersion() rules version} and the
 * SHA-256 of the HTML (its UTF-16 code units, so every distinct string has its own key); changed
 * content or changed rules never match an old entry. It holds the {@link Analysis} (immutable), not
 * the HTML. The memo is least-recently-used and bounded: at most {@value #MAX_ENTRIES} analyses and
 * at most {@value #MAX_TEXT_CHARS} characters of visible text in all, so it stays small however
 * large the articles are. It is thread-safe; analyses run outside its lock.
 *
 * <p>The key does not include a language override: an analysis remembered for some HTML is what
 * every later look-up of that HTML with the same rules gets, which is what a save wants (the
 * validators see the analysis the save made, language and all).
 */
public final class RecentAnalyses {
  /** How many analyses are kept at most. */
  public static final int MAX_ENTRIES = 256;

  /**
   * How many characters of visible text ({@link Analysis#text()}) the kept analyses hold at most,
   * together.
   */
  public static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;

  private static final Map<Key, Analysis> RECENT =
      new LinkedHashMap<>(MAX_ENTRIES * 4 / 3 + 1, 0.75f, true);
  private static long textChars;

  private RecentAnalyses() {}

  /**
   * The analysis of {@code html} with {@code analyzer}'s rules: the one remembered or computed
   * recently for the same content and rules version, else a new one (then remembered). Concurrent
   * callers for the same content get the same instance once one of them has stored it.
   */
  public static Analysis of(Analyzer analyzer, String html) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(html, "html");
    Key key = Key.of(analyzer.rulesVersion(), html);
    Analysis known = get(key);
    if (known != null) {
      return known;
    }
    return put(key, analyzer.analyze(html), false);
  }

  /**
   * The analysis of {@code html} in {@code language}: with no language, as {@link #of(Analyzer,
   * String)}; with one, the analysis in that language, computed once for the content and language
   * and also remembered for the content alone, so that the validators that run when it is persisted
   * (they know only the HTML) judge that analysis instead of parsing again.
   */
  public static Analysis of(Analyzer analyzer, String html, String language) {
    if (language == null) {
      return of(analyzer, html);
    }
    Objects.requireNonNull(html, "html");
    Key key = Key.of(analyzer.rulesVersion() + " in " + language, html);
    Analysis analysis = get(key);
    if (analysis == null) {
      analysis = put(key, analyzer.analyze(html, language), false);
    }
    remember(analyzer, html, analysis);
    return analysis;
  }

  /**
   * Remembers that {@code analysis} is the analysis of {@code html} with {@code analyzer}'s rules,
   * replacing any earlier one, so that {@link #of} returns this instance for the same content and
   * rules.
   *
   * @throws IllegalArgumentException when the analysis was made with other rules than {@code
   *     analyzer}'s
   */
  public static void remember(Analyzer analyzer, String html, Analysis analysis) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(analysis, "analysis");
    if (!analyzer.rulesVersion().equals(analysis.rulesVersion())) {
      throw new IllegalArgumentException(
          "the analysis was made with rules "
              + analysis.rulesVersion()
              + ", not with the analyzer's rules "
              + analyzer.rulesVersion());
    }
    put(Key.of(analyzer.rulesVersion(), html), analysis, true);
  }

  /** Forgets every analysis (for tests and for a reload of the rules). */
  public static void clear() {
    synchronized (RECENT) {
      RECENT.clear();
      textChars = 0;
    }
  }

  /** How many analyses are kept now. */
  public static int size() {
    synchronized (RECENT) {
      return RECENT.size();
    }
  }

  private static Analysis get(Key key) {
    synchronized (RECENT) {
      return RECENT.get(key);
    }
  }

  /**
   * Stores the analysis (or, unless replacing, keeps one stored meanwhile) and returns the one kept
   * for the key.
   */
  private static Analysis put(Key key, Analysis analysis, boolean replace) {
    synchronized (RECENT) {
      Analysis previous = RECENT.get(key);
      if (previous != null && !replace) {
        return previous;
      }
      RECENT.put(key, analysis);
      textChars += weight(analysis) - (previous == null ? 0 : weight(previous));
      // eldest first; the entry just stored is last, and the loop never removes the last one
      Iterator<Analysis> eldestFirst = RECENT.values().iterator();
      while (RECENT.size() > 1 && (RECENT.size() > MAX_ENTRIES || textChars > MAX_TEXT_CHARS)) {
        textChars -= weight(eldestFirst.next());
        eldestFirst.remove();
      }
      return analysis;
    }
  }

  private static long weight(Analysis analysis) {
    return analysis.text() == null ? 0 : analysis.text().length();
  }

  private record Key(String rulesVersion, byte[] sha256) {
    static Key of(String rulesVersion, String html) {
      return new Key(Objects.requireNonNull(rulesVersion, "rulesVersion"), sha256(html));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && rulesVersion.equals(k.rulesVersion)
          && Arrays.equals(sha256, k.sha256);
    }

    @Override
    public int hashCode() {
      return 31 * rulesVersion.hashCode() + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
      return "Key[" + rulesVersion + ", " + HexFormat.of().formatHex(sha256) + "]";
    }

    /**
     * SHA-256 over the string's UTF-16 code units (big-endian), fed in chunks; lone surrogates
     * included.
     */
    private static byte[] sha256(String html) {
      MessageDigest digest;
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
      byte[] buffer = new byte[8192];
      int filled = 0;
      for (int i = 0, n = html.length(); i < n; i++) {
        char c = html.charAt(i);
        buffer[filled++] = (byte) (c >>> 8);
        buffer[filled++] = (byte) c;
        if (filled == buffer.length) {
          digest.update(buffer, 0, filled);
          filled = 0;
        }
      }
      digest.update(buffer, 0, filled);
      return digest.digest();
    }
  }
}
