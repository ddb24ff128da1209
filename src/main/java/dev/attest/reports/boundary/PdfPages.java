package dev.attest.reports.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A landscape A4 document written line by line from the top: each page's content is finished and
 * handed to PDFBox's temp-file stream cache when the next page starts, so only the small page
 * dictionaries stay in memory. Pages carry a footer with the report's name and the page number.
 */
final class PdfPages implements AutoCloseable {
  static final PDRectangle SIZE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  static final float MARGIN = 36;
  static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
  static final float FOOTER = 18;

  final PdfFont regular;
  final PdfFont bold;
  private final PDDocument document;
  private final String footer;
  private PDPageContentStream content;
  private float y;
  private int pages;
  private Runnable onNewPage = () -> {};

  PdfPages(String title, String footer) {
    this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    this.footer = footer;
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("attest");
    this.regular = PdfFont.load(document, "DejaVuSans.ttf");
    this.bold = PdfFont.load(document, "DejaVuSans-Bold.ttf");
    newPage();
  }

  /** What to draw at the top of each following page (a table's header row), or nothing. */
  void onNewPage(Runnable header) {
    this.onNewPage = header;
  }

  /** Makes room for {@code height} points, starting a new page when this one is full. */
  void reserve(float height) {
    if (y - height < MARGIN + FOOTER) {
      newPage();
      onNewPage.run();
    }
  }

  /** Moves down by {@code height}; the line's baseline is then at {@link #y()}. */
  void advance(float height) {
    y -= height;
  }

  float y() {
    return y;
  }

  /**
   * Text already fitted by {@code font}, at {@code x} (from the left margin) on the baseline {@code
   * baseline}.
   */
  void text(PdfFont font, float size, float x, float baseline, String fitted) {
    if (fitted.isEmpty()) {
      return;
    }
    try {
      content.beginText();
      content.setFont(font.font, size);
      content.newLineAtOffset(MARGIN + x, baseline);
      content.showText(fitted);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A filled grey band behind a line (table headers), from {@code top} down by {@code height}. */
  void band(float top, float height, float grey) {
    try {
      content.setNonStrokingColor(grey, grey, grey);
      content.addRect(MARGIN, top - height, WIDTH, height);
      content.fill();
      content.setNonStrokingColor(0f, 0f, 0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A thin rule across the page at {@code at}, in {@code grey} (0 black, 1 white). */
  void rule(float at, float grey) {
    try {
      content.setStrokingColor(grey, grey, grey);
      content.setLineWidth(0.3f);
      content.moveTo(MARGIN, at);
      content.lineTo(MARGIN + WIDTH, at);
      content.stroke();
      content.setStrokingColor(0f, 0f, 0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finishes the last page and writes the document; the temp files go with {@link #close()}. */
  void save(OutputStream out) {
    try {
      finishPage();
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    try {
      finishPage();
      PDPage page = new PDPage(SIZE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pages++;
      y = SIZE.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finishPage() throws IOException {
    if (content == null) {
      return;
    }
    String number = "page " + pages;
    text(regular, 7, 0, MARGIN / 2, regular.fit(footer, 7, WIDTH - 60));
    text(regular, 7, WIDTH - regular.width(number, 7), MARGIN / 2, number);
    content.close();
    content = null;
  }
}
