package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With German chosen, the main screens speak German: labels from the German bundle
 * (webapp/js/messages-de.js) are shown, and no English label (a value of messages-en.js whose
 * German differs) is left in the visible text, placeholders, titles or accessible names.
 */
class GermanInterfaceIT extends InChromium {

  /**
   * The English labels on the page: text nodes (and placeholder, title, aria-label attributes) of
   * rendered elements that read as an English value of a key whose German value differs ({name}
   * placeholders match anything).
   */
  static final String ENGLISH_LEFT =
      """
      async () => {
        const { en } = await import('/js/messages-en.js');
        const { de } = await import('/js/messages-de.js');
        const escape = text => text.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
        const pattern = text => new RegExp('^' + text.trim().split(/\\{\\w+\\}/).map(escape).join('.*') + '$', 's');
        const english = Object.keys(en).filter(key => de[key] && de[key] !== en[key]).map(key => [key, pattern(en[key])]);
        const rendered = element => (element.closest('select') || element).checkVisibility();
        const shown = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.data.replace(/\\s+/g, ' ').trim();
          if (text && node.parentElement && rendered(node.parentElement)) shown.push(text);
        }
        for (const element of document.body.querySelectorAll('[placeholder], [title], [aria-label]')) {
          if (!rendered(element)) continue;
          for (const name of ['placeholder', 'title', 'aria-label']) {
            if (element.hasAttribute(name)) shown.push(element.getAttribute(name).trim());
          }
        }
        return shown.flatMap(text => english.filter(([, re]) => re.test(text)).map(([key]) => `${key}: ${text}`));
      }
      """;

  @Test
  void theArticleListSpeaksGerman(PayaraServer.Running server) throws Exception {
    new Api(server).create("editor", "Liste " + System.nanoTime(), ChiefEditorJourneyIT.SHORT);
    BrowserContext context = chromium.context();
    Page page = german(chromium.signIn(context, "editor"));
    Map<String, String> de = bundle(page);
    assertThat(page.locator("h1")).hasText(de.get("articles.title"));
    shows(page, de, "articles.new", "articles.heading", "articles.language", "articles.state");
    shows(page, de, "articles.open", "articles.version", "app.signOut", "state.DRAFT");
    assertThat(page.locator("#whose-filter option:checked")).hasText(de.get("articles.mine"));
    noEnglishLeft(page);
    context.close();
  }

  @Test
  void theEditorWithFindingsAndBannersSpeaksGerman() throws Exception {
    String seed = Api.seed();
    String withoutDisclosure =
        seed.substring(0, seed.indexOf(EditorJourneyIT.DISCLOSURE_PARAGRAPH))
            + "</article></body></html>";
    BrowserContext context = chromium.context();
    Page page = german(chromium.signIn(context, "editor"));
    Map<String, String> de = bundle(page);
    page.navigate(chromium.url("#/articles/new"));
    assertThat(page.locator("h1")).hasText(de.get("editor.newTitle"));
    page.locator("#title").fill("Spannungen " + System.nanoTime());
    EditorJourneyIT.paste(page, withoutDisclosure);
    assertThat(page.locator("#findings li.finding")).hasCount(9);
    assertThat(page.locator(".banner-MISSING_DISCLOSURE")).isVisible();
    assertThat(page.locator("#check-status"))
        .hasText(de.get("editor.findingsCount").replace("{count}", "9"));
    assertThat(page.locator("#findings-heading")).containsText(de.get("editor.findings"));
    assertThat(page.locator("#article-meta")).hasText(de.get("editor.unsaved"));
    shows(page, de, "editor.title", "editor.byline", "editor.save", "editor.submit");
    shows(page, de, "editor.aiUse", "editor.insertDisclosure");
    assertThat(page.locator("#byline"))
        .hasAttribute("placeholder", de.get("editor.bylinePlaceholder"));
    assertThat(page.locator("#disclosure-ai-use option:checked")).hasText(de.get("aiUse.NONE"));
    assertThat(page.locator("#findings .kind").first())
        .hasText(
            java.util.regex.Pattern.compile(
                String.join(
                    "|",
                    de.get("kind.HEDGE"),
                    de.get("kind.VAGUE_SOURCE"),
                    de.get("kind.FIGURE"),
                    de.get("kind.QUOTE"))));
    noEnglishLeft(page);

    // a refused save (no author): its message and the byline banner's button
    page.locator("#save").click();
    assertThat(page.locator("#save-refused")).hasText(de.get("editor.notSaved"));
    assertThat(page.locator("#save-status")).hasText(de.get("editor.saveRefused"));
    assertThat(page.locator("#banners .banner-MISSING_AUTHOR")).isVisible();
    shows(page, de, "editor.addByline");
    noEnglishLeft(page);
    page.evaluate("window.scrollTo(0, 0)");
    Chromium.screenshot(page, "editor-de");
    context.close();
  }

