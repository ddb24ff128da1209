package dev.attest.analysis.internal;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * An article's visible text with its block structure and inline marks, plus the parsed document for
 * metadata lookups.
 *
 * @param text the visible text: blocks joined by newlines
 */
public record ArticleText(
    Document document, String text, List<Block> blocks, List<Mark> marks, int longestMark) {

  /** Marks must be sorted by start. */
  public ArticleText(Document document, String text, List<Block> blocks, List<Mark> marks) {
    this(
        document,
        text,
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
}
