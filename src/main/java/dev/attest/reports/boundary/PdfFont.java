package dev.attest.reports.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded TrueType font (DejaVu Sans, shipped in the WAR, so any server renders the same) that
 * knows which characters it can show: control characters become spaces, characters without a glyph
 * become "?", and text is cut with "…" to fit a width or wrapped onto a few lines of that width.
 * Glyph widths are remembered per code point.
 */
final class PdfFont {
  private static final String FOLDER = "/dev/attest/reports/fonts/";
  private static final float MISSING = -1;

  final PDType0Font font;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final float ellipsis;

  private PdfFont(PDType0Font font) {
    this.font = font;
    this.ellipsis = width('…');
  }

  static PdfFont load(PDDocument document, String file) {
    try (InputStream in = PdfFont.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the WAR");
      }
      return new PdfFont(PDType0Font.load(document, in, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} as this font can show it, cut with "…" to {@code maxWidth} points at {@code size}.
   */
  String fit(String text, float size, float maxWidth) {
    return cut(shown(text), 0, size, maxWidth);
  }

  /**
   * {@code text} as this font can show it, in lines of at most {@code maxWidth} points at {@code
   * size}: broken at spaces, and inside a word only if it is longer than a line, and the last of
   * {@code maxLines} lines cut with "…". No lines for empty text.
   */
  List<String> wrap(String text, float size, float maxWidth, int maxLines) {
    String shown = shown(text).stripTrailing(); // trailing spaces need no room, nor an ellipsis
    List<String> lines = new ArrayList<>();
    int from = afterSpaces(shown, 0);
    while (from < shown.length()) {
      if (lines.size() == maxLines - 1) {
        lines.add(cut(shown, from, size, maxWidth));
        break;
      }
      int end = fitting(shown, from, size, maxWidth);
      int to = end == shown.length() ? end : breakAt(shown, from, end, size, maxWidth);
      lines.add(shown.substring(from, to).stripTrailing());
      from = afterSpaces(shown, to);
    }
    return lines;
  }

  /** The width of already fitted text in points. */
  float width(String fitted, float size) {
    float total = 0;
    for (int i = 0; i < fitted.length(); i = next(fitted, i)) {
      total += width(fitted.codePointAt(i));
    }
    return total * size / 1000;
  }

  /** Text as this font can show it: control characters as spaces, no glyph as "?". */
  private String shown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i = next(text, i)) {
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp)
          || Character.getType(cp) == Character.LINE_SEPARATOR
          || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
        cp = ' ';
      }
      shown.appendCodePoint(width(cp) == MISSING ? '?' : cp);
    }
    return shown.toString();
  }

  /**
   * Where a line of {@code shown} from {@code from}, of which the part up to {@code end} fits,
   * breaks: at its last space, unless the word after that is longer than a line on its own; then,
   * as inside such a word, where the line is full.
   */
  private int breakAt(String shown, int from, int end, float size, float maxWidth) {
    int space = shown.lastIndexOf(' ', end);
    if (space > from) {
      int word = afterSpaces(shown, space);
      int wordEnd = shown.indexOf(' ', word);
      if (fitting(shown, word, size, maxWidth) >= (wordEnd < 0 ? shown.length() : wordEnd)) {
        return space;
      }
    }
    return Math.max(end, next(shown, from));
  }

  /** {@code shown} from {@code from}, cut with "…" to {@code maxWidth}. */
  private String cut(String shown, int from, float size, float maxWidth) {
    if (fitting(shown, from, size, maxWidth) == shown.length()) {
      return shown.substring(from);
    }
    return shown.substring(from, fitting(shown, from, size, maxWidth - ellipsis * size / 1000))
        + "…";
  }

  /** Where the longest part of {@code shown} from {@code from} that fits {@code maxWidth} ends. */
  private int fitting(String shown, int from, float size, float maxWidth) {
    float limit = maxWidth * 1000 / size;
    float used = 0;
    int end = from;
    while (end < shown.length()) {
      used += width(shown.codePointAt(end));
      if (used > limit) {
        break;
      }
      end = next(shown, end);
    }
    return end;
  }

  private static int afterSpaces(String text, int index) {
    while (index < text.length() && text.charAt(index) == ' ') {
      index++;
    }
    return index;
  }

  private static int next(String text, int index) {
    return index + Character.charCount(text.codePointAt(index));
  }

  private float width(int codePoint) {
    return widths.computeIfAbsent(codePoint, this::measure);
  }

  private float measure(int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IllegalArgumentException | IOException noGlyph) {
      return MISSING;
    }
  }
}
