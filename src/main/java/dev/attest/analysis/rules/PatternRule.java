package dev.attest.analysis.rules;

import dev.attest.analysis.AiUse;
import dev.attest.analysis.CueKind;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiled rule: a stable id, a case-insensitive pattern, the lower-case trigger words of which
 * at least one must occur in a text before the pattern is tried (a cheap pre-filter; empty means
 * "always try"), and the places where its matches can begin (the pattern is tried only there).
 *
 * @param pattern the compiled pattern: {@code source} rewritten to run faster with the same matches
 * @param source the pattern as the rule file means it, macros expanded
 * @param kind the cue kind for claim rules, else null
 * @param aiUse the disclosure class for disclosure rules, else null
 * @param message the explanation shown with a match, or null to use the kind's default message
 * @param required words that a match must contain besides one of its triggers: the rule is not
 *     tried on a range without them
 * @param slot the rule's number in its language's {@link TriggerIndex}
 * @param branches the pattern's top-level alternatives as rules of their own, each with its own
 *     starts and required words, or none: a rule is searched branch by branch when one alternative
 *     begins at every capital and another only after "selon", so that neither is tried where only
 *     the other may match
 * @param paragraphStart for byline rules: the rule may also match at the start of a long paragraph
 *     (a dateline such as "Berlin (dpa) –"), not only on a short line of its own
 */
public record PatternRule(
    String id,
    CueKind kind,
    AiUse aiUse,
    Pattern pattern,
    String source,
    List<Trigger> triggers,
    RequiredWords required,
    Starts starts,
    int slot,
    String message,
    boolean paragraphStart,
    List<String> matchExamples,
    List<String> noMatchExamples,
    List<PatternRule> branches) {

  public PatternRule {
    triggers = List.copyOf(triggers);
    matchExamples = List.copyOf(matchExamples);
    noMatchExamples = List.copyOf(noMatchExamples);
    branches = List.copyOf(branches);
  }

  /**
   * The first match in {@code [from, to)} of {@code text}, or null: the match {@code find()} over
   * that region gives, found by trying the pattern only where a match may begin; null also when
   * none of the rule's triggers occurs in the range.
   *
   * @param hits the text's triggers, found by this rule's language's {@link TriggerIndex}
   */
  public Matcher find(String text, TriggerIndex.Hits hits, int from, int to) {
    if (!mayMatchIn(hits, from, to)) {
      return null;
    }
    return branches.isEmpty()
        ? findBefore(text, hits, from, to, Integer.MAX_VALUE)
        : findLeftmost(text, hits, from, to);
  }

  /**
   * The match {@code find()} of the whole pattern gives: the leftmost of the branches' matches, and
   * of two at one place the earlier branch's. A later branch is searched only before the best match
   * so far.
   */
  private Matcher findLeftmost(String text, TriggerIndex.Hits hits, int from, int to) {
    Matcher best = null;
    int before = Integer.MAX_VALUE;
    for (PatternRule branch : branches) {
      Matcher m =
          branch.mayMatchIn(hits, from, to)
              ? branch.findBefore(text, hits, from, to, before)
              : null;
      if (m != null) {
        best = m;
        before = m.start();
        if (before == from) {
          break;
        }
      }
    }
    return best;
  }

  /** The first match in {@code [from, to)} that begins before {@code before}, or null. */
  private Matcher findBefore(String text, TriggerIndex.Hits hits, int from, int to, int before) {
    if (searchesEverywhere()) {
      Matcher m = findAnywhere(text, from, to);
      return m != null && m.start() < before ? m : null;
    }
    int n = hits.literalStarts(slot, text, from, to);
    // a match holds the words the rule requires: none begins after the last of them
    int last = hits.lastMatchStart(slot, from, to);
    return findAt(text, from, to, last < before ? last + 1 : before, hits.buffer(), n);
  }

  /**
   * Whether the rule may match in {@code [from, to)}: one of its triggers lies wholly inside (or it
   * has none), and so do the words one of its alternatives requires. A rule that may not match in a
   * range matches in none of its parts.
   */
  public boolean mayMatchIn(TriggerIndex.Hits hits, int from, int to) {
    return hits.triggered(slot, from, to);
  }

  /**
   * Whether the pattern is searched for across the range: its starts are unknown, or it may only
   * begin there.
   */
  private boolean searchesEverywhere() {
    return starts.anywhere() || starts.rangeStart() && !starts.mixed();
  }

  private Matcher findAnywhere(String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    if (starts.rangeStart()) {
      return m.lookingAt() ? m : null;
    }
    return m.find() ? m : null;
  }

  /**
   * Tries the pattern at the literal starts {@code literalPlaces[0..n)} and at the capitals or
   * words it may begin at.
   */
  private Matcher findAt(String text, int from, int to, int before, int[] literalPlaces, int n) {
    int[] places = literalPlaces;
    int count = n;
    if (starts.capitals() || starts.capitalsInWords() || starts.words() || starts.rangeStart()) {
      places = Arrays.copyOf(literalPlaces, n + (to - from) + 1);
      if (starts.rangeStart()) {
        places[count++] = from;
      }
      for (int i = from; i < to; i++) {
        if (mayBeginAt(text, i)) {
          places[count++] = i;
        }
      }
    }
    if (count == 0) {
      return null;
    }
    Arrays.sort(places, 0, count);
    Matcher m = pattern.matcher(text);
    int previous = -1;
    for (int k = 0; k < count && places[k] < before; k++) {
      int at = places[k];
      if (at == previous) {
        continue;
      }
      previous = at;
      // at the range start exactly as find() over the range; further in, look-behinds and \b see
      // the real text, and
      // "^" (where another branch may begin) must not match
      m.useTransparentBounds(at > from)
          .useAnchoringBounds(at == from || !starts.rangeStart())
          .region(at, to);
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private boolean mayBeginAt(String text, int i) {
    if (!starts.capitals() && !starts.capitalsInWords() && !starts.words()) {
      return false;
    }
    char c = text.charAt(i);
    boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    if (starts.words() && wordStart && !Character.isWhitespace(c)) {
      return true;
    }
    boolean capital = Character.isUpperCase(c) || Character.isSurrogate(c);
    return capital && (starts.capitalsInWords() || starts.capitals() && wordStart);
  }

  /**
   * A matcher over {@code text} limited to {@code [from, to)}, offsets relative to the whole text.
   */
  public Matcher matcher(CharSequence text, int from, int to) {
    return pattern.matcher(text).region(from, to);
  }
}
