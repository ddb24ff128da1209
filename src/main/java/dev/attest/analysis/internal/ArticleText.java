package dev.attest.analysis.internal;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * An article's visible text with its block structure and inline marks, plus the parsed document for metadata
 * lookups.
 *
 * @param text the visible text: blocks joined by newlines
 * @param lower {@code text} lower-cased char by char (same offsets), for trigger look-ups
 */
public record ArticleText(
    Document document, String text, String lower, List<Block> blocks, List<Mark> marks) {

  public String slice(int from, int to) {
    return text.substring(from, to);
  }

  public String slice(Block block) {
    return text.substring(block.start(), block.end());
  }

  public boolean hasMark(Mark.Type type, int from, int to) {
    for (Mark mark : marks) {
      if (mark.type() == type && mark.overlaps(from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-cases char by char so that offsets stay the same (unlike {@link String#toLowerCase}). */
  static String lowerSameLength(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(text.charAt(i));
    }
    return new String(chars);
  }
}
