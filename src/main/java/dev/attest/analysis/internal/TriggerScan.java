package dev.attest.analysis.internal;

import dev.attest.analysis.rules.PatternRule;
import dev.attest.analysis.rules.Trigger;
import java.util.Arrays;
import java.util.List;

/**
 * Answers "does one of this rule's trigger words occur in this sentence?" for sentences visited in text order, with
 * each trigger searched at most once per occurrence: the next occurrence of every trigger is remembered, so a whole
 * article costs one pass per trigger however many sentences it has.
 */
final class TriggerScan {
  private static final int NONE = Integer.MAX_VALUE;

  private final String lower;
  private final List<PatternRule> rules;
  private final int[][] next;

  TriggerScan(String lower, List<PatternRule> rules) {
    this.lower = lower;
    this.rules = rules;
    this.next = new int[rules.size()][];
    for (int r = 0; r < next.length; r++) {
      next[r] = new int[rules.get(r).triggers().size()];
      Arrays.fill(next[r], -1);
    }
  }

  /** Whether rule {@code r} is worth trying on {@code [from, to)}; call with non-decreasing {@code from}. */
  boolean triggered(int r, int from, int to) {
    List<Trigger> triggers = rules.get(r).triggers();
    if (triggers.isEmpty()) {
      return true;
    }
    int[] positions = next[r];
    for (int t = 0; t < positions.length; t++) {
      int at = positions[t];
      if (at != NONE && at < from) {
        at = triggers.get(t).next(lower, from);
        positions[t] = at = at < 0 ? NONE : at;
      }
      if (at != NONE && at + triggers.get(t).length() <= to) {
        return true;
      }
    }
    return false;
  }
}
