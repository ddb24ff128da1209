package dev.attest.reports.boundary;

import java.util.List;

/**
 * A table of text cells in a {@link PdfPages}: a bold header row on a grey band, repeated at the
 * top of every page the table continues on, and rows cut to their columns' widths.
 */
final class PdfTable {
  /** A column: its heading and its share of the page width. */
  record Column(String heading, float share) {}

  private static final float SIZE = 7;
  private static final float ROW = 10;
  private static final float PAD = 3;

  private final PdfPages pages;
  private final List<Column> columns;
  private final float[] x;
  private final float[] width;

  PdfTable(PdfPages pages, List<Column> columns) {
    this.pages = pages;
    this.columns = columns;
    this.x = new float[columns.size()];
    this.width = new float[columns.size()];
    float total = 0;
    for (Column column : columns) {
      total += column.share();
    }
    float at = 0;
    for (int i = 0; i < columns.size(); i++) {
      width[i] = PdfPages.WIDTH * columns.get(i).share() / total;
      x[i] = at;
      at += width[i];
    }
  }

  /** Starts the table: its header now, and again on every page it continues on. */
  PdfTable begin() {
    pages.reserve(2 * ROW);
    header();
    pages.onNewPage(this::header);
    return this;
  }

  void row(String... cells) {
    pages.reserve(ROW);
    line(pages.regular, cells);
  }

  /** The table is done: pages that follow get no header. */
  void end() {
    pages.onNewPage(() -> {});
    pages.advance(ROW / 2);
  }

  private void header() {
    pages.band(pages.y(), ROW + 1, 0.88f);
    String[] headings = new String[columns.size()];
    for (int i = 0; i < headings.length; i++) {
      headings[i] = columns.get(i).heading();
    }
    line(pages.bold, headings);
    pages.advance(1);
  }

  private void line(PdfFont font, String[] cells) {
    pages.advance(ROW);
    float baseline = pages.y() + 2.5f;
    for (int i = 0; i < cells.length && i < width.length; i++) {
      pages.text(font, SIZE, x[i] + PAD, baseline, font.fit(cells[i], SIZE, width[i] - 2 * PAD));
    }
  }
}
