package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Article HTML never runs in the UI: scripts, event handlers and javascript: links in an article do
 * nothing in the editor, the review queue or the published view, and every page carries a strict
 * Content-Security-Policy.
 */
class ArticleHtmlIsInertIT extends InChromium {
  static final String HOSTILE =
      "<html lang=\"en\"><body><p>By Jane Doe</p>"
          + "<script>window.__attacked = 'script'; alert('script')</script>"
          + "<p>Reportedly 300 people came <img src=\"x\" onerror=\"window.__attacked = 'onerror'; alert('img')\">to the meeting.</p>"
          + "<p onmouseover=\"window.__attacked = 'hover'\">Critics say the <a href=\"javascript:window.__attacked='link'\">plan</a> failed.</p>"
          + "<svg><script>window.__attacked = 'svg'</script></svg><iframe srcdoc=\"<script>parent.__attacked='frame'</script>\"></iframe>"
          + "<p>No AI was used to write this article.</p></body></html>";

  @Test
  void scriptsAndHandlersInAnArticleNeverRun(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Hostile " + System.nanoTime(), HOSTILE);
    long id = article.get("id").asLong();
    BrowserContext context = chromium.context();
    List<String> dialogs = new ArrayList<>();
    context.onPage(
        p ->
            p.onDialog(
                dialog -> {
                  dialogs.add(dialog.message());
                  dialog.dismiss();
                }));
    Page page = chromium.signIn(context, "editor");

    page.navigate(chromium.url("#/articles/" + id));
    Response index = page.reload(); // a whole load of the page, with its headers
    String policy = index.headerValue("content-security-policy");
    assertTrue(
        policy.contains("default-src 'self'")
            && policy.contains("script-src 'self'")
            && !policy.contains("unsafe"),
        policy);
    assertEquals("nosniff", index.headerValue("x-content-type-options"));
    assertTrue(index.headerValue("content-security-policy").contains("frame-ancestors 'none'"));
    assertThat(page.locator("#body")).containsText("Critics say the plan failed.");
    page.locator("#body p", new Page.LocatorOptions().setHasText("Critics")).hover();
    page.locator("#body a")
        .first()
        .click(new com.microsoft.playwright.Locator.ClickOptions().setModifiers(List.of()));
    assertEquals(
        0,
        page.locator(
                "#body script, #body img, #body iframe, #body svg, #body [onerror], #body [onmouseover]")
            .count());
    assertNull(
        page.locator("#body a").first().getAttribute("href"), "the javascript: link lost its href");
    assertThat(page.locator("#findings li.finding"))
        .hasCount(2); // the editor works on the clean text

    // the chief's queue and the published page show it too
    api.submit("editor", article);
    BrowserContext chiefContext = chromium.context();
    chiefContext.onPage(
        p ->
            p.onDialog(
                dialog -> {
                  dialogs.add(dialog.message());
                  dialog.dismiss();
                }));
    Page chief = chromium.signIn(chiefContext, "chief");
    chief.navigate(chromium.url("#/review"));
    assertThat(
            chief.locator("#queue article.review-item[data-article-id='" + id + "'] li.claim-card"))
        .hasCount(2);
    JsonNode approved = null;
    for (JsonNode claim : article.get("claims")) {
      approved =
          Api.ok(
              api.post(
                  "chief",
                  "api/articles/" + id + "/claims/" + claim.get("id").asText() + "/sign-off",
                  "{\"decision\": \"APPROVE\", \"note\": \"ok\"}"),
              200);
    }
    assertEquals("APPROVED", approved.get("state").asText());
    Api.ok(api.post("chief", "api/articles/" + id + "/publish", ""), 200);
    chief.navigate(chromium.url("#/published/" + id));
    assertThat(chief.locator("iframe.article-frame")).hasAttribute("sandbox", "");
    assertThat(chief.frameLocator("iframe.article-frame").locator("body"))
        .containsText("Critics say");

    for (Page p : List.of(page, chief)) {
      assertEquals(null, p.evaluate("window.__attacked ?? null"), "no article script ran");
    }
    assertTrue(dialogs.isEmpty(), "no alert from the article: " + dialogs);
    chiefContext.close();
    context.close();
  }
}
