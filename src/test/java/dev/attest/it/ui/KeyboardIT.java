package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import org.junit.jupiter.api.Test;

/**
 * Two journey steps with the keyboard alone (Tab, Shift+Tab, arrows, Enter, Space and typing): the
 * editor inserts a disclosure line, the chief editor approves claims with a note. Every control on
 * the way shows where the focus is, and the focus is not dropped when the page redraws.
 */
class KeyboardIT extends InChromium {
  static final int MAX_STOPS = 1500;

  @Test
  void anEditorInsertsADisclosureLineWithTheKeyboard() {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    page.navigate(chromium.url("#/articles/new"));
    page.locator("#title").fill("Tastatur " + System.nanoTime());
    EditorJourneyIT.paste(page, ScreenWidthsIT.UNDISCLOSED);
    assertThat(page.locator("#findings li.finding")).hasCount(2);
    assertThat(page.locator(".banner-MISSING_DISCLOSURE")).isVisible();
    assertEquals("body", page.evaluate("document.activeElement.id"), "the writer is in the text");

    // from the text back to the banner's choice of AI use, then the button
    tabTo(page, "#disclosure-ai-use", "Shift+Tab");
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(page.locator("#disclosure-ai-use")).hasValue("POSSIBLE");
    tabTo(page, "#insert-disclosure", "Tab");
    page.keyboard().press("Enter");
    assertThat(page.locator("#body p.ai-disclosure")).containsText("AI");
    assertThat(page.locator(".banner-MISSING_DISCLOSURE")).hasCount(0);
    assertEquals(
        "POSSIBLE",
        page.evaluate(
                "fetch('/api/disclosure-templates?lang=en').then(r => r.json()).then(t =>"
                    + " Object.keys(t.templates).find(k => t.templates[k] ==="
                    + " document.querySelector('#body p.ai-disclosure').textContent))")
            .toString(),
        "the line for the chosen AI use");
    // the banner is gone with its button: the keyboard goes on in the text, not at the page's start
    assertEquals("body", page.evaluate("document.activeElement.id"));
    visibleFocus(page);

    // and on to saving with the keyboard
    tabTo(page, "#save", "Tab");
    page.keyboard().press("Space");
    assertThat(page.locator("#save-status")).containsText("revision 1");
    context.close();
  }

  @Test
  void aChiefEditorApprovesWithANoteByKeyboard(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    long run = System.nanoTime();
    // two articles with the same sentences: their claims have the same ids
    JsonNode first =
        api.submit("editor", api.create("editor", "Zwilling A " + run, ChiefEditorJourneyIT.SHORT));
    JsonNode second =
        api.submit("editor", api.create("editor", "Zwilling B " + run, ChiefEditorJourneyIT.SHORT));
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "chief");
    page.navigate(chromium.url("#/review"));
    Locator item = ChiefEditorJourneyIT.item(page, second);
    assertThat(item.locator("li.claim-card")).hasCount(2);
    assertThat(ChiefEditorJourneyIT.item(page, first).locator("li.claim-card")).hasCount(2);
    // every note and evidence field has its own id, and each label names its own card's field
    assertEquals(
        true,
        page.evaluate(
            "() => { const ids = [...document.querySelectorAll('#queue [id]')].map(e => e.id);"
                + " return new Set(ids).size === ids.length && [...document.querySelectorAll("
                + "'#queue li.claim-card')].every(card => { const [note, url] ="
                + " card.querySelectorAll('label'); return note.control ==="
                + " card.querySelector('textarea.note') && url.control ==="
                + " card.querySelector('input.evidence'); }); }"));

    // from the page's heading through the queue to the second article's first claim
    Locator card = item.locator("li.claim-card").first();
    String claim = card.getAttribute("data-claim-id");
    tabTo(
        page, "#queue [data-article-id='" + second.get("id").asLong() + "'] textarea.note", "Tab");
    page.keyboard().type("Counted by our reporter at the door.");
    tabTo(
        page, "#queue [data-article-id='" + second.get("id").asLong() + "'] button.approve", "Tab");
    page.keyboard().press("Space");
    assertThat(page.locator("#review-message")).containsText("Claim approved");
    assertEquals(
        "Counted by our reporter at the door.",
        signOff(api, second, claim).get("note").asText(),
        "the note went with the approval");
    assertEquals(
        "OPEN", status(api, first, claim), "the same sentence in the other article is not decided");

