package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance report on a real Payara Micro: a small history made through the API (published,
 * draft, and an article a chief editor edited after signing it off), then the report as JSON, CSV
 * and PDF, each read back. Other ITs share the server and today's date, so figures are checked as
 * "at least" and rows are found by id.
 */
@ExtendWith(PayaraServer.class)
class ReportsIT {
  static final String TITLE = "Rødgrød, Überblick & café 北京";
  static final String HTML =
      "<html lang=\"en\"><body><p>By Jane Doe</p>"
          + "<p>Reportedly 300 people came to the meeting in Århus.</p><p>Critics say the plan failed.</p>"
          + "<p>The council met on Monday.</p>"
          + "<p>No AI was used to write this article.</p></body></html>";

  static Api api;
  static String today;
  static JsonNode published;
  static JsonNode draft;
  static JsonNode editedByChief;
  static String contentHash;

  @BeforeAll
  static void history(PayaraServer.Running server) throws Exception {
    api = new Api(server);
    today = LocalDate.now(ZoneOffset.UTC).toString();
    published = approved(api.create("editor", TITLE, HTML));
    published =
        api.ok(api.post("chief", "api/articles/" + published.get("id").asLong() + "/publish", ""));
    contentHash =
        api.ok(api.get("auditor", "api/articles/" + published.get("id").asLong() + "/revisions"))
            .at("/0/contentHash")
            .asText();
    draft = api.create("editor", "Draft with open claims", HTML);
    // the chief editor signs off, then the byline becomes the chief's: the chief's sign-offs no
    // longer count
    editedByChief =
        api.revise(
            "editor",
            approved(api.create("editor", "Edited after sign-off", HTML)),
            HTML.replace("By Jane Doe", "By Charlotte Chief")
                .replace("met on Monday", "met on Tuesday"));
  }

  private static JsonNode approved(JsonNode article) throws Exception {
    JsonNode current =
        api.approveAll("chief", api.submit("editor", article), "checked with the council");
    assertEquals("APPROVED", current.get("state").asText());
    return current;
  }

