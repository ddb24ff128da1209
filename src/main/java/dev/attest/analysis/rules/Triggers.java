package dev.attest.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives a rule's trigger words from its pattern: the literal text every match must begin with, for each top-level
 * alternative. A pattern whose matches can begin with anything has no triggers and is always tried.
 */
final class Triggers {
  private static final int MIN_LENGTH = 2;

  private Triggers() {}

  static List<Trigger> derive(String regex) {
    List<Trigger> result = new ArrayList<>();
    for (String alternative : splitTopLevel(regex)) {
      List<Trigger> prefixes = leadingLiterals(alternative, false);
      if (prefixes.isEmpty()) {
        return List.of();
      }
      result.addAll(prefixes);
    }
    return result;
  }

  private static List<Trigger> leadingLiterals(String alternative, boolean wordStartOutside) {
    boolean wordStart = wordStartOutside || startsWithBoundary(alternative);
    String s = stripAnchors(alternative);
    if (s.startsWith("(?:") || (s.startsWith("(") && !s.startsWith("(?"))) {
      int close = closingParen(s);
      boolean optional = close + 1 < s.length() && "?*".indexOf(s.charAt(close + 1)) >= 0;
      if (close < 0 || optional) {
        return List.of();
      }
      int open = s.startsWith("(?:") ? 3 : 1;
      List<Trigger> inner = new ArrayList<>();
      for (String innerAlternative : splitTopLevel(s.substring(open, close))) {
        List<Trigger> prefixes = leadingLiterals(innerAlternative, wordStart);
        if (prefixes.isEmpty()) {
          return List.of();
        }
        inner.addAll(prefixes);
      }
      return inner;
    }
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'' || c == '’') {
        literal.append(c);
        i++;
      } else if (c == '\\' && i + 1 < s.length() && ".-'’".indexOf(s.charAt(i + 1)) >= 0) {
        literal.append(s.charAt(i + 1));
        i += 2;
      } else {
        break;
      }
    }
    if (i < s.length() && "?*{".indexOf(s.charAt(i)) >= 0 && literal.length() > 0) {
      literal.setLength(literal.length() - 1);
    }
    String word = literal.toString().strip().toLowerCase(Locale.ROOT);
    boolean leadingSpace = literal.length() > 0 && literal.charAt(0) == ' ';
    return word.length() < MIN_LENGTH ? List.of() : List.of(new Trigger(word, wordStart || leadingSpace));
  }

  private static boolean startsWithBoundary(String s) {
    String rest = s;
    while (rest.startsWith("^") || rest.startsWith("(?i)")) {
      rest = rest.substring(rest.startsWith("^") ? 1 : 4);
    }
    return rest.startsWith("\\b") || s.startsWith("^");
  }

  private static String stripAnchors(String s) {
    String rest = s;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String anchor : new String[] {"\\b", "^", "(?i)"}) {
        if (rest.startsWith(anchor)) {
          rest = rest.substring(anchor.length());
          changed = true;
        }
      }
    }
    return rest;
  }

  private static int closingParen(String s) {
    return FirstCharGates.closing(s, 0);
  }

  static List<String> splitTopLevel(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
