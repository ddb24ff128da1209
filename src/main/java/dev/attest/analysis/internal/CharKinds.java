package dev.attest.analysis.internal;

/**
 * What the extraction and the word counts need to know of a char, looked up in one table built from
 * {@link Character}'s own predicates instead of asked of {@link Character} char by char.
 */
final class CharKinds {
  /** A letter or digit: part of a word. */
  static final byte WORD = 1;

  /** A digit (also {@link #WORD}). */
  static final byte DIGIT = 2;

  /** White space or a space separator: the extraction turns a run of them into one space. */
  static final byte SPACE = 4;

  /**
   * Soft hyphens, zero-width and control characters: they hide inside words
   * ("an\u00adgeb\u00adlich"), and the extraction drops them.
   */
  static final byte DROPPED = 8;

  private static final String INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff";
  private static final byte[] KINDS = kinds();

  private CharKinds() {}

  static byte of(char c) {
    return KINDS[c];
  }

  /**
   * {@link Character#toLowerCase(char)}, looked up in a table for the Latin scripts: how triggers,
   * stop words and widget phrases (all lower case) are compared with the text.
   */
  static char lower(char c) {
    return c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
  }

  private static final char[] LOWER = new char[0x250];

  static {
    for (char c = 0; c < LOWER.length; c++) {
      LOWER[c] = Character.toLowerCase(c);
    }
  }

  static boolean isDigit(char c) {
    return (KINDS[c] & DIGIT) != 0;
  }

  /**
   * {@link Character#isLetter(char)}: a letter or digit that is not a digit (the two are disjoint).
   */
  static boolean isLetter(char c) {
    return (KINDS[c] & (WORD | DIGIT)) == WORD;
  }

  static boolean isLetterOrDigit(char c) {
    return (KINDS[c] & WORD) != 0;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int kind = Character.isLetterOrDigit(c) ? WORD : 0;
      kind |= Character.isDigit(c) ? DIGIT : 0;
      if (INVISIBLE.indexOf(c) >= 0 || Character.isISOControl(c) && !Character.isWhitespace(c)) {
        kind |= DROPPED;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        kind |= SPACE;
      }
      kinds[c] = (byte) kind;
    }
    return kinds;
  }
}
