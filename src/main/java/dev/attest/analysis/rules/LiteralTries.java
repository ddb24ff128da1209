package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites a group of words, {@code (?:ministerium|ministeriet|styrelse|styrelsen|cour\s+d'appel)},
 * as a tree of shared beginnings, {@code (?:minister(?:ium|iet)|styrelse(?:|n)|cour\s+d'appel)}.
 * java.util.regex tries the alternatives of a group one by one, so a group of a hundred institution
 * words cost a hundred comparisons at every place it was tried; the tree costs one per distinct
 * first letter and then follows one branch.
 *
 * <p>The matches are unchanged: at any place, only alternatives whose first letter matches the text
 * can match, and the tree keeps the written order among those. So a group is only rewritten when no
 * two of its first letters can match the same character under case-insensitive matching, every
 * alternative begins with a plain word (letters, digits, hyphens, apostrophes; only that beginning
 * is shared), an empty alternative, if any, comes first or last, and the group holds no capturing
 * group and no inline flag whose reach could change.
 */
final class LiteralTries {
  private static final int MIN_ALTERNATIVES = 3;

  /**
   * A capturing or named group, or an inline flag such as {@code (?-i)} that reaches to the end of
   * the group.
   */
  private static final Pattern CAPTURE_OR_FLAG =
      Pattern.compile("(?<!\\\\)\\((?!\\?)|\\(\\?<\\p{L}|\\(\\?[a-zA-Z-]+\\)");

  private LiteralTries() {}

  static String rewrite(String regex) {
    return RegexText.rewriteGroups(
        regex,
        (r, open, close) -> {
          String body = r.substring(open + 3, close);
          List<String> alternatives = RegexText.splitTopLevel(body);
          if (alternatives.size() < MIN_ALTERNATIVES
              || !alternatives.stream().allMatch(a -> a.isEmpty() || wordAtStart(a) > 0)
              || CAPTURE_OR_FLAG.matcher(body).find()) {
            return null;
          }
          String tree = tree(alternatives);
          return tree == null ? null : "(?:" + tree + ")";
        });
  }

  /**
   * The alternatives as a tree of shared beginnings, or null when their order could not be kept.
   */
  private static String tree(List<String> alternatives) {
    int empties = (int) alternatives.stream().filter(String::isEmpty).count();
    boolean emptyFirst = !alternatives.isEmpty() && alternatives.get(0).isEmpty();
    boolean emptyLast =
        !alternatives.isEmpty() && alternatives.get(alternatives.size() - 1).isEmpty();
    if (empties > 1 || empties == 1 && !emptyFirst && !emptyLast) {
      return null;
    }
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    Map<Integer, Character> byFold = new LinkedHashMap<>();
    for (String alternative : alternatives) {
      if (alternative.isEmpty()) {
        continue;
      }
      if (wordAtStart(alternative) == 0) {
        return null;
      }
      char first = alternative.charAt(0);
      Character seen = byFold.putIfAbsent(fold(first), first);
      if (seen != null && seen != first || fold((char) fold(first)) != fold(first)) {
        return null; // "N…" and "n…" in one group: which comes first could matter
      }
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(alternative);
    }
    List<String> branches = new ArrayList<>();
    if (emptyFirst) {
      branches.add("");
    }
    for (List<String> group : byFirst.values()) {
      branches.add(branch(group));
    }
    if (emptyLast && !emptyFirst) {
      branches.add("");
    }
    return String.join("|", branches);
  }

  /**
   * Alternatives with the same first letter: their longest shared beginning, then the tree of what
   * follows it; or, when that tree could not keep their order, the alternatives as written (still
   * side by side, which is safe).
   */
  private static String branch(List<String> group) {
    if (group.size() == 1) {
      return group.get(0);
    }
    int shared =
        Math.min(
            sharedBeginning(group),
            group.stream().mapToInt(LiteralTries::wordAtStart).min().orElse(0));
    List<String> rests = group.stream().map(a -> a.substring(shared)).toList();
    String rest = tree(rests);
    return rest == null
        ? String.join("|", group)
        : group.get(0).substring(0, shared) + "(?:" + rest + ")";
  }

  private static int sharedBeginning(List<String> words) {
    int length = words.get(0).length();
    for (String word : words) {
      int k = 0;
      while (k < Math.min(length, word.length()) && word.charAt(k) == words.get(0).charAt(k)) {
        k++;
      }
      length = k;
    }
    return length;
  }

  /** What a char is compared as under {@code CASE_INSENSITIVE | UNICODE_CASE}. */
  private static int fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * How many chars at the start of an alternative are a plain word that must be matched as written:
   * letters, digits, hyphens and apostrophes, not counting a last one that a quantifier makes
   * optional or repeatable.
   */
  private static int wordAtStart(String alternative) {
    int k = 0;
    while (k < alternative.length() && isWordChar(alternative.charAt(k))) {
      k++;
    }
    if (k > 0 && k < alternative.length() && "?*+{".indexOf(alternative.charAt(k)) >= 0) {
      k--;
    }
    return k;
  }

  private static boolean isWordChar(char c) {
    return (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’')
        && !Character.isSurrogate(c);
  }
}
