package dev.attest.analysis.internal;

/**
 * Counts the words (runs of letters and digits) of a piece of text. The extraction counts each
 * block's words itself while it appends the block's chars.
 */
final class WordCount {
  private WordCount() {}

  /** How many words {@code text[from, to)} has, counting stops at {@code limit}. */
  static int of(String text, int from, int to, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words < limit; i++) {
      boolean letter = CharKinds.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * How many words {@code text[from, to)} has when words are what white space separates, each with
   * a letter or digit ("KI@Schule" and "COVID-19" are one each); counting stops at {@code limit}.
   */
  static int spaced(String text, int from, int to, int limit) {
    int words = 0;
    boolean inToken = false;
    boolean counted = false;
    for (int i = from; i < to && words < limit; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        inToken = false;
        continue;
      }
      if (!inToken) {
        inToken = true;
        counted = false;
      }
      if (!counted && CharKinds.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}
