package dev.attest.analysis.internal;

/**
 * A run of visible text between block boundaries (a paragraph, heading, list item, table cell, a line ended by
 * {@code <br>}), as a span of the article's visible text.
 *
 * @param bylineHint the block sits in an element marked as a byline or author
 */
public record Block(int start, int end, Type type, boolean bylineHint) {
  /** What kind of element the text sits in. */
  public enum Type {
    PARAGRAPH,
    HEADING,
    QUOTE,
    CAPTION
  }
}
