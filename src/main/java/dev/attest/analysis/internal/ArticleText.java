package dev.attest.analysis.internal;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * An article's visible text with its block structure and inline marks, plus the parsed document for
 * metadata lookups.
 *
 * @param text the visible text: blocks joined by newlines
 * @param lower {@code text} lower-cased char by char (same offsets), for trigger look-ups
 */
public record ArticleText(
    Document document,
    String text,
    String lower,
    List<Block> blocks,
    List<Mark> marks,
    int longestMark) {

  /** Marks must be sorted by start. */
  public ArticleText(
      Document document, String text, String lower, List<Block> blocks, List<Mark> marks) {
    this(
        document,
        text,
        lower,
        blocks,
        marks,
        marks.stream().mapToInt(m -> m.end() - m.start()).max().orElse(0));
  }

  public String slice(int from, int to) {
    return text.substring(from, to);
  }

  public String slice(Block block) {
    return text.substring(block.start(), block.end());
  }

  /** The marks that overlap {@code [from, to)}, found by binary search on their start. */
  public List<Mark> marksIn(int from, int to) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start() < from - longestMark) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Mark> found = new java.util.ArrayList<>(2);
    for (int i = lo; i < marks.size() && marks.get(i).start() < to; i++) {
      if (marks.get(i).overlaps(from, to)) {
        found.add(marks.get(i));
      }
    }
    return found;
  }

  /**
   * Lower-cases char by char so that offsets stay the same (unlike {@link String#toLowerCase}), in
   * place.
   */
  static String lowerSameLength(char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      chars[i] = lower(chars[i]);
    }
    return new String(chars);
  }

  /** One char lower-cased: looked up in a table for the Latin scripts. */
  static char lower(char c) {
    return c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
  }

  private static final char[] LOWER = new char[0x250];

  static {
    for (char c = 0; c < LOWER.length; c++) {
      LOWER[c] = Character.toLowerCase(c);
    }
  }
}