  @Test
  void theReviewQueueSpeaksGerman(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode article =
        api.submit(
            "editor",
            api.create("editor", "Freigabe " + System.nanoTime(), ChiefEditorJourneyIT.SHORT));
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "chief");
    page.navigate(chromium.url("#/review"));
    german(page);
    Map<String, String> de = bundle(page);
    Locator item = ChiefEditorJourneyIT.item(page, article);
    assertThat(item.locator("li.claim-card")).hasCount(2);
    assertThat(page.locator("h1")).hasText(de.get("review.title"));
    shows(page, de, "review.queue", "review.ready", "review.published");
    Locator card = item.locator("li.claim-card").first();
    assertThat(card.locator("label").first()).hasText(de.get("review.note"));
    assertThat(card.locator("label").nth(1)).hasText(de.get("review.evidence"));
    assertThat(card.locator("button.approve")).hasText(de.get("review.approve"));
    assertThat(card.locator("button.reject")).hasText(de.get("review.reject"));
    noEnglishLeft(page);

    // the refusal of an approval without a note, and the message after a rejection
    card.locator("button.approve").click();
    assertThat(card.locator(".result")).containsText(de.get("review.needNote").split("\\{")[0]);
    noEnglishLeft(page);
    card.locator("textarea.note").fill("Wer hat das gezählt?");
    card.locator("button.reject").click();
    assertThat(page.locator("#review-message"))
        .hasText(de.get("review.rejected").replace("{title}", article.get("title").asText()));
    noEnglishLeft(page);
    context.close();
  }

  @Test
  void theAuditPageSpeaksGerman() {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "auditor");
    assertThat(page.locator("#summary-table")).isVisible(LONG);
    german(page);
    Map<String, String> de = bundle(page);
    assertThat(page.locator("#summary-table")).isVisible(LONG);
    assertThat(page.locator("#summary .error")).hasCount(0);
    assertThat(page.locator("#chain-status")).containsText(de.get("audit.valid").split(":")[0]);
    assertThat(page.locator("h1")).hasText(de.get("audit.title"));
    shows(page, de, "audit.from", "audit.to", "audit.show", "audit.csv", "audit.pdf");
    shows(page, de, "audit.summary", "audit.chain", "audit.verify", "audit.histories");
    shows(page, de, "audit.disclosureCoverage", "audit.openItems");
    assertThat(page.locator("#verification")).containsText(de.get("audit.headHash"));
    assertThat(page.locator("table.bars[data-chart='audit.byState'] caption"))
        .hasText(de.get("audit.byState"));
    noEnglishLeft(page);
    Chromium.screenshot(page, "audit-de");
    context.close();
  }

  /**
   * The skip link (static HTML in index.html) follows the chosen language both ways, and takes the
   * keyboard to the content without leaving the page's address.
   */
  @Test
  void theSkipLinkFollowsTheLanguage() {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    assertThat(page.locator("a.skip")).hasText("Skip to content");
    german(page);
    Map<String, String> de = bundle(page);
    assertThat(page.locator("a.skip")).hasText(de.get("app.skip"));
    // once the page is drawn (its heading has the focus), the keyboard's first stop
    // (waitForFunction would evaluate a string in the page, which the CSP forbids)
    assertThat(page.locator("main h1")).isFocused();
    page.locator("a.skip").focus();
    assertThat(page.locator("a.skip")).isInViewport();
    page.keyboard().press("Enter");
    assertEquals("main", page.evaluate("document.activeElement.id"));
    assertTrue(page.url().endsWith("#/articles"), page.url());
    page.reload();
    assertThat(page.locator("h1")).hasText(de.get("articles.title"));
    assertThat(page.locator("a.skip")).hasText(de.get("app.skip"));
    page.locator("#ui-locale").selectOption("en");
    assertThat(page.locator("a.skip")).hasText("Skip to content");
    context.close();
  }

  static final LocatorAssertions.IsVisibleOptions LONG =
      new LocatorAssertions.IsVisibleOptions().setTimeout(Chromium.WAIT_MS);

  /** Chooses German at the top and waits for the page to speak it. */
  static Page german(Page page) {
    page.locator("#ui-locale").selectOption("de");
    assertThat(page.locator("html")).hasAttribute("lang", "de");
    return page;
  }

  /** The German bundle as the page has it (webapp/js/messages-de.js). */
  @SuppressWarnings("unchecked")
  static Map<String, String> bundle(Page page) {
    return (Map<String, String>)
        page.evaluate("async () => (await import('/js/messages-de.js')).de");
  }

  /** Each key's German text is a visible element's whole text. */
  static void shows(Page page, Map<String, String> de, String... keys) {
    for (String key : keys) {
      assertThat(
              page.getByText(de.get(key), new Page.GetByTextOptions().setExact(true))
                  .filter(new Locator.FilterOptions().setVisible(true))
                  .first())
          .isVisible();
    }
  }

  static void noEnglishLeft(Page page) {
    @SuppressWarnings("unchecked")
    List<String> left = (List<String>) page.evaluate(ENGLISH_LEFT);
    assertEquals(List.of(), left, "English labels on a German page");
  }
}
