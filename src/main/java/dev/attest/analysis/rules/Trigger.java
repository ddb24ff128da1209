package dev.attest.analysis.rules;

/**
 * A lower-case word whose presence makes a rule worth trying. It must begin a word unless the rule file wrote it with
 * a leading {@code *} ("*blogger" also occurs inside "Militärblogger").
 */
public record Trigger(String text, boolean wordStart) {

  static Trigger parse(String written) {
    String lower = written.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("*") ? new Trigger(lower.substring(1), false) : new Trigger(lower, true);
  }

  /** The next occurrence at or after {@code from} in {@code lower}, or -1. */
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
