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

  public int length() {
    return text.length();
  }
}
