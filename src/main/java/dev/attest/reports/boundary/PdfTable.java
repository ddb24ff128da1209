package dev.attest.reports.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells in a {@link PdfPages}: a bold header row on a grey band, repeated at the
 * top of every page the table continues on, and rows whose cells wrap onto as many lines as their
 * column allows, the last one cut to the column's width, and a faint rule below, so that a row of
 * several lines is told from the next. A row is never split across pages.
 */
final class PdfTable {
  /** A column: its heading, its share of the page width and how many lines a cell may take. */
  record Column(String heading, float share, int lines) {
    static final int TEXT_LINES = 3;

    /** Text that wraps onto up to {@value #TEXT_LINES} lines. */
    static Column text(String heading, float share) {
      return new Column(heading, share, TEXT_LINES);
    }

    /** Figures, times and codes: one line. */
    static Column figure(String heading, float share) {
      return new Column(heading, share, 1);
    }
  }

  private static final float SIZE = 7;
  private static final float ROW = 10;
  private static final float LEADING = 8.5f;
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

  /**
   * Starts the table: its header now, with room for a row of the most lines below it, and again on
   * every page it continues on.
   */
  PdfTable begin() {
    pages.reserve(startHeight());
    header();
    pages.onNewPage(this::header);
    return this;
  }

  /** The room the table's start takes: its header and a row of the most lines. */
  float startHeight() {
    int tallest = 1;
    for (Column column : columns) {
      tallest = Math.max(tallest, column.lines());
    }
    return ROW + 1 + height(tallest);
  }

  /**
   * A row, on the next page (below the repeated header) if all its lines do not fit on this one.
   */
  void row(String... cells) {
    List<List<String>> lines = new ArrayList<>(cells.length);
    for (int i = 0; i < cells.length && i < width.length; i++) {
      lines.add(pages.regular.wrap(cells[i], SIZE, width[i] - 2 * PAD, columns.get(i).lines()));
    }
    int count = 1;
    for (List<String> cell : lines) {
      count = Math.max(count, cell.size());
    }
    pages.reserve(height(count));
    draw(pages.regular, lines);
    pages.advance(height(count) - ROW);
    pages.rule(pages.y() - 0.7f, 0.85f);
  }

  /** The table is done: pages that follow get no header. */
  void end() {
    pages.onNewPage(() -> {});
    pages.advance(ROW / 2);
  }

  private void header() {
    pages.band(pages.y(), ROW + 1, 0.88f);
    List<List<String>> headings = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      headings.add(List.of(pages.bold.fit(columns.get(i).heading(), SIZE, width[i] - 2 * PAD)));
    }
    draw(pages.bold, headings);
    pages.advance(1);
  }

  /** Cells' lines, already fitted, the first on the next line's baseline. */
  private void draw(PdfFont font, List<List<String>> cells) {
    pages.advance(ROW);
    float baseline = pages.y() + 2.5f;
    for (int i = 0; i < cells.size(); i++) {
      List<String> cell = cells.get(i);
      for (int line = 0; line < cell.size(); line++) {
        pages.text(font, SIZE, x[i] + PAD, baseline - line * LEADING, cell.get(line));
      }
    }
  }

  private static float height(int lines) {
    return ROW + (lines - 1) * LEADING;
  }
}
