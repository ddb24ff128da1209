package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The char kinds table answers as {@link Character} does, for every char. */
class CharClassesTest {

  @Test
  void fastDigitAndLetterTestsAgreeWithCharacterForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertEquals(
          Character.isDigit(ch),
          CharKinds.isDigit(ch),
          () -> "isDigit U+" + Integer.toHexString(ch));
      assertEquals(
          Character.isLetter(ch),
          CharKinds.isLetter(ch),
          () -> "isLetter U+" + Integer.toHexString(ch));
      assertEquals(
          Character.isLetterOrDigit(ch),
          CharKinds.isLetterOrDigit(ch),
          () -> "isLetterOrDigit U+" + Integer.toHexString(ch));
      boolean space = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
      assertEquals(
          space && !Character.isISOControl(ch) || Character.isWhitespace(ch),
          (CharKinds.of(ch) & CharKinds.SPACE) != 0,
          () -> "space U+" + Integer.toHexString(ch));
    }
  }
}
