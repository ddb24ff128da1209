package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Reading a regular expression's own syntax: its characters outside escapes and character classes.
 */
final class RegexText {
  private RegexText() {}

  /**
   * The first index from {@code from} on, outside escapes and character classes, that {@code stop}
   * accepts, or -1.
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
    for (int bar = nextTopLevelBar(regex, 0, depth);
        bar >= 0;
        bar = nextTopLevelBar(regex, bar + 1, depth)) {
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

  /**
   * What replaces a non-capturing group {@code regex[open..close]}, or null to keep it and look
   * inside it.
   */
  interface GroupRewrite {
    String replace(String regex, int open, int close);
  }

  /**
   * The pattern with each non-capturing group {@code (?:…)} that {@code rewrite} has a replacement
   * for replaced.
   */
  static String rewriteGroups(String regex, GroupRewrite rewrite) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    int copied = 0;
    int from = 0;
    for (int open = nextGroup(regex, from); open >= 0; open = nextGroup(regex, from)) {
      int close = closing(regex, open);
      String replacement = close < 0 ? null : rewrite.replace(regex, open, close);
      if (replacement != null) {
        out.append(regex, copied, open).append(replacement);
        copied = close + 1;
        from = close + 1;
      } else {
        from = open + 1;
      }
    }
    return out.append(regex, copied, regex.length()).toString();
  }

  private static int nextGroup(String regex, int from) {
    return find(regex, from, i -> regex.startsWith("(?:", i));
  }

  /** Whether the pattern has a capturing group, numbered or named. */
  static boolean hasCapturingGroup(String regex) {
    return find(
            regex,
            0,
            i ->
                regex.charAt(i) == '('
                    && (!regex.startsWith("(?", i)
                        || regex.startsWith("(?<", i)
                            && i + 3 < regex.length()
                            && Character.isLetter(regex.charAt(i + 3))))
        >= 0;
  }

  /** Whether the pattern sets flags for the rest of it, as {@code (?-i)} or {@code (?m)} do. */
  static boolean hasInlineFlags(String regex) {
    return find(regex, 0, i -> isInlineFlags(regex, i)) >= 0;
  }

  /** Whether {@code (?flags)} opens at {@code open}: it matches no text and sets flags. */
  static boolean isInlineFlags(String regex, int open) {
    int k = flagsEnd(regex, open);
    return regex.startsWith("(?", open)
        && k > open + 2
        && k < regex.length()
        && regex.charAt(k) == ')';
  }

  /**
   * Where the body of the group opening at {@code open} begins: after {@code (}, {@code (?:},
   * {@code (?>}, flags such as {@code (?-i:}, or a name {@code (?<name>}; -1 for a look-around,
   * inline flags or a form not read.
   */
  static int groupBodyStart(String regex, int open) {
    if (!regex.startsWith("(?", open)) {
      return open + 1;
    }
    if (regex.startsWith("(?<", open)
        && open + 3 < regex.length()
        && Character.isLetter(regex.charAt(open + 3))) {
      return regex.indexOf('>', open) + 1;
    }
    if (regex.startsWith("(?>", open)) {
      return open + 3;
    }
    int k = flagsEnd(regex, open);
    return k < regex.length() && regex.charAt(k) == ':' ? k + 1 : -1;
  }

  /** Where the flags after {@code (?} end, such as {@code -i} in {@code (?-i:}. */
  private static int flagsEnd(String regex, int open) {
    int k = open + 2;
    while (k < regex.length() && (Character.isLetter(regex.charAt(k)) || regex.charAt(k) == '-')) {
      k++;
    }
    return k;
  }

  /**
   * Whether the body of the group opening at {@code open} is matched case-sensitively: its flags
   * turn case-insensitivity off ({@code (?-i:}, {@code (?u-i:}) or on ({@code (?i:}, {@code
   * (?iu:}), else it is as {@code outer} says. A group in which case-insensitivity is turned on
   * anywhere ({@code (?i)}, {@code (?i:…)}) counts as case-insensitive throughout, since an inline
   * flag reaches the group's later alternatives too.
   */
  static boolean matchesCaseSensitively(String regex, int open, boolean outer) {
    boolean sensitive = outer;
    if (regex.startsWith("(?", open)) {
      int end = flagsEnd(regex, open);
      int minus = regex.indexOf('-', open + 2);
      int i = regex.indexOf('i', open + 2);
      if (i >= 0 && i < end) {
        sensitive = minus >= 0 && minus < i;
      }
    }
    int close = closing(regex, open);
    return sensitive
        && (close < 0
            || find(regex, open + 1, k -> k < close && turnsCaseInsensitivityOn(regex, k)) < 0);
  }

  /** Whether flags at {@code at}, inline or of a group, turn case-insensitivity on. */
  private static boolean turnsCaseInsensitivityOn(String regex, int at) {
    if (!regex.startsWith("(?", at)) {
      return false;
    }
    int end = flagsEnd(regex, at);
    int i = regex.indexOf('i', at + 2);
    int minus = regex.indexOf('-', at + 2);
    return i >= 0 && i < end && (minus < 0 || minus > i || minus >= end);
  }

  /** Whether the pattern uses the end anchor {@code $}. */
  static boolean hasEndAnchor(String regex) {
    return find(regex, 0, i -> regex.charAt(i) == '$') >= 0;
  }
}
