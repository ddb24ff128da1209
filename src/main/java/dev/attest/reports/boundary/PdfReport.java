package dev.attest.reports.boundary;

import dev.attest.audit.entity.Verification;
import dev.attest.reports.control.ReportSink;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.SignerTime;
import dev.attest.reports.entity.Summary;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The report as a readable PDF: title, period and the audit chain's state; the summary, articles by
 * state and by AI use and sign-offs per approver as tables; then the period's articles, one row
 * each (a long title wraps onto a few lines), with what needs attention. The full disclosure texts
 * and content hashes are in the CSV and JSON (the PDF shows a hash's start).
 *
 * <p>A PDF is written only once complete, and each page stays in memory until then, so the article
 * table is bounded: the first {@value #ALL_ROWS} articles of the period, then only those that need
 * attention, up to {@value #ATTENTION_ROWS} more; a last line says how many were left out and that
 * the CSV and JSON list every one. Its memory therefore does not grow with the period.
 */
final class PdfReport implements ReportSink {
  static final int ALL_ROWS = 2_000;
  static final int ATTENTION_ROWS = 2_000;

  /** Lines an article's title may take: most titles then show in full in its wider column. */
  static final int TITLE_LINES = 4;

  /** The size of the line that explains the article table's columns, and the height it takes. */
  private static final float LEGEND_SIZE = 8;

  private static final float LEGEND = LEGEND_SIZE * 1.5f;

  /**
   * Widths in points on the landscape page (770 wide): times, counts and the hash's start fit
   * unabridged on one line; the title and other text wrap.
   */
  private static final List<PdfTable.Column> ARTICLE_COLUMNS =
      List.of(
          PdfTable.Column.figure("id", 34),
          new PdfTable.Column("title", 146, TITLE_LINES),
          PdfTable.Column.figure("lang", 24),
          PdfTable.Column.figure("state", 50),
          PdfTable.Column.text("author", 56),
          PdfTable.Column.figure("AI use", 54),
          PdfTable.Column.figure("first saved", 70),
          PdfTable.Column.figure("published", 70),
          PdfTable.Column.figure("rev.", 22),
          PdfTable.Column.figure("f/a/r/o", 40),
          PdfTable.Column.text("signed off by", 58),
          PdfTable.Column.figure("4 eyes", 32),
          PdfTable.Column.text("needs attention", 70),
          PdfTable.Column.figure("hash", 44));

  private final OutputStream out;
  private PdfPages pages;
  private PdfTable articles;
  private long listed;
  private long needingAttention;
  private long left;
  private long leftNeedingAttention;

  PdfReport(OutputStream out) {
    this.out = out;
  }

  @Override
  public void begin(ComplianceReport report) {
    String name =
        "attest compliance report " + report.period().from() + " – " + report.period().to();
    pages =
        new PdfPages(
            name,
            name
                + " · generated "
                + ReportTimes.readable(report.generatedAt())
                + " UTC · chain head "
                + report.chain().headHash());
    heading(16, "attest compliance report", 0);
    line(
        pages.regular,
        9,
        "Period "
            + report.period().from()
            + " to "
            + report.period().to()
            + " (UTC days, both included): every article saved or published in it. Generated "
            + ReportTimes.readable(report.generatedAt())
            + " UTC.");
    chain(report.chain());
    Summary s = report.summary();
    PdfTable summary =
        new PdfTable(
            pages, List.of(PdfTable.Column.text("figure", 1), PdfTable.Column.text("value", 2)));
    heading(12, "Summary", summary.startHeight());
    summary.begin();
    summary.row("Articles", String.valueOf(s.articles()));
    summary.row(
        "Disclosure coverage",
        percent(s.disclosureCoverage()) + " (" + s.withDisclosure() + " of " + s.articles() + ")");
    summary.row(
        "Author coverage",
        percent(s.authorCoverage()) + " (" + s.withAuthor() + " of " + s.articles() + ")");
    summary.row(
        "Claims flagged (current revisions)",
        s.claims().flagged()
            + " ("
            + String.format(Locale.ROOT, "%.2f", s.claimsPerArticle())
            + " per article, at most "
            + s.maxClaimsPerArticle()
            + ")");
    summary.row(
        "Approved / rejected / open",
        s.claims().approved() + " / " + s.claims().rejected() + " / " + s.claims().open());
    summary.row(
        "Time from flag to sign-off",
        "median "
            + duration(s.flagToSignOff().medianSeconds())
            + ", 90th percentile "
            + duration(s.flagToSignOff().p90Seconds())
            + " ("
            + s.flagToSignOff().decided()
            + " decided claims)");
    summary.row(
        "Open items",
        s.claims().open()
            + " open claims, "
            + s.claims().rejected()
            + " rejected claims, "
            + s.articlesInReview()
            + " articles waiting for review");
    summary.row("Four-eyes conflicts", s.fourEyesConflicts() + " articles");
    summary.end();
    counts("Articles by state", "state", s.byState());
    counts("Articles by AI use", "AI use", s.byAiUse());
    approvers(s.approvers());
    articles = new PdfTable(pages, ARTICLE_COLUMNS);
    heading(12, "Articles (" + s.articles() + ")", LEGEND + 4 + articles.startHeight());
    line(
        pages.regular,
        LEGEND_SIZE,
        "f/a/r/o: current claims flagged/approved/rejected/open · 4 eyes: no signer or publisher wrote a revision or is"
            + " the byline · hash: start of the current revision's SHA-256 (in full in the CSV and JSON) · times UTC");
    pages.advance(4);
    articles.begin();
  }

  @Override
  public void article(ArticleRow row) {
    boolean attention = !row.concerns().isEmpty();
    if (listed >= ALL_ROWS && (!attention || needingAttention >= ATTENTION_ROWS)) {
      left++;
      if (attention) {
        leftNeedingAttention++;
      }
      return;
    }
    if (listed >= ALL_ROWS) {
      needingAttention++;
    }
    listed++;
    StringJoiner signers = new StringJoiner(", ");
    for (SignerTime signer : row.signOffs()) {
      signers.add(signer.user());
    }
    String hex = row.contentHash() == null ? "" : row.contentHash().replace("sha256:", "");
    String hash = hex.substring(0, Math.min(8, hex.length()));
    articles.row(
        String.valueOf(row.id()),
        row.title(),
        row.language(),
        row.state(),
        row.author(),
        row.aiUse(),
        ReportTimes.readable(row.firstSaved()),
        ReportTimes.readable(row.publishedAt()),
        String.valueOf(row.revisions()),
        row.claims().flagged()
            + "/"
            + row.claims().approved()
            + "/"
            + row.claims().rejected()
            + "/"
            + row.claims().open(),
        signers.toString(),
        row.fourEyesSatisfied() ? "yes" : "NO",
        String.join(", ", row.concerns()),
        hash);
  }

  @Override
  public void end() {
    articles.end();
    if (left > 0) {
      pages.advance(4);
      line(
          pages.bold,
          9,
          "… "
              + left
              + " more articles not listed here ("
              + (leftNeedingAttention == 0
                  ? "after the first " + ALL_ROWS + ", only those needing attention are"
                  : leftNeedingAttention + " of them need attention")
              + "): the CSV and JSON reports list every article.");
    }
    pages.save(out);
  }

  @Override
  public void close() {
    if (pages != null) {
      pages.close();
    }
  }

  private void chain(Verification chain) {
    String state =
        chain.valid()
            ? "Audit chain intact: " + chain.events() + " events verified just before this report."
            : "AUDIT CHAIN BROKEN at event " + chain.brokenAt() + ": " + chain.reason();
    line(pages.bold, 9, state);
    line(pages.regular, 9, "Head hash " + chain.headHash());
  }

  private void counts(String title, String heading, Map<String, Long> counts) {
    PdfTable table =
        new PdfTable(
            pages,
            List.of(PdfTable.Column.text(heading, 1), PdfTable.Column.figure("articles", 2)));
    heading(12, title, table.startHeight());
    table.begin();
    counts.forEach((key, count) -> table.row(key, String.valueOf(count)));
    table.end();
  }

  private void approvers(List<Summary.ApproverCount> approvers) {
    PdfTable table =
        new PdfTable(
            pages,
            List.of(
                PdfTable.Column.text("user", 1),
                PdfTable.Column.text("name", 1),
                PdfTable.Column.figure("approvals", 0.5f),
                PdfTable.Column.figure("rejections", 0.5f)));
    heading(12, "Sign-offs in the period per approver", table.startHeight());
    table.begin();
    for (Summary.ApproverCount approver : approvers) {
      table.row(
          approver.user(),
          approver.displayName(),
          String.valueOf(approver.approvals()),
          String.valueOf(approver.rejections()));
    }
    table.end();
  }

  /**
   * A heading, on the next page unless it and the {@code keepWith} points that follow it (the start
   * of its table) fit on this one.
   */
  private void heading(float size, String text, float keepWith) {
    pages.reserve(size * 2.1f + 4 + keepWith);
    pages.advance(size * 0.6f);
    line(pages.bold, size, text);
    pages.advance(4);
  }

  private void line(PdfFont font, float size, String text) {
    pages.reserve(size * 1.5f);
    pages.advance(size * 1.5f);
    pages.text(font, size, 0, pages.y(), font.fit(text, size, PdfPages.WIDTH));
  }

  private static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  /**
   * Seconds as people read them: "45 s", "12 min", "3 h 5 min", "2 d 4 h"; "–" when there are none.
   */
  static String duration(Double seconds) {
    if (seconds == null) {
      return "–";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min";
    }
    if (s < 86_400) {
      return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
    return s / 86_400 + " d " + s % 86_400 / 3600 + " h";
  }
}
