package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.Test;

/**
 * The chief editor's journey in Chromium: the queue with each claim in its paragraph and its cues
 * marked, a refused approval without a note, approvals of every claim of the seed article,
 * publishing and the published view with its disclosure metadata, a rejection whose note the editor
 * then sees next to the sentence, and a four-eyes refusal.
 */
class ChiefEditorJourneyIT extends InChromium {
  static final String SHORT =
      "<html lang=\"en\"><body><p>By Jane Doe</p>"
          + "<p>Reportedly 300 people came to the meeting.</p><p>Critics say the plan failed.</p>"
          + "<p>No AI was used to write this article.</p></body></html>";

  @Test
  void aChiefEditorApprovesRejectsIsRefusedOwnWorkAndPublishes(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    long run = System.nanoTime();
    JsonNode seed = api.submit("editor", api.create("editor", "Seed " + run, Api.seed()));
    JsonNode rejectable = api.submit("editor", api.create("editor", "Meeting " + run, SHORT));
    JsonNode own = api.submit("chief", api.create("chief", "Own " + run, SHORT));
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "chief");
    page.navigate(chromium.url("#/review"));

    // the seed article in the queue: each claim in its paragraph, the cue marked
    Locator seedItem = item(page, seed);
    assertThat(seedItem.locator("li.claim-card")).hasCount(seed.get("claims").size());
    assertThat(seedItem.locator("mark.cue").first()).isVisible();
    assertThat(seedItem.locator("li.claim-card blockquote.paragraph mark.claim").first())
        .isVisible();
    Chromium.screenshot(page, "review");

    // four eyes: the chief saved "Own" and may not decide on it
    Locator ownClaim = item(page, own).locator("li.claim-card").first();
    ownClaim.locator("textarea.note").fill("Looks fine to me.");
    ownClaim.locator("button.approve").click();
    assertThat(ownClaim.locator(".result")).containsText("Four-eyes rule");

    // an approval needs a note or an evidence URL
    Locator first = seedItem.locator("li.claim-card").first();
    first.locator("button.approve").click();
    assertThat(first.locator(".result")).containsText("needs a note");

    // approve every claim of the seed article, alternating notes and evidence URLs
    int claims = seed.get("claims").size();
    for (int i = 0; i < claims; i++) {
      Locator open = item(page, seed).locator("li.claim-card.status-OPEN").first();
      if (i % 2 == 0) {
        open.locator("textarea.note").fill("Checked with the desk (" + i + ").");
      } else {
        open.locator("input.evidence").fill("https://example.org/source/" + i);
      }
      open.locator("button.approve").click();
      if (i < claims - 1) {
        assertThat(item(page, seed).locator("li.claim-card")).hasCount(claims - i - 1);
      }
    }
    assertThat(item(page, seed)).hasCount(0);
    assertEquals(
        "APPROVED",
        api.json("chief", "api/articles/" + seed.get("id").asLong()).get("state").asText());

    // publish, then the published view with its disclosure metadata on request
    page.locator("#ready li[data-id='" + seed.get("id").asLong() + "'] button.publish").click();
    assertThat(page.locator("#review-message")).containsText("is published");
    page.locator("#published li[data-id='" + seed.get("id").asLong() + "'] a").click();
    assertThat(page.locator("iframe.article-frame")).hasAttribute("sandbox", "");
    assertThat(page.frameLocator("iframe.article-frame").locator("body"))
        .containsText("Spannungen zwischen Verbündeten");
    assertThat(page.locator("pre.json-ld")).not().isVisible();
    page.locator("#disclosure-metadata summary").click();
    assertThat(page.locator("pre.json-ld")).containsText("NewsArticle");
    assertEquals(
        "PUBLISHED",
        api.json("chief", "api/articles/" + seed.get("id").asLong()).get("state").asText());

    // reject a claim with a note: the article goes back to its editor
    page.navigate(chromium.url("#/review"));
    Locator critics =
        item(page, rejectable)
            .locator("li.claim-card", new Locator.LocatorOptions().setHasText("Critics say"));
    critics.locator("textarea.note").fill("Which critics? Name them.");
    critics.locator("button.reject").click();
    assertThat(page.locator("#review-message")).containsText("rejected");
    assertEquals(
        "DRAFT",
        api.json("chief", "api/articles/" + rejectable.get("id").asLong()).get("state").asText());
    context.close();

    // the editor sees the chief's note next to the sentence
    BrowserContext editorContext = chromium.context();
    Page editor = chromium.signIn(editorContext, "editor");
    editor.navigate(chromium.url("#/articles/" + rejectable.get("id").asLong()));
    Locator rejected = editor.locator("#findings li.finding-REJECTED");
    assertThat(rejected).containsText("Critics say the plan failed.");
    assertThat(rejected.locator(".chief-note")).hasText("Which critics? Name them.");
    assertTrue(
        ((Number) editor.evaluate("CSS.highlights.get('attest-rejected')?.size || 0")).intValue()
            >= 1);
    editorContext.close();
  }

  static Locator item(Page page, JsonNode article) {
    return page.locator(
        "#queue article.review-item[data-article-id='" + article.get("id").asLong() + "']");
  }
}
