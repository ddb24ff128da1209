package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test: the shared Payara Micro, and a Chromium for the test class. */
@ExtendWith(PayaraServer.class)
abstract class InChromium {
  static Chromium chromium;

  @BeforeAll
  static void startChromium(PayaraServer.Running server) {
    chromium = new Chromium(server);
  }

  @AfterAll
  static void stopChromium() {
    chromium.close();
  }

  /**
   * A new article of the demo editor's (a short one with two findings), created over the API and
   * opened in the editor on {@code page} once its findings are shown; returns it as created.
   */
  static JsonNode openNewArticle(Api api, Page page, String title) throws Exception {
    JsonNode created =
        api.create("editor", title + " " + System.nanoTime(), ChiefEditorJourneyIT.SHORT);
    page.navigate(chromium.url("#/articles/" + created.get("id").asLong()));
    assertThat(page.locator("#findings li.finding")).hasCount(2);
    return created;
  }
}
