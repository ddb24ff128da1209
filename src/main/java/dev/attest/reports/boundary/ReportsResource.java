package dev.attest.reports.boundary;

import dev.attest.audit.entity.Verification;
import dev.attest.platform.Period;
import dev.attest.reports.control.ComplianceReports;
import dev.attest.reports.control.ReportSink;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/reports/compliance?from=YYYY-MM-DD&to=YYYY-MM-DD}: every article saved or published in the period
 * (UTC days, both included) with a summary and the audit chain's verification, as JSON (the default), CSV or PDF by
 * the Accept header. The chain is verified before the response starts, so a broken database is a problem, not a cut
 * download; the body is then streamed.
 */
@Path("reports")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class ReportsResource {
  static final String CSV = "text/csv";
  static final String PDF = "application/pdf";

  @Inject ComplianceReports reports;

  @Operation(summary = "Compliance report as JSON: {period, generatedAt, chain, summary, articles}")
  @APIResponse(responseCode = "200", description = "The report; Accept text/csv or application/pdf for the other formats")
  @APIResponse(responseCode = "400", description = "from or to missing or not a date, or to before from")
  @APIResponse(responseCode = "401", description = "No or wrong credentials")
  @APIResponse(responseCode = "403", description = "Not an auditor or admin")
  @APIResponse(responseCode = "406", description = "Accept names none of application/json, text/csv, application/pdf")
  @GET
  @Path("compliance")
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(@QueryParam("from") String from, @QueryParam("to") String to) {
    return report(from, to, MediaType.APPLICATION_JSON + ";charset=UTF-8", null, JsonReport::new);
  }

  @Operation(summary = "Compliance report as CSV: one row per article saved or published in the period")
  @APIResponse(responseCode = "200", description = "text/csv (RFC 4180, UTF-8, header row) as an attachment")
  @GET
  @Path("compliance")
  @Produces(CSV + ";qs=0.9")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    return report(from, to, CSV + ";charset=UTF-8", "csv", CsvReport::new);
  }

  @Operation(summary = "Compliance report as PDF: the summary with its tables and every article")
  @APIResponse(responseCode = "200", description = "application/pdf as an attachment")
  @GET
  @Path("compliance")
  @Produces(PDF + ";qs=0.8")
  public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
    return report(from, to, PDF, "pdf", PdfReport::new);
  }

  private Response report(String from, String to, String type, String extension, Function<OutputStream, ReportSink> format) {
    Period period = Period.parseClosed(from, to);
    Verification chain = reports.verifyChain();
    StreamingOutput body = out -> {
      try (ReportSink sink = format.apply(out)) {
        reports.write(period, chain, sink);
      } catch (UncheckedIOException clientGone) {
        throw clientGone.getCause(); // the container handles a failed write as such
      }
    };
    Response.ResponseBuilder response = Response.ok(body, type)
        .header("X-Attest-Chain-Valid", chain.valid())
        .header("X-Attest-Chain-Head", chain.headHash());
    if (extension != null) {
      response.header("Content-Disposition",
          "attachment; filename=attest-compliance-" + period.from() + "-" + period.to() + "." + extension);
    }
    return response.build();
  }
}
