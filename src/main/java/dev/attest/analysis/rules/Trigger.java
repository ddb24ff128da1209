package dev.attest.analysis.rules;

/**
 * A lower-case word whose presence makes a rule worth trying. A trigger that starts with a letter
 * or digit must begin a word unless the rule file wrote it with a leading {@code *} ("*blogger"
 * also occurs inside "Militärblogger").
 */
public record Trigger(String text, boolean wordStart) {

  static Trigger parse(String written) {
    String lower = written.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("*")) {
      return new Trigger(lower.substring(1), false);
    }
    return new Trigger(lower, !lower.isEmpty() && Character.isLetterOrDigit(lower.charAt(0)));
  }

  /**
   * The next occurrence at or after {@code from} in {@code lower}, or -1. Searches with {@link
   * String#indexOf} to the end of the text: for callers that remember the result, so each
   * occurrence is found once.
   */
  public int next(String lower, int from) {
    for (int at = lower.indexOf(text, from); at >= 0; at = lower.indexOf(text, at + 1)) {
      if (!wordStart || at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  public int length() {
    return text.length();
  }
}
