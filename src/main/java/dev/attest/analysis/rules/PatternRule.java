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
 * @param paragraphStart for byline rules: the rule may also match at the start of a long paragraph (a dateline such
 *     as "Berlin (dpa) –"), not only on a short line of its own
 */
public record PatternRule(
    String id,
    CueKind kind,
    AiUse aiUse,
    Pattern pattern,
    List<String> triggers,
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
    for (String trigger : triggers) {
      int at = lowerText.indexOf(trigger, from);
      if (at >= 0 && at + trigger.length() <= to) {
        return true;
      }
    }
    return false;
  }

  /** A matcher over {@code text} limited to {@code [from, to)}, offsets relative to the whole text. */
  public Matcher matcher(CharSequence text, int from, int to) {
    return pattern.matcher(text).region(from, to);
  }
}
