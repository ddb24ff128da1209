package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The auditor's journey in Chromium: chain verification and head hash, an article's history, the
 * period report.
 */
class AuditorJourneyIT extends InChromium {

  @Test
  void anAuditorVerifiesTheChainAndReadsAnArticlesHistoryWithDiffsAndSignOffs(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String html = ChiefEditorJourneyIT.SHORT;
    JsonNode article = api.create("editor", "History " + System.nanoTime(), html);
    JsonNode revised =
        api.revise(
            "editor",
            article,
            html.replace("Critics say the plan failed.", "Critics say the plan failed badly."));
    api.submit("editor", revised);
    for (JsonNode claim : revised.get("claims")) {
      Api.ok(
          api.post(
              "chief",
              "api/articles/"
                  + revised.get("id").asLong()
                  + "/claims/"
                  + claim.get("id").asText()
                  + "/sign-off",
              "{\"decision\": \"APPROVE\", \"note\": \"Checked by phone.\"}"),
          200);
    }
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "auditor");
    assertTrue(
        page.url().endsWith("#/audit"), "the auditor starts on the audit page: " + page.url());
    assertThat(page.locator("nav a"))
        .hasText(new String[] {"Audit"}); // no editing or review pages offered

    page.locator("#verify").click();
    JsonNode verify = api.json("auditor", "api/audit/verify");
    assertThat(page.locator("#chain-status")).containsText("Intact");
    assertTrue(verify.get("valid").asBoolean());
    String shown = page.locator("#head-hash").textContent();
    JsonNode after = api.json("auditor", "api/audit/verify");
    assertEquals(after.get("headHash").asText(), shown, "the page shows the chain's head hash");
    // "Show more articles" is offered exactly when the list has a next page
    boolean more =
        api
            .get("auditor", "api/articles?order=newest&size=100")
            .headers()
            .allValues("Link")
            .stream()
            .anyMatch(link -> link.contains("rel=\"next\""));
    assertEquals(more, page.locator("#more-articles").isVisible(), "Show more articles");
    assertThat(page.locator("#summary-table")).isVisible(); // the screenshot shows the summary
    Chromium.screenshot(page, "audit");

    page.locator(
            "#history-articles a",
            new Page.LocatorOptions().setHasText(article.get("title").asText()))
        .click();
    assertThat(page.locator("#revisions li.revision")).hasCount(2);
    assertThat(page.locator("#revisions li.revision").nth(1).locator("ins"))
        .containsText(new String[] {"badly."});
    assertThat(page.locator("#events tr[data-type='SIGNED_OFF']").first()).containsText("chief");
    assertThat(page.locator("#revisions .sign-offs").last()).containsText("Checked by phone.");
    context.close();
  }

  @Test
  void anAuditorSeesThePeriodSummaryAndDownloadsCsvAndPdf(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    JsonNode article =
        api.submit(
            "editor",
            api.create("editor", "Report " + System.nanoTime(), ChiefEditorJourneyIT.SHORT));
    String claim = article.at("/claims/0/id").asText();
    Api.ok(
        api.post(
            "chief",
            "api/articles/" + article.get("id").asLong() + "/claims/" + claim + "/sign-off",
            "{\"decision\":\"APPROVE\",\"note\":\"checked\"}"),
        200);
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "auditor");
    page.locator("#from").fill(LocalDate.now().minusDays(1).toString());
    page.locator("#to").fill(LocalDate.now().plusDays(1).toString());
    page.locator("#period button[type=submit]").click();
    assertThat(page.locator("#summary-table")).isVisible();
    assertThat(page.locator("table.bars[data-chart='audit.byState'] tbody tr").first()).isVisible();
    // a sign-off happened in the period: its time to sign-off and its approver are shown, not a
    // dash
    assertThat(page.locator("#summary-table tr").nth(4).locator("td")).not().hasText("—");
    assertThat(page.locator("table.bars[data-chart='audit.byApprover']"))
        .containsText("Charlotte Chief");
    Chromium.screenshot(page, "audit-report");

    Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
    assertTrue(csv.suggestedFilename().endsWith(".csv"), csv.suggestedFilename());
    String text = Files.readString(csv.path());
    assertTrue(text.lines().count() >= 2, "a header and at least one article:\n" + text);
    Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
    byte[] bytes = Files.readAllBytes(pdf.path());
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    context.close();
  }
}
