package dev.attest.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.audit.entity.Verification;
import dev.attest.platform.Period;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.Summary;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF's article table is bounded, whatever the period holds: every article up to the first
 * {@value PdfReport#ALL_ROWS}, then those needing attention, and a line that says how many were
 * left out and where they are.
 */
class PdfReportTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 8, 2, 9, 30, 0, 0, ZoneOffset.UTC);

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

  private static String write(int articles, java.util.function.LongFunction<String> conflict)
      throws Exception {
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
                  List.of(),
                  0)));
      for (long id = 1; id <= articles; id++) {
        report.article(
            new ArticleRow(
                id,
                "Article " + id,
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
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  /** The ids at the start of the article table's lines, in order. */
  private static List<Long> listedIds(String text) {
    Matcher line = Pattern.compile("(?m)^(\\d+) Article \\1\\b").matcher(text);
    List<Long> ids = new java.util.ArrayList<>();
    while (line.find()) {
      ids.add(Long.parseLong(line.group(1)));
    }
    return ids;
  }
}
