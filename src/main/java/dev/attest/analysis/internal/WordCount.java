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
}
