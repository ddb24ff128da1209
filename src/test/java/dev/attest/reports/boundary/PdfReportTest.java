package dev.attest.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.audit.entity.Verification;
import dev.attest.platform.Period;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF's article table is bounded, whatever the period holds: every article up to the first
 * {@value PdfReport#ALL_ROWS}, then those needing attention, and a line that says how many were
 * left out and where they are.
 */
class PdfReportTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 8, 2, 9, 30, 0, 0, ZoneOffset.UTC);
  private static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
  private static final String LONG_TITLE =
      "Prüfbericht: Wie die Stadtwerke über die "
          + LONG_WORD
          + " und ihre Folgen für die Altstadt berichteten";

  /** The padding of a table cell, in points: a cell's text starts this far right of its edge. */
  private static final float PAD = 3;

  private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");

  @Test
  void listsTheFirstArticlesThenOnlyThoseNeedingAttention() throws Exception {
    int total = PdfReport.ALL_ROWS + 500;
    String text =
        write(
            total,
            id -> id > PdfReport.ALL_ROWS && id % 100 == 0 ? "chief wrote a revision" : null);
    List<Long> ids = listedIds(text);
    assertEquals(PdfReport.ALL_ROWS + 5, ids.size(), "2,000 rows, then the 5 conflicts");
    assertEquals(1L, ids.get(0));
    assertEquals((long) PdfReport.ALL_ROWS, ids.get(PdfReport.ALL_ROWS - 1));
    assertEquals(
        List.of(2100L, 2200L, 2300L, 2400L, 2500L), ids.subList(PdfReport.ALL_ROWS, ids.size()));
    assertTrue(
        text.replaceAll("\\s+", " ")
            .contains("… 495 more articles not listed here (after the first 2000"),
        "says how many are left out");
  }

  @Test
  void saysHowManyLeftOutArticlesNeedAttentionWhenThoseOverflowToo() throws Exception {
    int total = PdfReport.ALL_ROWS + PdfReport.ATTENTION_ROWS + 10;
    String text = write(total, id -> "chief wrote a revision");
    assertEquals(PdfReport.ALL_ROWS + PdfReport.ATTENTION_ROWS, listedIds(text).size());
    assertTrue(
        text.replaceAll("\\s+", " ")
            .contains("… 10 more articles not listed here (10 of them need attention)"),
        "never claims that every article needing attention is listed");
  }

  @Test
  void aSmallPeriodListsEveryArticleAndNoRemark() throws Exception {
    String text = write(30, id -> null);
    assertEquals(30, listedIds(text).size());
    assertTrue(!text.contains("more articles not listed"));
  }

  @Test
  void aLongTitleWrapsOntoLinesWithinItsColumnWithEveryWord() throws Exception {
    assertTrue(LONG_TITLE.length() >= 120, LONG_TITLE.length() + " characters");
    byte[] pdf = pdf(1, id -> LONG_TITLE, id -> null);

    Set<String> tokens = new HashSet<>(List.of(text(pdf).split("\\s+")));
    for (String word : LONG_TITLE.split(" ")) {
      if (!word.equals(LONG_WORD)) {
        assertTrue(tokens.contains(word), "'" + word + "' in\n" + text(pdf));
      }
    }

    List<String> lines = titleCell(glyphs(pdf));
    assertTrue(lines.size() > 1 && lines.size() <= PdfReport.TITLE_LINES, lines.toString());
    assertEquals(
        LONG_TITLE.replace(" ", ""),
        String.join("", lines),
        "every glyph of the title lies inside the title column: nothing cut, nothing spills over");
    List<String> wholeWords = new ArrayList<>();
    for (String word : LONG_TITLE.split(" ")) {
      wholeWords.add(wholeWords.isEmpty() ? word : wholeWords.get(wholeWords.size() - 1) + word);
    }
    assertTrue(
        wholeWords.contains(lines.get(0)), "the first line breaks after a whole word: " + lines);
  }

  @Test
  void aTitleLongerThanItsLinesIsCutWithAnEllipsisAfterTheLastOne() throws Exception {
    String title = (LONG_TITLE + " ").repeat(4).strip();
    List<String> lines = titleCell(glyphs(pdf(1, id -> title, id -> null)));
    assertEquals(PdfReport.TITLE_LINES, lines.size(), lines.toString());
    assertTrue(lines.get(lines.size() - 1).endsWith("…"), lines.toString());
    assertTrue(
        title.replace(" ", "").startsWith(String.join("", lines).replace("…", "")),
        "the lines are the title's start, within the column: " + lines);
  }

  @Test
  void aRowIsNeverSplitAcrossPagesAndTheHeaderRepeats() throws Exception {
    byte[] pdf =
        pdf(
            60,
            id ->
                "Bericht "
                    + id
                    + ": "
                    + (id % 3 == 0 ? "" : LONG_WORD)
                    + " und die Folgen (Schluss "
                    + id
                    + ")",
            id -> null);
    Set<Long> listed = new HashSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 3, document.getNumberOfPages() + " pages");
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        Set<Long> started = ids("(?m)^(\\d+) Bericht \\1:", text);
        assertEquals(
            started,
            ids("Schluss\\s+(\\d+)\\)", text),
            "each row that starts on page " + page + " ends on it:\n" + text);
        assertTrue(
            page == 1 || text.startsWith("id title lang state"), "the header repeats, " + page);
        listed.addAll(started);
      }
    }
    assertEquals(60, listed.size(), "every row once");
    float footer = PdfPages.SIZE.getHeight() - PdfPages.MARGIN / 2;
    float lowest = 0;
    for (Glyph glyph : glyphs(pdf)) {
      if (Math.abs(glyph.y() - footer) > 1) {
        lowest = Math.max(lowest, glyph.y());
      }
    }
    assertTrue(
        lowest <= PdfPages.SIZE.getHeight() - PdfPages.MARGIN - PdfPages.FOOTER,
        "no row runs on into the bottom margin and the footer: a line at " + lowest);
  }

  private static String write(int articles, LongFunction<String> conflict) throws Exception {
    return text(pdf(articles, id -> "Article " + id, conflict));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static byte[] pdf(
      int articles, LongFunction<String> title, LongFunction<String> conflict) {
    return pdf(articles, title, conflict, List.of());
  }

  private static byte[] pdf(
      int articles,
      LongFunction<String> title,
      LongFunction<String> conflict,
      List<Summary.ApproverCount> approvers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport report = new PdfReport(out);
    try {
      report.begin(
          new ComplianceReport(
              new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)),
              AT,
              Verification.intact(10, "sha256:ab"),
              new Summary(
                  articles,
                  Map.of("PUBLISHED", (long) articles),
                  Map.of("NONE", (long) articles),
                  articles,
                  articles,
                  new ClaimCounts(0, 0, 0, 0),
                  0,
                  new Summary.SignOffTimes(0, null, null),
                  approvers,
                  0)));
      for (long id = 1; id <= articles; id++) {
        report.article(
            new ArticleRow(
                id,
                title.apply(id),
                "en",
                "PUBLISHED",
                "Jane Doe",
                "NONE",
                "No AI was used.",
                AT,
                AT,
                "chief",
                1,
                "sha256:0123456789",
                new ClaimCounts(0, 0, 0, 0),
                List.of(),
                conflict.apply(id)));
      }
      report.end();
    } finally {
      report.close();
    }
    return out.toByteArray();
  }

  /**
   * However far down the page the tables before it end (0 to 40 approvers), no section heading is
   * left alone at the foot of a page: each is on the page where its table's header begins.
   */
  @Test
  void noHeadingIsLeftAtTheFootOfAPageWithoutItsTable() throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Summary", "figure value");
    headers.put("Articles by state", "state articles");
    headers.put("Articles by AI use", "AI use articles");
    headers.put("Sign-offs in the period per approver", "user name approvals rejections");
    headers.put("Articles (3)", "id title lang state");
    for (int n = 0; n <= 40; n++) {
      List<Summary.ApproverCount> approvers = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        approvers.add(new Summary.ApproverCount("chief" + a, "Chief " + a, a, 1));
      }
      try (PDDocument document =
          Loader.loadPDF(pdf(3, id -> "Article " + id, id -> null, approvers))) {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String text = stripper.getText(document);
          for (Map.Entry<String, String> section : headers.entrySet()) {
            boolean heading = text.lines().anyMatch(l -> l.strip().equals(section.getKey()));
            int count = n;
            int onPage = page;
            assertTrue(
                !heading || text.contains(section.getValue()),
                () ->
                    section.getKey()
                        + " without its table on page "
                        + onPage
                        + " with "
                        + count
                        + " approvers:\n"
                        + text);
          }
        }
      }
    }
  }

  /** The ids at the start of the article table's lines, in order. */
  private static List<Long> listedIds(String text) {
    Matcher line = Pattern.compile("(?m)^(\\d+) Article \\1\\b").matcher(text);
    List<Long> ids = new ArrayList<>();
    while (line.find()) {
      ids.add(Long.parseLong(line.group(1)));
    }
    return ids;
  }

  /** The ids that {@code pattern}'s first group finds in {@code text}. */
  private static Set<Long> ids(String pattern, String text) {
    Set<Long> ids = new HashSet<>();
    Matcher found = Pattern.compile(pattern).matcher(text);
    while (found.find()) {
      ids.add(Long.parseLong(found.group(1)));
    }
    return ids;
  }

  /** A glyph drawn on a page, from its left to its right edge, on the line at {@code y}. */
  private record Glyph(int page, float left, float right, float y, String text) {}

  private static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition at : positions) {
              glyphs.add(
                  new Glyph(
                      getCurrentPageNo(),
                      at.getXDirAdj(),
                      at.getXDirAdj() + at.getWidthDirAdj(),
                      at.getYDirAdj(),
                      at.getUnicode()));
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return glyphs;
  }

  /**
   * The lines of the title cells under the article table's last header, without spaces: the glyphs
   * that lie wholly between the column's left edge and the "lang" column's, each found from its
   * heading's position less the cells' padding. The footer is left out.
   */
  private static List<String> titleCell(List<Glyph> glyphs) {
    Map<String, List<Glyph>> lines = new LinkedHashMap<>();
    for (Glyph glyph : glyphs) {
      lines.computeIfAbsent(glyph.page() + "/" + glyph.y(), key -> new ArrayList<>()).add(glyph);
    }
    List<Glyph> header = null;
    for (List<Glyph> line : lines.values()) {
      if (spelled(line).startsWith("idtitlelangstate")) {
        header = line;
      }
    }
    assertNotNull(header, "an article table");
    List<Glyph> headings = header.stream().filter(g -> !g.text().isBlank()).toList();
    float left = headings.get(2).left() - PAD;
    float right = headings.get(7).left() - PAD;
    float footer = PdfPages.SIZE.getHeight() - PdfPages.MARGIN;
    List<String> cell = new ArrayList<>();
    for (List<Glyph> line : lines.values()) {
      Glyph first = line.get(0);
      if (first.page() == header.get(0).page()
          && first.y() > header.get(0).y()
          && first.y() < footer) {
        String inside =
            spelled(line.stream().filter(g -> g.left() >= left && g.right() <= right).toList());
        if (!inside.isEmpty()) {
          cell.add(inside);
        }
      }
    }
    return cell;
  }

  /** The glyphs' text from left to right, without spaces; ligatures ("ﬀ") as their letters. */
  private static String spelled(List<Glyph> glyphs) {
    StringBuilder text = new StringBuilder();
    glyphs.stream()
        .sorted(Comparator.comparing(Glyph::left))
        .map(Glyph::text)
        .map(g -> LIGATURE.matcher(g).find() ? Normalizer.normalize(g, Normalizer.Form.NFKC) : g)
        .forEach(text::append);
    return text.toString().replaceAll("\\s+", "");
  }
}
