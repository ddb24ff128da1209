package dev.attest.analysis.rules;

/**
 * A lower-case word whose presence makes a rule worth trying. A trigger that starts with a letter
 * or digit must begin a word unless the rule file wrote it with a leading {@code *} ("*blogger"
 * also occurs inside "Militärblogger").
 *
 * @param exact for a word that the pattern matches case-sensitively (inside {@code (?-i:…)}, as
 *     "UN" or "Le Monde"), the word as written: it occurs only where the text has exactly these
 *     chars, not in "und" or "le monde"; null when any case will do
 */
public record Trigger(String text, boolean wordStart, String exact) {

  public Trigger(String text, boolean wordStart) {
    this(text, wordStart, null);
  }

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