  @Test
  void jsonHasEveryArticleWithItsReviewAndTheSummaryAnchoredToTheChain() throws Exception {
    JsonNode verified = api.ok(api.get("auditor", "api/audit/verify"));
    HttpResponse<String> response = api.get("auditor", period(today, today), "application/json");
    JsonNode report = api.ok(response);
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));

    assertEquals(today, report.at("/period/from").asText());
    assertTrue(report.at("/chain/valid").asBoolean());
    assertEquals(
        verified.get("headHash").asText(),
        report.at("/chain/headHash").asText(),
        "nothing was appended in between");
    assertEquals(verified.get("events").asLong(), report.at("/chain/events").asLong());
    assertEquals(
        verified.get("headHash").asText(),
        response.headers().firstValue("X-Attest-Chain-Head").orElseThrow());

    JsonNode row = row(report, published);
    assertEquals(TITLE, row.get("title").asText());
    assertEquals("en", row.get("language").asText());
    assertEquals("PUBLISHED", row.get("state").asText());
    assertEquals("Jane Doe", row.get("author").asText());
    assertEquals("NONE", row.get("aiUse").asText());
    assertTrue(row.get("disclosure").asText().contains("No AI was used"));
    assertEquals(1, row.get("revisions").asInt());
    assertEquals(contentHash, row.get("contentHash").asText());
    assertEquals("chief", row.get("publishedBy").asText());
    assertFalse(row.get("publishedAt").isNull());
    assertFalse(row.get("firstSaved").isNull());
    int claims = published.get("claims").size();
    assertTrue(claims >= 2, "the article has claims to sign off");
    assertEquals(claims, row.at("/claims/flagged").asInt());
    assertEquals(claims, row.at("/claims/approved").asInt());
    assertEquals(0, row.at("/claims/open").asInt());
    assertEquals("chief", row.at("/signOffs/0/by").asText());
    assertTrue(row.get("fourEyesSatisfied").asBoolean());

    JsonNode open = row(report, draft);
    assertEquals("DRAFT", open.get("state").asText());
    assertEquals(claims, open.at("/claims/open").asInt());
    assertEquals(0, open.get("signOffs").size());

    JsonNode reopened = row(report, editedByChief);
    assertEquals(2, reopened.get("revisions").asInt());
    assertEquals("Charlotte Chief", reopened.get("author").asText());
    assertEquals(
        claims,
        reopened.at("/claims/open").asInt(),
        "the chief's approvals of their own byline were re-opened");
    assertEquals(0, reopened.get("signOffs").size());
    assertTrue(reopened.get("fourEyesSatisfied").asBoolean());

    JsonNode summary = report.get("summary");
    assertEquals(report.get("articles").size(), summary.get("articles").asInt());
    assertTrue(
        summary.at("/byState/PUBLISHED").asInt() >= 1 && summary.at("/byState/DRAFT").asInt() >= 1);
    assertTrue(summary.at("/byAiUse/NONE").asInt() >= 3);
    assertTrue(
        summary.get("withDisclosure").asInt() >= 3 && summary.get("withAuthor").asInt() >= 3);
    assertTrue(
        summary.get("disclosureCoverage").asDouble() > 0
            && summary.get("disclosureCoverage").asDouble() <= 1);
    assertTrue(summary.at("/claims/flagged").asInt() >= 3 * claims);
    assertTrue(summary.at("/openItems/openClaims").asInt() >= claims);
    // the times are those of current claims' sign-offs: the published article's (the chief's on the
    // re-opened article belong to its earlier revision); other tests may add theirs
    assertTrue(summary.at("/flagToSignOff/decided").asInt() >= claims);
    assertTrue(summary.at("/flagToSignOff/medianSeconds").asDouble() >= 0);
    assertTrue(
        summary.at("/flagToSignOff/p90Seconds").asDouble()
            >= summary.at("/flagToSignOff/medianSeconds").asDouble());
    assertTrue(summary.has("fourEyesConflicts"));
    JsonNode chief = approver(summary, "chief");
    assertEquals("Charlotte Chief", chief.get("displayName").asText());
    assertTrue(chief.get("approvals").asInt() >= 2 * claims);
  }

  @Test
  void csvHasAHeaderAndOneRowPerArticle() throws Exception {
    HttpResponse<String> response = api.get("auditor", period(today, today), "text/csv");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertEquals(
        "attachment; filename=attest-compliance-" + today + "-" + today + ".csv",
        response.headers().firstValue("Content-Disposition").orElseThrow());
    try (CSVParser csv =
        CSVParser.parse(
            new StringReader(response.body()),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(
          List.of(
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
              "content_hash"),
          csv.getHeaderNames());
      List<CSVRecord> records = csv.getRecords();
      CSVRecord row =
          records.stream()
              .filter(r -> r.get("id").equals(published.get("id").asText()))
              .findFirst()
              .orElseThrow();
      assertEquals(TITLE, row.get("title"));
      assertEquals("PUBLISHED", row.get("state"));
      assertEquals("Jane Doe", row.get("author"));
      assertEquals("NONE", row.get("ai_use"));
      assertEquals(String.valueOf(published.get("claims").size()), row.get("claims_approved"));
      assertEquals("0", row.get("claims_open"));
      assertTrue(row.get("sign_offs").startsWith("chief " + today), row.get("sign_offs"));
      assertEquals("true", row.get("four_eyes_satisfied"));
      assertEquals(contentHash, row.get("content_hash"));
      assertTrue(row.get("published_at").startsWith(today));
      assertTrue(
          records.stream()
              .anyMatch(
                  r ->
                      r.get("id").equals(editedByChief.get("id").asText())
                          && r.get("claims_open")
                              .equals(String.valueOf(published.get("claims").size()))));
    }
  }

  @Test
  void pdfIsAReadableSummaryWithTheChainAndTheArticles() throws Exception {
    JsonNode verified = api.ok(api.get("auditor", "api/audit/verify"));
    HttpResponse<byte[]> response = pdf("auditor", period(today, today));
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=attest-compliance-" + today + "-" + today + ".pdf",
        response.headers().firstValue("Content-Disposition").orElseThrow());
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("attest compliance report"), text);
      assertTrue(text.contains("Period " + today + " to " + today));
      assertTrue(
          text.contains("Audit chain intact: " + verified.get("events").asLong() + " events"),
          text);
      assertTrue(
          text.contains(verified.get("headHash").asText()), "the head hash anchors the report");
      assertTrue(
          text.contains("Disclosure coverage")
              && text.contains("Four-eyes conflicts")
              && text.contains("Time from flag to sign-off"));
      assertTrue(text.contains("Charlotte Chief"), "sign-offs per approver");
      assertTrue(
          text.contains("Rødgrød, Überblick & café ??"),
          "German, Danish and French text as is; no glyph, a question mark");
      assertTrue(text.contains(published.get("id").asText()));
    }
  }

  @Test
  void csvHasExactlyOneRowForEachArticleOfTheJsonReport() throws Exception {
    // several revisions and two publications are still one article, one row
    JsonNode revised = api.create("editor", "Three revisions", HTML);
    revised = api.revise("editor", revised, HTML.replace("met on Monday", "met on Tuesday"));
    revised = api.revise("editor", revised, HTML.replace("met on Monday", "met on Wednesday"));
    long republished = approved(api.create("editor", "Published twice", HTML)).get("id").asLong();
    JsonNode once = api.ok(api.post("chief", "api/articles/" + republished + "/publish", ""));
    JsonNode edited = api.revise("editor", once, HTML.replace("met on Monday", "met on Friday"));
    assertEquals("APPROVED", edited.get("state").asText(), "no claim was touched");
    assertEquals(
        2,
        api.ok(api.post("chief", "api/articles/" + republished + "/publish", ""))
            .at("/published/revision")
            .asInt());
    Set<Long> mine =
        Set.of(
            published.get("id").asLong(),
            draft.get("id").asLong(),
            editedByChief.get("id").asLong(),
            revised.get("id").asLong(),
            republished);

    for (String period : List.of(period(today, today), period("1970-01-01", "9999-12-31"))) {
      HttpResponse<String> json = api.get("auditor", period, "application/json");
      JsonNode report = api.ok(json);
      List<Long> listed = new ArrayList<>();
      report.get("articles").forEach(row -> listed.add(row.get("id").asLong()));
      HttpResponse<String> csv = api.get("auditor", period, "text/csv");
      assertEquals(200, csv.statusCode(), csv.body());
      assertEquals(
          json.headers().firstValue("X-Attest-Chain-Head").orElseThrow(),
          csv.headers().firstValue("X-Attest-Chain-Head").orElseThrow(),
          "nothing changed between the two reports");
      List<Long> rows = new ArrayList<>();
      try (CSVParser parser =
          CSVParser.parse(
              new StringReader(csv.body()),
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        parser.getRecords().forEach(r -> rows.add(Long.parseLong(r.get("id"))));
      }
      assertEquals(new HashSet<>(rows).size(), rows.size(), "no article twice in " + period);
      assertEquals(new HashSet<>(listed).size(), listed.size(), "no article twice in the JSON");
      assertEquals(listed, rows, "the same articles in the same order: " + period);
      assertEquals(report.at("/summary/articles").asInt(), rows.size());
      assertTrue(rows.containsAll(mine), rows + " has every article of this test " + mine);
    }
  }

  @Test
  void pdfNamesAnArticleByItsTitleOnItsRow() throws Exception {
    String title = "Quokka census 2026";
    long id = api.create("editor", title, HTML).get("id").asLong();
    HttpResponse<byte[]> response = pdf("auditor", period(today, today));
    assertEquals(200, response.statusCode());
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(
          text.lines().anyMatch(line -> line.startsWith(id + " ") && line.contains(title)),
          "a line with article " + id + " and its title '" + title + "':\n" + text);
    }
  }

  @Test
  void anEmptyPeriodGivesAnEmptyReportInEveryFormat() throws Exception {
    String empty = period("1999-01-01", "1999-01-31");
    JsonNode report = api.ok(api.get("auditor", empty, "application/json"));
    assertEquals(0, report.at("/summary/articles").asInt());
    assertEquals(0, report.get("articles").size());
    assertTrue(report.at("/summary/flagToSignOff/medianSeconds").isNull());
    assertTrue(report.at("/summary/disclosureCoverage").isNull(), "no articles, no coverage");
    HttpResponse<String> csv = api.get("admin", empty, "text/csv");
    assertEquals(200, csv.statusCode());
    assertEquals(1, csv.body().lines().count(), "only the header row");
    HttpResponse<byte[]> pdf = pdf("admin", empty);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertTrue(new PDFTextStripper().getText(document).contains("Articles (0)"));
    }
  }

  @Test
  void badPeriodsUnknownFormatsAndEditorsAreRefused() throws Exception {
    for (String bad :
        List.of(
            "api/reports/compliance",
            "api/reports/compliance?from=" + today,
            period("2026-13-01", "2026-12-31"),
            period("2026-08-02", "2026-08-01"))) {
      Api.problem(api.get("auditor", bad, "application/json"), 400);
    }
    for (String outOfRange :
        List.of(
            period("2026-01-01", "%2B999999999-12-31"),
            period("-4713-01-01", today),
            period("-0001-01-01", today))) {
      JsonNode problem = Api.problem(api.get("auditor", outOfRange, "application/json"), 400);
      assertEquals("/problems/invalid-period", problem.get("type").asText());
      assertTrue(
          problem.get("detail").asText().contains("from 1970-01-01 to 9999-12-31"),
          problem.toString());
    }
    JsonNode all =
        api.ok(api.get("auditor", period("1970-01-01", "9999-12-31"), "application/json"));
    assertTrue(all.at("/summary/articles").asInt() >= 3, "the whole range holds today's articles");
    HttpResponse<String> html = api.get("auditor", period(today, today), "text/html");
    assertEquals(406, html.statusCode(), html.body());
    assertTrue(
        html.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    HttpResponse<String> anything = api.get("auditor", period(today, today), "*/*");
    assertEquals(200, anything.statusCode());
    assertTrue(
        anything.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
        "JSON by default");
    assertEquals(403, api.get("editor", period(today, today), "application/json").statusCode());
    assertEquals(403, api.get("chief", period(today, today), "text/csv").statusCode());
  }

  @Test
  void theOpenApiDocumentListsTheReportWithItsThreeFormats() throws Exception {
    String openapi =
        api.server()
            .send(java.net.http.HttpRequest.newBuilder(api.server().uri("openapi")).GET().build())
            .body();
    int at = openapi.indexOf("/api/reports/compliance:");
    assertTrue(at >= 0, openapi);
    String operation = openapi.substring(at, Math.min(openapi.length(), at + 4000));
    for (String expected : List.of("application/json", "text/csv", "application/pdf", "\"406\"")) {
      assertTrue(operation.contains(expected), () -> "missing " + expected + " in\n" + operation);
    }
  }

  private static HttpResponse<byte[]> pdf(String user, String period) throws Exception {
    return api.server()
        .http()
        .send(
            api.server().as(user, period).header("Accept", "application/pdf").build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String period(String from, String to) {
    return "api/reports/compliance?from=" + from + "&to=" + to;
  }

  private static JsonNode row(JsonNode report, JsonNode article) {
    for (JsonNode row : report.get("articles")) {
      if (row.get("id").asLong() == article.get("id").asLong()) {
        return row;
      }
    }
    throw new AssertionError("article " + article.get("id") + " is not in the report");
  }

  private static JsonNode approver(JsonNode summary, String user) {
    for (JsonNode approver : summary.get("signOffsPerApprover")) {
      if (approver.get("user").asText().equals(user)) {
        return approver;
      }
    }
    throw new AssertionError(user + " is not among " + summary.get("signOffsPerApprover"));
  }
}
