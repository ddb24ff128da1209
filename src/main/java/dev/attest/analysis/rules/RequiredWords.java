package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that every match of a pattern contains, read off its macro-expanded source: for each
 * top-level alternative, the groups of lower-case words of which one must occur in a match (a
 * literal word such as "zufolge", an alternation such as {@code (?:sagte|erklärte)}, the names of
 * {@code (?-i:\b(?:NATO|UNO)\b)}). Only parts that a match cannot skip count: no optional or
 * repeated-from-zero parts, no look-arounds. A rule is tried on a range only when, for one of its
 * alternatives, every group has a word inside the range; most sentences that hold one of a rule's
 * trigger words hold nothing else it needs, and are then spared the regex.
 *
 * @param alternatives for each top-level alternative, its groups; empty when some alternative needs
 *     no word (the rule may then match anywhere its triggers allow)
 */
public record RequiredWords(List<List<List<Trigger>>> alternatives) {
  static final RequiredWords NONE = new RequiredWords(List.of());

  /**
   * Escapes of one letter that stand for one char or a class or a boundary: {@code \s}, {@code \b}.
   */
  private static final String ONE_LETTER_ESCAPES = "bBsSwWdDhHvVRntrfaeAzZG";

  /**
   * A word shorter than this is too common to be worth looking for, unless it must begin a word (as
   * "EU" or "UN" in {@code \b(?:EU|UN)\b}); then one char shorter will do.
   */
  private static final int MIN_WORD = 3;

  public RequiredWords {
    alternatives = alternatives.stream().map(a -> a.stream().map(List::copyOf).toList()).toList();
  }

  static RequiredWords of(String regex) {
    List<List<List<Trigger>>> alternatives = new ArrayList<>();
    for (String alternative : RegexText.splitTopLevel(regex)) {
      List<List<Trigger>> groups = new Reader(alternative).groups();
      if (groups.isEmpty()) {
        return NONE;
      }
      alternatives.add(groups);
    }
    return new RequiredWords(alternatives);
  }

  /**
   * Without the groups that a rule's own triggers already stand for (each trigger is one of the
   * group's words): they would filter nothing more.
   */
  RequiredWords beyond(List<Trigger> triggers) {
    if (triggers.isEmpty() || alternatives.isEmpty()) {
      return this;
    }
    List<List<List<Trigger>>> kept = new ArrayList<>();
    for (List<List<Trigger>> alternative : alternatives) {
      List<List<Trigger>> groups =
          alternative.stream().filter(g -> !standsFor(triggers, g)).toList();
      if (groups.isEmpty()) {
        return NONE;
      }
      kept.add(groups);
    }
    return new RequiredWords(kept);
  }

  /** Whether every trigger's occurrence is an occurrence of one of the group's words. */
  private static boolean standsFor(List<Trigger> triggers, List<Trigger> group) {
    return triggers.stream()
        .allMatch(
            t ->
                group.stream()
                    .anyMatch(
                        w ->
                            w.text().equals(t.text())
                                && (t.wordStart() || !w.wordStart())
                                && (w.exact() == null || w.exact().equals(t.exact()))));
  }

  /** Reads one alternative part by part, collecting the groups of required words. */
  private static final class Reader {
    private final String s;
    private final List<List<Trigger>> groups = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private int i;

    /** Whether the text read so far ends at a word boundary: what comes next begins a word. */
    private boolean boundary;

    /** Whether the word being read began at a word boundary. */
    private boolean wordStart;

    Reader(String alternative) {
      this.s = alternative;
    }

    List<List<Trigger>> groups() {
      while (i < s.length()) {
        int start = i;
        int end = partEnd(start);
        if (end < 0) {
          break;
        }
        int after = quantifierEnd(end);
        boolean required = minimum(end, after) > 0;
        i = after;
        char c = s.charAt(start);
        if (required && after == end && Character.isLetterOrDigit(c) && end == start + 1) {
          if (word.length() == 0) {
            wordStart = boundary;
          }
          word.append(Character.toLowerCase(c));
          boundary = false;
          continue;
        }
        endWord();
        if (c == '(' && isZeroWidth(start)) {
          continue;
        }
        if (c == '(' && bodyStart(start) < 0) {
          boundary = false;
          continue;
        }
        if (required && c == '(') {
          addGroup(start, end);
        }
        boundary = boundaryAfter(start, end, required);
      }
      endWord();
      return groups;
    }

