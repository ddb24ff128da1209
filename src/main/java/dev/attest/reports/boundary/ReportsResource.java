package dev.attest.reports.boundary;

import dev.attest.audit.entity.Verification;
import dev.attest.platform.Period;
import dev.attest.reports.control.ComplianceReports;
import dev.attest.reports.control.ReportSink;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/reports/compliance?from=YYYY-MM-DD&to=YYYY-MM-DD}: every article saved or
 * published in the period (UTC days, both included) with a summary and the audit chain's
 * verification, as JSON (the default), CSV or PDF by the Accept header. The chain is verified
 * before the response starts, so a broken database is a problem, not a cut download; the body is
 * then streamed.
 */
@Path("reports")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class ReportsResource {
  static final String CSV = "text/csv";
  static final String PDF = "application/pdf";

  /** The formats in order of preference: JSON when the client accepts anything. */
  private enum Format {
    JSON(
        MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_JSON + ";charset=UTF-8",
        null,
        JsonReport::new),
    CSV_ROWS(CSV, CSV + ";charset=UTF-8", "csv", CsvReport::new),
    PDF_SUMMARY(PDF, PDF, "pdf", PdfReport::new);

    final MediaType type;
    final String contentType;
    final String extension;
    final Function<OutputStream, ReportSink> sink;

    Format(
        String type,
        String contentType,
        String extension,
        Function<OutputStream, ReportSink> sink) {
      this.type = MediaType.valueOf(type);
      this.contentType = contentType;
      this.extension = extension;
      this.sink = sink;
    }

    static final List<Variant> VARIANTS =
        Variant.mediaTypes(JSON.type, CSV_ROWS.type, PDF_SUMMARY.type).build();

    static Format of(Variant variant) {
      for (Format format : values()) {
        if (format.type.equals(variant.getMediaType())) {
          return format;
        }
      }
      throw new NotAcceptableException();
    }
  }

  @Inject ComplianceReports reports;

  @Operation(
      summary =
          "Compliance report: every article saved or published in the period (UTC days, both included), a summary and"
              + " the audit chain verified just before; JSON {period, generatedAt, chain, summary, articles}, CSV (one row per article) or"
              + " PDF (summary tables and one line per article) by the Accept header")
  @APIResponse(
      responseCode = "200",
      description = "The report; CSV and PDF as attachments (Content-Disposition)",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = CSV),
        @Content(mediaType = PDF)
      })
  @APIResponse(
      responseCode = "400",
      description =
          "from or to missing or not a date, a date outside 1970-01-01..9999-12-31, or to before"
              + " from (invalid-period)")
  @GET
  @Path("compliance")
  @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
  public Response compliance(
      @QueryParam("from") String from, @QueryParam("to") String to, @Context Request request) {
    Variant chosen = request.selectVariant(Format.VARIANTS);
    if (chosen == null) {
      throw new NotAcceptableException();
    }
    Format format = Format.of(chosen);
    Period period = Period.parseClosed(from, to);
    Verification chain = reports.verifyChain();
    StreamingOutput body =
        out -> {
          try (ReportSink sink = format.sink.apply(out)) {
            reports.write(period, chain, sink);
          } catch (UncheckedIOException clientGone) {
            throw clientGone.getCause(); // the container handles a failed write as such
          }
        };
    Response.ResponseBuilder response =
        Response.ok(body, format.contentType)
            .header("Vary", "Accept")
            .header("X-Attest-Chain-Valid", chain.valid())
            .header("X-Attest-Chain-Head", chain.headHash());
    if (format.extension != null) {
      response.header(
          "Content-Disposition",
          "attachment; filename=attest-compliance-"
              + period.from()
              + "-"
              + period.to()
              + "."
              + format.extension);
    }
    return response.build();
  }
}
