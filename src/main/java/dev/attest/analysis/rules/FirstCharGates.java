package dev.attest.analysis.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Speeds up alternations of words, which java.util.regex tries one by one at every position: a
 * group such as {@code (?:sagte|erklärte|betonte)} gets a look-ahead on its possible first
 * characters, {@code (?=[seb])(?:sagte|erklärte|betonte)}, so that most positions are rejected by
 * one character-class test. The matches are unchanged: a gate is only added where every alternative
 * must begin with a literal letter and the group cannot match the empty string.
 */
final class FirstCharGates {
  private static final int MIN_ALTERNATIVES = 3;

  private FirstCharGates() {}

  static String add(String regex) {
    return RegexText.rewriteGroups(
        regex,
        (r, open, close) -> {
          String body = r.substring(open + 3, close);
          String gate = gate(body, r, close);
          return gate == null ? null : gate + "(?:" + add(body) + ")";
        });
  }

  /** The look-ahead for the group body, or null when the group may not be gated. */
  private static String gate(String body, String regex, int close) {
    if (close + 1 < regex.length() && "?*".indexOf(regex.charAt(close + 1)) >= 0
        || regex.startsWith("{0", close + 1)) {
      return null;
    }
    List<String> alternatives = RegexText.splitTopLevel(body);
    if (alternatives.size() < MIN_ALTERNATIVES) {
      return null;
    }
    Set<Character> firsts = new TreeSet<>();
    for (String alternative : alternatives) {
      if (alternative.isEmpty()
          || !Character.isLetter(alternative.charAt(0))
          || alternative.length() > 1 && "?*{".indexOf(alternative.charAt(1)) >= 0) {
        return null;
      }
      firsts.add(alternative.charAt(0));
    }
    StringBuilder gate = new StringBuilder("(?=[");
    firsts.forEach(gate::append);
    return gate.append("])").toString();
  }
}
