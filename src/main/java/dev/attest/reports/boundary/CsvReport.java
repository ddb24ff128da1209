package dev.attest.reports.boundary;

import dev.attest.reports.control.ReportSink;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.SignerTime;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV (RFC 4180, UTF-8): a header row, then one row per article saved or published in
 * the period. Times are ISO-8601 UTC; {@code sign_offs} lists "user time" pairs separated by "; ".
 * The summary and chain are in the JSON and PDF and in the response headers.
 *
 * <p>Text that editors write (a title, a byline, a disclosure) must not become a formula when an
 * auditor opens the file in a spreadsheet (CSV injection): a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, as OWASP
 * advises, and shows as the text it is.
 */
final class CsvReport implements ReportSink {
  static final String[] HEADER = {
    "id",
    "title",
    "language",
    "state",
    "author",
    "ai_use",
    "disclosure",
    "first_saved",
    "published_at",
    "published_by",
    "revisions",
    "claims_flagged",
    "claims_approved",
    "claims_rejected",
    "claims_open",
    "sign_offs",
    "four_eyes_satisfied",
    "four_eyes_conflict",
    "content_hash"
  };

  private final CSVPrinter csv;

  CsvReport(OutputStream out) {
    try {
      csv =
          new CSVPrinter(
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
              CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void begin(ComplianceReport report) {
    // CSVPrinter wrote the header row when it was made
  }

  @Override
  public void article(ArticleRow row) {
    StringJoiner signers = new StringJoiner("; ");
    for (SignerTime signer : row.signOffs()) {
      signers.add(signer.user() + " " + ReportTimes.utc(signer.at()));
    }
    try {
      csv.printRecord(
          row.id(),
          text(row.title()),
          text(row.language()),
          row.state(),
          text(row.author()),
          row.aiUse(),
          text(row.disclosure()),
          ReportTimes.utc(row.firstSaved()),
          ReportTimes.utc(row.publishedAt()),
          text(row.publishedBy()),
          row.revisions(),
          row.claims().flagged(),
          row.claims().approved(),
          row.claims().rejected(),
          row.claims().open(),
          text(signers.toString()),
          row.fourEyesSatisfied(),
          text(row.fourEyesConflict()),
          row.contentHash());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as a spreadsheet shows it as text, never as a formula. */
  static String text(String value) {
    if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
      return value;
    }
    return "'" + value;
  }

  private static final String FORMULA_STARTS = "=+-@\t\r";

  @Override
  public void end() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
