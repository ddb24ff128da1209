package dev.attest.reports.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded TrueType font (DejaVu Sans, shipped in the WAR, so any server renders the same) that
 * knows which characters it can show: control characters become spaces, characters without a glyph
 * become "?", and text is cut with "…" to fit a width. Glyph widths are remembered per code point.
 */
final class PdfFont {
  private static final String FOLDER = "/dev/attest/reports/fonts/";
  private static final float MISSING = -1;

  final PDType0Font font;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final float ellipsis;
  private final float replacement;

  private PdfFont(PDType0Font font) {
    this.font = font;
    this.ellipsis = width('…');
    this.replacement = width('?');
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
    if (text == null) {
      return "";
    }
    float limit = maxWidth * 1000 / size;
    StringBuilder shown = new StringBuilder(Math.min(text.length(), 64));
    float used = 0;
    int cutAt = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp)
          || Character.getType(cp) == Character.LINE_SEPARATOR
          || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
        cp = ' ';
      }
      float w = width(cp);
      if (w == MISSING) {
        cp = '?';
        w = replacement;
      }
      if (cutAt < 0 && used + w + ellipsis > limit) {
        cutAt = shown.length(); // where "…" goes if the rest does not fit
      }
      used += w;
      if (used > limit) {
        return shown.substring(0, cutAt) + "…";
      }
      shown.appendCodePoint(cp);
    }
    return shown.toString();
  }

  /** The width of already fitted text in points. */
  float width(String fitted, float size) {
    float total = 0;
    for (int i = 0; i < fitted.length(); ) {
      int cp = fitted.codePointAt(i);
      i += Character.charCount(cp);
      total += width(cp);
    }
    return total * size / 1000;
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
