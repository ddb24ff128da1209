package dev.attest.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The extractor's fast character tests answer as {@link Character} does, for every char. */
class CharClassesTest {

  @Test
  void fastDigitAndLetterTestsAgreeWithCharacterForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertEquals(
          Character.isDigit(ch),
          TextExtractor.isDigit(ch),
          () -> "isDigit U+" + Integer.toHexString(ch));
      assertEquals(
          Character.isLetterOrDigit(ch),
          TextExtractor.isLetterOrDigit(ch),
          () -> "isLetterOrDigit U+" + Integer.toHexString(ch));
    }
  }
}
