package dev.attest.analysis.internal;

/**
 * A run of visible text between block boundaries (a paragraph, heading, list item, table cell, a
 * line ended by {@code <br>}), as a span of the article's visible text.
 *
 * @param bylineHint the block sits in an element marked as a byline or author
 * @param words how many words the block has, counted up to {@link #COUNTED_WORDS} (a longer block
 *     says that many)
 * @param hasDigit whether a digit occurs in the block (only then can it hold a figure)
 */
public record Block(
    int start, int end, Type type, boolean bylineHint, int words, boolean hasDigit) {
  /**
   * Words are counted up to this many: the limits that bylines, labels and disclosure lines are
   * held to lie below.
   */
  public static final int COUNTED_WORDS = 100;

  /** What kind of element the text sits in. */
  public enum Type {
    PARAGRAPH,
    HEADING,
    QUOTE,
    CAPTION
  }

  /**
   * Whether the block has more than {@code limit} words, which must be below {@link
   * #COUNTED_WORDS}.
   */
  public boolean hasMoreWordsThan(int limit) {
    if (limit >= COUNTED_WORDS) {
      throw new IllegalArgumentException(
          "words are counted up to " + COUNTED_WORDS + " only, not " + limit);
    }
    return words > limit;
  }
}
