package dev.attest.analysis.internal;

/**
 * Counts the words (runs of letters and digits) of text that may arrive in pieces, and notes
 * whether a digit occurs: the extraction feeds it each block's chars as it appends them, so that no
 * second pass over the text is needed.
 */
final class WordCount {
  private int words;
  private boolean inWord;
  private boolean digit;

  /** How many words {@code text[from, to)} has, counting stops at {@code limit}. */
  static int of(String text, int from, int to, int limit) {
    WordCount count = new WordCount();
    for (int i = from; i < to && count.words < limit; i++) {
      count.add(CharKinds.of(text.charAt(i)));
    }
    return count.words;
  }

  /** Counts the next char, given as its {@link CharKinds kind}. */
  void add(byte kind) {
    boolean letter = (kind & CharKinds.WORD) != 0;
    if (letter && !inWord) {
      words++;
    }
    inWord = letter;
    digit |= (kind & CharKinds.DIGIT) != 0;
  }

  /** A break between pieces (a space the extraction puts in) ends the current word. */
  void endWord() {
    inWord = false;
  }

  int words() {
    return words;
  }

  boolean hasDigit() {
    return digit;
  }
}
