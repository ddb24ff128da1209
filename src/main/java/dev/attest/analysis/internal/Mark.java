package dev.attest.analysis.internal;

/** An inline element that matters for sourcing or quoting, as a span of the visible text. */
public record Mark(int start, int end, Type type) {
  /** The element kinds that are recorded. */
  public enum Type {
    /** A link to an absolute http(s) URL: an external source. */
    LINK,
    /** A {@code <cite>} element. */
    CITE,
    /** A footnote reference ({@code <sup>} with a number or an in-page link). */
    FOOTNOTE,
    /** A {@code <q>} element. */
    QUOTE
  }

  public boolean overlaps(int from, int to) {
    return start < to && end > from;
  }
}
