package dev.attest.analysis.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds every occurrence of a set of lower-case trigger words in one pass over a text, one table
 * step per char (an Aho-Corasick automaton turned into a full transition table), in any case: a
 * char takes the column of its lower case ({@link Character#toLowerCase(char)}), so the text is
 * read as if lower-cased char by char without being copied. The chars that occur in no trigger
 * share one column, so the table stays small. Immutable and thread-safe.
 */
final class TriggerAutomaton {
  /** Receives each occurrence: the trigger's number in the list given and where it begins. */
  interface Found {
    void at(int trigger, int start);
  }

  private static final int ROOT = 0;

  /** Each char's column, that of its lower case; 0 for chars that occur in no trigger. */
  private final char[] columnOf = new char[Character.MAX_VALUE + 1];

  private final int columns;

  /**
   * The next state for each state and column, at {@code state * columns + column}. A state is kept
   * as {@code state * columns} (where its row begins), negative when some trigger ends in it: one
   * load per char and no multiplication.
   */
  private final int[] next;

  /**
   * The triggers that end in each state (its own and those of its suffix states), or null when none
   * does.
   */
  private final int[][] endingIn;

  private final int[] lengths;
  private final boolean[] wordStart;

  TriggerAutomaton(List<Trigger> triggers) {
    int column = 1;
    for (Trigger t : triggers) {
      for (char c : t.text().toCharArray()) {
        if (columnOf[c] == 0) {
          columnOf[c] = (char) column++;
        }
      }
    }
    columns = column;
    // trigger words are lower case, and lower-casing a char once more changes nothing
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char lower = Character.toLowerCase((char) c);
      if (lower != c) {
        columnOf[c] = columnOf[lower];
      }
    }
    lengths = triggers.stream().mapToInt(Trigger::length).toArray();
    wordStart = new boolean[triggers.size()];
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    trie.add(new int[columns]);
    ends.add(new ArrayList<>());
    for (int id = 0; id < triggers.size(); id++) {
      wordStart[id] = triggers.get(id).wordStart();
      int state = ROOT;
      for (char c : triggers.get(id).text().toCharArray()) {
        int col = columnOf[c];
        if (trie.get(state)[col] == 0) {
          trie.get(state)[col] = trie.size();
          trie.add(new int[columns]);
          ends.add(new ArrayList<>());
        }
        state = trie.get(state)[col];
      }
      ends.get(state).add(id);
    }
    next = new int[trie.size() * columns];
    endingIn = new int[trie.size()][];
    link(trie, ends);
    for (int k = 0; k < next.length; k++) {
      int state = next[k];
      next[k] = state * columns | (endingIn[state] != null ? Integer.MIN_VALUE : 0);
    }
  }

  /**
   * Fills the table breadth first: a state's missing steps are those of its longest proper suffix
   * that is a state, and it inherits that suffix's triggers.
   */
  private void link(List<int[]> trie, List<List<Integer>> ends) {
    int[] suffix = new int[trie.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int col = 0; col < columns; col++) {
      int child = trie.get(ROOT)[col];
      next[col] = child;
      if (child != ROOT) {
        suffix[child] = ROOT;
        queue.add(child);
      }
    }
    endingIn[ROOT] = toArray(ends.get(ROOT));
    while (!queue.isEmpty()) {
      int state = queue.poll();
      List<Integer> found = new ArrayList<>(ends.get(state));
      if (endingIn[suffix[state]] != null) {
        Arrays.stream(endingIn[suffix[state]]).forEach(found::add);
      }
      endingIn[state] = toArray(found);
      for (int col = 0; col < columns; col++) {
        int child = trie.get(state)[col];
        int fallback = next[suffix[state] * columns + col];
        if (child != ROOT) {
          suffix[child] = fallback;
          next[state * columns + col] = child;
          queue.add(child);
        } else {
          next[state * columns + col] = fallback;
        }
      }
    }
  }

  private static int[] toArray(List<Integer> ids) {
    return ids.isEmpty() ? null : ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Reports each occurrence in {@code chars} in the order of its end; a trigger that must begin a
   * word only where no word char comes before it.
   */
  void scan(char[] chars, Found found) {
    int row = ROOT;
    for (int i = 0; i < chars.length; i++) {
      int entry = next[row + columnOf[chars[i]]];
      row = entry & Integer.MAX_VALUE;
      if (entry < 0) {
        report(endingIn[row / columns], chars, i, found);
      }
    }
  }

  private void report(int[] ids, char[] chars, int end, Found found) {
    for (int id : ids) {
      int start = end + 1 - lengths[id];
      if (!wordStart[id] || start == 0 || !TriggerIndex.isWordChar(chars[start - 1])) {
        found.at(id, start);
      }
    }
  }
}
