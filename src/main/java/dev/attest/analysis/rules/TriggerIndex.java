package dev.attest.analysis.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every trigger and literal start of a list of rules, found in an article in one pass of a {@link
 * TriggerAutomaton} (see {@link #scan}). Built once per rule list; immutable and thread-safe.
 */
public final class TriggerIndex {
  private final List<Trigger> triggers;

  /** Each trigger's {@link Trigger#exact() exact} chars, or null. */
  private final String[] exact;

  private final TriggerAutomaton automaton;

  /**
   * Groups of triggers, by number: a rule's own triggers are one, each group of its required words
   * another.
   */
  private final List<int[]> groups;

  /** The group of each rule's own triggers, or -1 when it has none. */
  private final int[] prefilters;

  /** For each rule, the groups each of its alternatives requires, or null when it requires none. */
  private final int[][][] required;

  private final int[][] starts;
  private final int[][] wordsContaining;

  /**
   * @param rules the rules of one language, each at the place its {@link PatternRule#slot()} names
   */
  TriggerIndex(List<PatternRule> rules) {
    for (int r = 0; r < rules.size(); r++) {
      if (rules.get(r).slot() != r) {
        throw new IllegalArgumentException(
            "rule " + rules.get(r).id() + " is not in its slot " + r);
      }
    }
    Map<Trigger, Integer> ids = new LinkedHashMap<>();
    Map<List<Integer>, Integer> groupIds = new LinkedHashMap<>();
    prefilters = new int[rules.size()];
    required = new int[rules.size()][][];
    starts = new int[rules.size()][];
    wordsContaining = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      PatternRule rule = rules.get(r);
      prefilters[r] = rule.triggers().isEmpty() ? -1 : group(ids(rule.triggers(), ids), groupIds);
      List<List<List<Trigger>>> alternatives = rule.required().alternatives();
      if (!alternatives.isEmpty()) {
        required[r] =
            alternatives.stream()
                .map(a -> a.stream().mapToInt(g -> group(ids(g, ids), groupIds)).toArray())
                .toArray(int[][]::new);
      }
      starts[r] = ids(rule.starts().literals(), ids);
      wordsContaining[r] = ids(rule.starts().wordsContaining(), ids);
    }
    groups = groupIds.keySet().stream().map(g -> g.stream().mapToInt(i -> i).toArray()).toList();
    triggers = List.copyOf(ids.keySet());
    exact = triggers.stream().map(Trigger::exact).toArray(String[]::new);
    automaton = new TriggerAutomaton(triggers);
  }

  private static int group(int[] triggerIds, Map<List<Integer>, Integer> groupIds) {
    List<Integer> key = Arrays.stream(triggerIds).sorted().distinct().boxed().toList();
    return groupIds.computeIfAbsent(key, k -> groupIds.size());
  }

  private static int[] ids(List<Trigger> triggers, Map<Trigger, Integer> ids) {
    return triggers.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
  }

  /**
   * Where the run of regex word characters (<code>\w</code> with Unicode classes) that ends at
   * {@code at} begins, not before {@code from}.
   */
  static int wordStart(CharSequence text, int from, int at) {
    int i = at;
    while (i > from) {
      int c = Character.codePointBefore(text, i);
      int size = Character.charCount(c);
      if (i - size < from || !isRegexWordChar(c)) {
        break;
      }
      i -= size;
    }
    return i;
  }

  /**
   * <code>\w</code> under {@code UNICODE_CHARACTER_CLASS}: letters, marks, digits, connector
   * punctuation, join controls.
   */
  private static boolean isRegexWordChar(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    int type = Character.getType(c);
    return Character.isAlphabetic(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION
        || c == 0x200c
        || c == 0x200d;
  }

  /** A letter or digit, as a trigger that must begin a word may not follow. */
  static boolean isWordChar(char c) {
    return c < 128
        ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
        : Character.isLetterOrDigit(c);
  }

  /**
   * Where each trigger occurs in {@code text}, in any case (as in the text lower-cased char by
   * char); an {@link Trigger#exact() exact} trigger only where the text has its very chars.
   */
  public Hits scan(String text) {
    int[][] positions = new int[triggers.size()][];
    int[] counts = new int[triggers.size()];
    automaton.scan(
        text.toCharArray(),
        (id, at) -> {
          if (exact[id] == null || text.startsWith(exact[id], at)) {
            add(positions, counts, id, at);
          }
        });
    return new Hits(positions, counts);
  }

  private static void add(int[][] positions, int[] counts, int id, int at) {
    int[] list = positions[id];
    if (list == null) {
      list = positions[id] = new int[4];
    } else if (counts[id] == list.length) {
      list = positions[id] = Arrays.copyOf(list, list.length * 2);
    }
    list[counts[id]++] = at;
  }

  /**
   * The trigger occurrences of one article; answers per rule and range. Not thread-safe (one
   * article, one thread).
   */
  public final class Hits {
    private final int[][] positions;
    private final int[] counts;
    private final long[][] spansByGroup = new long[groups.size()][];
    private int[] buffer = new int[16];

    private Hits(int[][] positions, int[] counts) {
      this.positions = positions;
      this.counts = counts;
    }

    /**
     * Whether the rule in slot {@code rule} is worth trying on {@code [from, to)}: one of its
     * triggers lies wholly inside (or it has none), and so does a word of each group that one of
     * its alternatives requires.
     */
    boolean triggered(int rule, int from, int to) {
      if (prefilters[rule] >= 0 && !inside(prefilters[rule], from, to)) {
        return false;
      }
      if (required[rule] == null) {
        return true;
      }
      for (int[] alternative : required[rule]) {
        if (allInside(alternative, from, to)) {
          return true;
        }
      }
      return false;
    }

    private boolean allInside(int[] groupIds, int from, int to) {
      for (int group : groupIds) {
        if (!inside(group, from, to)) {
          return false;
        }
      }
      return true;
    }

    /** Whether a trigger of the group lies wholly inside {@code [from, to)}. */
    private boolean inside(int group, int from, int to) {
      long[] spans = triggerSpans(group);
      for (int k = firstStartingAtOrAfter(spans, from);
          k < spans.length && (int) (spans[k] >>> 32) < to;
          k++) {
        if ((int) spans[k] <= to) {
          return true;
        }
      }
      return false;
    }

    /**
     * Every occurrence of the group's triggers as {@code start << 32 | end}, ascending; gathered on
     * the first question about the group, so that each later one is a single binary search.
     */
    private static final long[] NO_SPANS = {};

    private long[] triggerSpans(int group) {
      long[] spans = spansByGroup[group];
      if (spans == null) {
        int n = 0;
        int occurring = 0;
        for (int id : groups.get(group)) {
          n += counts[id];
          occurring += counts[id] > 0 ? 1 : 0;
        }
        spans = n == 0 ? NO_SPANS : new long[n];
        int k = 0;
        for (int id : groups.get(group)) {
          int length = triggers.get(id).length();
          for (int j = 0; j < counts[id]; j++) {
            int start = positions[id][j];
            spans[k++] = (long) start << 32 | (start + length);
          }
        }
        if (occurring > 1) {
          Arrays.sort(spans); // one trigger's occurrences are in order already
        }
        spansByGroup[group] = spans;
      }
      return spans;
    }

    /**
     * The last place in {@code [from, to)} where a match of the rule in slot {@code rule} may
     * begin: a match holds a word of each group one of its alternatives requires, so it begins at
     * the latest where the last such word that lies inside the range begins. {@link
     * Integer#MAX_VALUE} when the rule requires no words.
     */
    int lastMatchStart(int rule, int from, int to) {
      if (required[rule] == null) {
        return Integer.MAX_VALUE;
      }
      int last = -1;
      for (int[] alternative : required[rule]) {
        int bound = Integer.MAX_VALUE;
        for (int group : alternative) {
          bound = Math.min(bound, lastStartInside(group, from, to));
        }
        last = Math.max(last, bound);
      }
      return last;
    }

    /** Where the group's last trigger that lies wholly inside {@code [from, to)} begins, or -1. */
    private int lastStartInside(int group, int from, int to) {
      long[] spans = triggerSpans(group);
      for (int k = firstStartingAtOrAfter(spans, to) - 1;
          k >= 0 && (int) (spans[k] >>> 32) >= from;
          k--) {
        if ((int) spans[k] <= to) {
          return (int) (spans[k] >>> 32);
        }
      }
      return -1;
    }

    private static int firstStartingAtOrAfter(long[] spans, int from) {
      int lo = 0;
      int hi = spans.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if ((int) (spans[mid] >>> 32) < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * The places in {@code [from, to)} of {@code text} where rule {@code rule} may match, found
     * from its literal starts, in {@code buffer()[0..n)} (in no particular order, possibly
     * repeated); returns n.
     */
    int literalStarts(int rule, CharSequence text, int from, int to) {
      int n = 0;
      for (int id : starts[rule]) {
        int[] list = positions[id];
        for (int k = firstAtOrAfter(id, from); k < counts[id] && list[k] < to; k++) {
          n = put(n, list[k]);
        }
      }
      for (int id : wordsContaining[rule]) {
        int[] list = positions[id];
        for (int k = firstAtOrAfter(id, from); k < counts[id] && list[k] < to; k++) {
          n = put(n, wordStart(text, from, list[k]));
        }
      }
      return n;
    }

    private int put(int n, int place) {
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, n * 2);
      }
      buffer[n] = place;
      return n + 1;
    }

    int[] buffer() {
      return buffer;
    }

    private int firstAtOrAfter(int id, int from) {
      int[] list = positions[id];
      int lo = 0;
      int hi = counts[id];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (list[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
