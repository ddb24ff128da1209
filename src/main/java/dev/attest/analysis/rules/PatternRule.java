package dev.attest.analysis.rules;

import dev.attest.analysis.AiUse;
import dev.attest.analysis.CueKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiled rule: a stable id, a case-insensitive pattern, and the lower-case trigger words of which at least one
 * must occur in a text before the pattern is tried (a cheap pre-filter; empty means "always try").
 *
 * @param kind the cue kind for claim rules, else null
 * @param aiUse the disclosure class for disclosure rules, else null
 * @param message the explanation shown with a match, or null to use the kind's default message
 * @param anchored the triggers were derived from the pattern, so every match begins with one: the pattern is tried
 *     only where a trigger occurs (see {@link #findFrom})
 * @param paragraphStart for byline rules: the rule may also match at the start of a long paragraph (a dateline such
 *     as "Berlin (dpa) –"), not only on a short line of its own
 */
public record PatternRule(
    String id,
    CueKind kind,
    AiUse aiUse,
    Pattern pattern,
    List<Trigger> triggers,
    boolean anchored,
    String message,
    boolean paragraphStart,
    List<String> matchExamples,
    List<String> noMatchExamples) {

  public PatternRule {
    triggers = List.copyOf(triggers);
    matchExamples = List.copyOf(matchExamples);
    noMatchExamples = List.copyOf(noMatchExamples);
  }

  /**
   * Whether a trigger occurs in {@code lowerText} between {@code from} and {@code to}.
   *
   * @param lowerText the text lower-cased char by char (same length and offsets as the original)
   */
  public boolean triggeredIn(String lowerText, int from, int to) {
    if (triggers.isEmpty()) {
      return true;
    }
    for (Trigger trigger : triggers) {
      if (trigger.next(lowerText, from, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first match in {@code [from, to)} of {@code text}, or null. An anchored rule is tried only at the places where
   * one of its triggers occurs in {@code lowerText}; any other rule is searched for across the range.
   */
  public Matcher findFrom(String text, String lowerText, int from, int to) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    if (!anchored) {
      m.useTransparentBounds(false).region(from, to);
      return m.find() ? m : null;
    }
    int best = Integer.MAX_VALUE;
    Matcher found = null;
    for (Trigger trigger : triggers) {
      for (int at = trigger.next(lowerText, from, to); at >= 0 && at < best; at = trigger.next(lowerText, at + 1, to)) {
        if (m.region(at, to).lookingAt()) {
          best = at;
          found = m;
          m = pattern.matcher(text).useTransparentBounds(true);
          break;
        }
      }
    }
    return found;
  }

  /** A matcher over {@code text} limited to {@code [from, to)}, offsets relative to the whole text. */
  public Matcher matcher(CharSequence text, int from, int to) {
    return pattern.matcher(text).region(from, to);
  }
}
