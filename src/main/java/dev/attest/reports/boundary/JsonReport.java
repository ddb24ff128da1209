package dev.attest.reports.boundary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.audit.boundary.AuditResource;
import dev.attest.reports.control.ReportSink;
import dev.attest.reports.entity.ArticleRow;
import dev.attest.reports.entity.ClaimCounts;
import dev.attest.reports.entity.ComplianceReport;
import dev.attest.reports.entity.SignerTime;
import dev.attest.reports.entity.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The report as one JSON object, written as it is read: {@code period}, {@code generatedAt}, {@code
 * chain} ({valid, events, headHash, brokenAt?, reason?}), {@code summary}, then {@code articles},
 * one object each.
 */
final class JsonReport implements ReportSink {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonGenerator json;

  JsonReport(OutputStream out) {
    try {
      json = JSON.getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void begin(ComplianceReport report) {
    write(
        () -> {
          json.writeStartObject();
          json.writeObjectFieldStart("period");
          json.writeStringField("from", report.period().from().toString());
          json.writeStringField("to", report.period().to().toString());
          json.writeEndObject();
          json.writeStringField("generatedAt", report.generatedAt().toString());
          json.writeFieldName("chain");
          json.writeTree(AuditResource.VerificationJson.of(report.chain()));
          summary(report.summary());
          json.writeArrayFieldStart("articles");
        });
  }

  private void summary(Summary s) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("articles", s.articles());
    counts("byState", s.byState());
    counts("byAiUse", s.byAiUse());
    json.writeNumberField("withDisclosure", s.withDisclosure());
    number("disclosureCoverage", s.disclosureCoverage());
    json.writeNumberField("withAuthor", s.withAuthor());
    number("authorCoverage", s.authorCoverage());
    claims(s.claims());
    json.writeNumberField("claimsPerArticle", s.claimsPerArticle());
    json.writeNumberField("maxClaimsPerArticle", s.maxClaimsPerArticle());
    json.writeObjectFieldStart("flagToSignOff");
    json.writeNumberField("decided", s.flagToSignOff().decided());
    number("medianSeconds", s.flagToSignOff().medianSeconds());
    number("p90Seconds", s.flagToSignOff().p90Seconds());
    json.writeEndObject();
    json.writeObjectFieldStart("openItems");
    json.writeNumberField("openClaims", s.claims().open());
    json.writeNumberField("rejectedClaims", s.claims().rejected());
    json.writeNumberField("articlesInReview", s.articlesInReview());
    json.writeEndObject();
    json.writeArrayFieldStart("signOffsPerApprover");
    for (Summary.ApproverCount approver : s.approvers()) {
      json.writeStartObject();
      json.writeStringField("user", approver.user());
      json.writeStringField("displayName", approver.displayName());
      json.writeNumberField("approvals", approver.approvals());
      json.writeNumberField("rejections", approver.rejections());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("fourEyesConflicts", s.fourEyesConflicts());
    json.writeEndObject();
  }

  @Override
  public void article(ArticleRow row) {
    write(
        () -> {
          json.writeStartObject();
          json.writeNumberField("id", row.id());
          json.writeStringField("title", row.title());
          json.writeStringField("language", row.language());
          json.writeStringField("state", row.state());
          json.writeStringField("author", row.author());
          json.writeStringField("aiUse", row.aiUse());
          json.writeStringField("disclosure", row.disclosure());
          time("firstSaved", row.firstSaved());
          time("publishedAt", row.publishedAt());
          json.writeStringField("publishedBy", row.publishedBy());
          json.writeNumberField("revisions", row.revisions());
          json.writeStringField("contentHash", row.contentHash());
          claims(row.claims());
          json.writeArrayFieldStart("signOffs");
          for (SignerTime signer : row.signOffs()) {
            json.writeStartObject();
            json.writeStringField("by", signer.user());
            time("at", signer.at());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeBooleanField("fourEyesSatisfied", row.fourEyesSatisfied());
          json.writeStringField("fourEyesConflict", row.fourEyesConflict());
          json.writeEndObject();
        });
  }

  @Override
  public void end() {
    write(
        () -> {
          json.writeEndArray();
          json.writeEndObject();
          json.flush();
        });
  }

  private void claims(ClaimCounts claims) throws IOException {
    json.writeObjectFieldStart("claims");
    json.writeNumberField("flagged", claims.flagged());
    json.writeNumberField("approved", claims.approved());
    json.writeNumberField("rejected", claims.rejected());
    json.writeNumberField("open", claims.open());
    json.writeEndObject();
  }

  private void counts(String name, Map<String, Long> counts) throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  private void number(String name, Double value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  private void time(String name, OffsetDateTime value) throws IOException {
    json.writeStringField(name, value == null ? null : ReportTimes.utc(value));
  }

  private interface Step {
    void run() throws IOException;
  }

  private static void write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