    /**
     * Whether a word begins after the part {@code s[start, end)}: after {@code \b} or white space;
     * after an optional part that ends in white space (such as {@code (?:\S+\s+){0,3}}) when one
     * began before it.
     */
    private boolean boundaryAfter(int start, int end, boolean required) {
      if (s.startsWith("\\b", start)) {
        return true;
      }
      boolean space = s.startsWith("\\s", start) && end == start + 2 || s.charAt(start) == ' ';
      boolean endsInSpace =
          space || s.charAt(start) == '(' && everyAlternativeEndsInSpace(start, end);
      return endsInSpace && (required || boundary);
    }

    /** Whether each alternative of the group {@code s[open, end)} ends in white space. */
    private boolean everyAlternativeEndsInSpace(int open, int end) {
      int body = bodyStart(open);
      return body >= 0
          && RegexText.splitTopLevel(s.substring(body, end - 1)).stream()
              .allMatch(a -> a.endsWith("\\s+") || a.endsWith("\\s++") || a.endsWith("\\s"));
    }

    private void endWord() {
      if (word.length() >= (wordStart ? MIN_WORD - 1 : MIN_WORD)) {
        groups.add(List.of(new Trigger(word.toString(), wordStart)));
      }
      word.setLength(0);
    }

    /**
     * A group whose every alternative begins with a literal word long enough to look for: one of
     * those words occurs wherever the group matches.
     */
    private void addGroup(int open, int end) {
      String body = s.substring(bodyStart(open), end - 1);
      List<Trigger> words =
          Starts.ofGroup(body, boundary, RegexText.matchesCaseSensitively(s, open, false))
              .derivedTriggers();
      boolean longEnough =
          words.stream().allMatch(w -> w.length() >= (w.wordStart() ? MIN_WORD - 1 : MIN_WORD));
      if (!words.isEmpty() && longEnough) {
        groups.add(words);
      }
    }

    private int bodyStart(int open) {
      return RegexText.groupBodyStart(s, open);
    }

    /** Look-arounds and inline flags such as {@code (?i)} match no text. */
    private boolean isZeroWidth(int open) {
      return s.startsWith("(?=", open)
          || s.startsWith("(?!", open)
          || s.startsWith("(?<=", open)
          || s.startsWith("(?<!", open)
          || RegexText.isInlineFlags(s, open);
    }

    /** Where the part beginning at {@code at} ends (exclusive), or -1 when it cannot be read. */
    private int partEnd(int at) {
      char c = s.charAt(at);
      if (c == '(') {
        int close = RegexText.closing(s, at);
        return close < 0 ? -1 : close + 1;
      }
      if (c == '[') {
        return classEnd(at);
      }
      if (c == '\\') {
        if (at + 1 >= s.length()) {
          return -1;
        }
        char e = s.charAt(at + 1);
        if ((e == 'p' || e == 'P') && at + 2 < s.length() && s.charAt(at + 2) == '{') {
          int close = s.indexOf('}', at);
          return close < 0 ? -1 : close + 1;
        }
        if (e == 'p' || e == 'P') {
          return at + 3;
        }
        // a letter other than these begins a longer escape (\u00e9, \x41, \Q…\E), a digit an
        // octal escape or a back-reference: not read
        if (Character.isDigit(e)) {
          return -1;
        }
        return !Character.isLetter(e) || ONE_LETTER_ESCAPES.indexOf(e) >= 0 ? at + 2 : -1;
      }
      return at + 1;
    }

    private int classEnd(int open) {
      int depth = 0;
      int k = open;
      while (k < s.length()) {
        char c = s.charAt(k);
        if (c == '\\') {
          k += 2;
          continue;
        }
        if (c == '[') {
          depth++;
        } else if (c == ']' && k > open + 1 && !(k == open + 2 && s.charAt(open + 1) == '^')) {
          if (--depth == 0) {
            return k + 1;
          }
        }
        k++;
      }
      return -1;
    }

    /** Where the quantifier after a part ending at {@code end} ends; {@code end} when none. */
    private int quantifierEnd(int end) {
      if (end >= s.length()) {
        return end;
      }
      char q = s.charAt(end);
      int k;
      if (q == '?' || q == '*' || q == '+') {
        k = end + 1;
      } else if (q == '{' && s.indexOf('}', end) > end) {
        k = s.indexOf('}', end) + 1;
      } else {
        return end;
      }
      return k < s.length() && (s.charAt(k) == '?' || s.charAt(k) == '+') ? k + 1 : k;
    }

    /** The least number of times the quantifier in {@code s[end, after)} repeats its part. */
    private int minimum(int end, int after) {
      if (after == end) {
        return 1;
      }
      char q = s.charAt(end);
      if (q == '+') {
        return 1;
      }
      if (q != '{') {
        return 0;
      }
      int k = end + 1;
      int n = 0;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        n = n * 10 + s.charAt(k++) - '0';
      }
      return k == end + 1 ? 0 : n;
    }
  }
}