    // the keyboard goes on at the article's next open claim
    Locator next = item.locator("li.claim-card.status-OPEN textarea.note");
    assertThat(next).isFocused();
    visibleFocus(page);
    page.keyboard().type("Named in the second paragraph.");
    tabTo(
        page, "#queue [data-article-id='" + second.get("id").asLong() + "'] button.approve", "Tab");
    page.keyboard().press("Enter");
    assertThat(item).hasCount(0);
    assertThat(page.locator("#review-message")).isFocused();
    assertEquals(
        "APPROVED",
        api.json("chief", "api/articles/" + second.get("id").asLong()).get("state").asText());
    context.close();
  }

  /**
   * The findings are drawn anew after every check and save: the finding that has the keyboard focus
   * keeps it (found by its claim, wherever it now is in the list), the next one takes it when its
   * sentence goes, and the writer typing in the text never loses the focus to the list.
   */
  @Test
  void theFocusStaysOnItsFindingWhenTheListIsDrawnAgain(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    openNewArticle(api, page, "Fokus");
    Locator findings = page.locator("#findings li.finding");
    assertThat(findings).hasCount(2);
    String reportedly = findings.nth(0).getAttribute("data-claim-id");
    String critics = findings.nth(1).getAttribute("data-claim-id");
    page.locator("#body").click();
    tabTo(page, "[data-claim-id='" + reportedly + "'] button", "Tab");

    // a new flagged sentence before it (a check while the focus is in the list): it is second now
    edit(
        page,
        "body => { const p = document.createElement('p'); p.textContent = 'Reportedly 40 buses"
            + " were late.'; body.firstElementChild.after(p); }");
    assertThat(findings).hasCount(3);
    assertEquals(reportedly, findings.nth(1).getAttribute("data-claim-id"));
    assertThat(findings.nth(1).locator("button")).isFocused();
    visibleFocus(page);

    // Ctrl+S on the finding: the save draws the list anew, the focus stays
    page.evaluate("document.querySelectorAll('#findings li').forEach(li => li.dataset.old = '')");
    page.keyboard().press("Control+s");
    assertThat(page.locator("#save-status")).containsText("revision 2");
    assertThat(page.locator("#findings li[data-old]")).hasCount(0);
    assertThat(findings.nth(1).locator("button")).isFocused();

    // its sentence goes: the next finding, now in its place, has the focus
    edit(
        page,
        "body => [...body.children].find(p => p.textContent.startsWith('Reportedly 300')).remove()");
    assertThat(findings).hasCount(2);
    assertThat(page.locator("[data-claim-id='" + critics + "'] button")).isFocused();
    visibleFocus(page);

    // typing in the text while the list is drawn anew: every letter goes into the text
    page.evaluate("document.querySelectorAll('#findings li').forEach(li => li.dataset.old = '')");
    EditorJourneyIT.typeParagraph(page, "The mayor spoke. ");
    assertThat(page.locator("#findings li[data-old]")).hasCount(0);
    page.keyboard().type("She left early.");
    assertEquals("body", page.evaluate("document.activeElement.id"), "the writer is in the text");
    assertThat(page.locator("#body")).containsText("The mayor spoke. She left early.");
    context.close();
  }

  /** Changes the text as a script would, without moving the focus, and lets the editor know. */
  static void edit(Page page, String change) {
    Locator body = page.locator("#body");
    body.evaluate(change);
    body.evaluate("body => body.dispatchEvent(new InputEvent('input', {bubbles: true}))");
  }

  /**
   * Presses the key (Tab or Shift+Tab) until the focus is on the element, checking at every stop
   * that the focus is visible; fails when it is not reached within {@link #MAX_STOPS} presses.
   */
  static void tabTo(Page page, String selector, String key) {
    for (int i = 0; i < MAX_STOPS; i++) {
      page.keyboard().press(key);
      Object reached =
          page.evaluate("selector => document.activeElement?.matches(selector) ?? false", selector);
      if (Boolean.TRUE.equals(reached)) {
        visibleFocus(page);
        return;
      }
    }
    throw new AssertionError(selector + " is not reached with " + key);
  }

  /** The focused element shows a focus ring (the stylesheet's outline for :focus-visible). */
  static void visibleFocus(Page page) {
    Object ring =
        page.evaluate(
            "() => { const e = document.activeElement; const style = getComputedStyle(e);"
                + " return e !== document.body && e.matches(':focus-visible') && style.outlineStyle"
                + " !== 'none' && parseFloat(style.outlineWidth) >= 2 ? '' : (e.id || e.tagName) +"
                + " ' ' + style.outlineStyle + ' ' + style.outlineWidth; }");
    assertEquals("", ring, "the focused element shows it");
  }

  static JsonNode claim(Api api, JsonNode article, String claim) throws Exception {
    for (JsonNode c :
        api.json("chief", "api/articles/" + article.get("id").asLong()).get("claims")) {
      if (c.get("id").asText().equals(claim)) {
        return c;
      }
    }
    throw new AssertionError("no claim " + claim);
  }

  static JsonNode signOff(Api api, JsonNode article, String claim) throws Exception {
    return claim(api, article, claim).get("signOff");
  }

  static String status(Api api, JsonNode article, String claim) throws Exception {
    return claim(api, article, claim).get("status").asText();
  }
}
