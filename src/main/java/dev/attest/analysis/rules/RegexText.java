package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Reading a regular expression's own syntax: its characters outside escapes and character classes. */
final class RegexText {
  private RegexText() {}

  /**
   * The first index from {@code from} on, outside escapes and character classes, that {@code stop} accepts, or -1.
   */
  static int find(String regex, int from, IntPredicate stop) {
    boolean inClass = false;
    for (int i = from; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (stop.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parenthesis that closes the group opening at {@code open}, or -1. */
  static int closing(String regex, int open) {
    int[] depth = {0};
    return find(
        regex,
        open,
        i -> {
          char c = regex.charAt(i);
          if (c == '(') {
            depth[0]++;
          }
          return c == ')' && --depth[0] == 0;
        });
  }

  /** The pattern split at its top-level {@code |}, groups and character classes left whole. */
  static List<String> splitTopLevel(String regex) {
    List<String> parts = new ArrayList<>();
    int[] depth = {0};
    int start = 0;
    for (int bar = nextTopLevelBar(regex, 0, depth); bar >= 0; bar = nextTopLevelBar(regex, bar + 1, depth)) {
      parts.add(regex.substring(start, bar));
      start = bar + 1;
    }
    parts.add(regex.substring(start));
    return parts;
  }

  private static int nextTopLevelBar(String regex, int from, int[] depth) {
    return find(
        regex,
        from,
        i -> {
          char c = regex.charAt(i);
          depth[0] += c == '(' ? 1 : c == ')' ? -1 : 0;
          return c == '|' && depth[0] == 0;
        });
  }

  /** Whether the pattern uses the end anchor {@code $}. */
  static boolean hasEndAnchor(String regex) {
    return find(regex, 0, i -> regex.charAt(i) == '$') >= 0;
  }
}
