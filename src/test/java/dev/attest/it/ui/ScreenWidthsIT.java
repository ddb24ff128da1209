package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor, the review queue and the audit page at a tablet's width (768 px, portrait) and at the
 * laptop size the other browser tests use: nothing is wider than the window, and the main controls
 * lie inside it and work without scrolling sideways.
 */
class ScreenWidthsIT extends InChromium {
  /**
   * {@link ChiefEditorJourneyIT#SHORT} without its disclosure line: the editor shows its banner
   * (the API would refuse to store it).
   */
  static final String UNDISCLOSED =
      ChiefEditorJourneyIT.SHORT.replace("<p>No AI was used to write this article.</p>", "");

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"768, 1024", "1366, 900"})
  void theEditorReviewAndAuditPagesFitTheWidthAndTheirControlsWork(
      int width, int height, PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String title = "Width " + width + " " + System.nanoTime();

    // the editor: a new article, its disclosure banner, save, submit
    Page editor = signedIn("editor", width, height);
    editor.locator("#new-article").click();
    editor.locator("#title").fill(title);
    EditorJourneyIT.paste(editor, UNDISCLOSED);
    assertThat(editor.locator("#findings li.finding")).hasCount(2);
    assertThat(editor.locator(".banner-MISSING_DISCLOSURE")).isVisible();
    fitsTheWidth(editor);
    reachable(editor, "#title", "#byline", "#body", "#disclosure-ai-use", "#insert-disclosure");
    reachable(editor, "#save");
    if (width < 1000) {
      Chromium.screenshot(editor, "editor-" + width);
    }
    editor.locator("#disclosure-ai-use").selectOption("NONE");
    clickInPlace(editor, "#insert-disclosure");
    assertThat(editor.locator("#body p.ai-disclosure")).isVisible();
    assertThat(editor.locator(".banner-MISSING_DISCLOSURE")).hasCount(0);
    clickInPlace(editor, "#save");
    assertThat(editor.locator("#save-status")).containsText("revision 1");
    long id = Long.parseLong(editor.url().replaceAll(".*/", ""));
    clickInPlace(editor, "#submit");
    assertThat(editor.locator("#article-state")).hasText("In review");
    fitsTheWidth(editor);
    assertEquals("SUBMITTED", api.json("editor", "api/articles/" + id).get("state").asText());
    editor.context().close();

    // the review queue: approve one claim with a note, reject the other
    Page chief = signedIn("chief", width, height);
    chief.navigate(chromium.url("#/review"));
    Locator item = ChiefEditorJourneyIT.item(chief, api.json("chief", "api/articles/" + id));
    assertThat(item.locator("li.claim-card")).hasCount(2);
    fitsTheWidth(chief);
    Locator reportedly =
        item.locator("li.claim-card", new Locator.LocatorOptions().setHasText("Reportedly"));
    reachable(chief, reportedly.locator("textarea.note"), reportedly.locator("button.approve"));
    reachable(chief, reportedly.locator("input.evidence"), reportedly.locator("button.reject"));
    if (width < 1000) {
      reportedly.scrollIntoViewIfNeeded();
      Chromium.screenshot(chief, "review-" + width);
    }
    Locator critics =
        item.locator("li.claim-card", new Locator.LocatorOptions().setHasText("Critics say"));
    critics.locator("textarea.note").fill("Which critics? Name them.");
    reportedly.locator("textarea.note").fill("Counted by our reporter at the door.");
    clickInPlace(chief, reportedly.locator("button.approve"));
    assertThat(chief.locator("#review-message")).containsText("Claim approved");
    assertThat(reportedly).hasCount(0); // decided: out of the queue
    // the queue is drawn anew after a decision: the note typed for the other claim is still there
    assertThat(critics.locator("textarea.note")).hasValue("Which critics? Name them.");
    clickInPlace(chief, critics.locator("button.reject"));
    assertThat(chief.locator("#review-message")).containsText("rejected");
    fitsTheWidth(chief);
    assertEquals("DRAFT", api.json("chief", "api/articles/" + id).get("state").asText());
    chief.context().close();

    // the audit page: the period form, the downloads, the chain
    Page auditor = signedIn("auditor", width, height);
    assertThat(auditor.locator("#chain-status")).containsText("Intact");
    fitsTheWidth(auditor);
    reachable(auditor, "#from", "#to", "#period button[type=submit]");
    reachable(auditor, "#download-csv", "#download-pdf", "#verify");
    auditor.locator("#from").fill(LocalDate.now().minusDays(1).toString());
    auditor.locator("#to").fill(LocalDate.now().plusDays(1).toString());
    clickInPlace(auditor, "#period button[type=submit]");
    assertThat(auditor.locator("#summary-table")).isVisible();
    assertThat(auditor.locator("table.bars[data-chart='audit.byApprover']"))
        .containsText("Charlotte Chief");
    fitsTheWidth(auditor);
    if (width < 1000) {
      Chromium.screenshot(auditor, "audit-" + width);
    }
    Download csv = auditor.waitForDownload(() -> clickInPlace(auditor, "#download-csv"));
    assertTrue(csv.suggestedFilename().endsWith(".csv"), csv.suggestedFilename());
    Download pdf = auditor.waitForDownload(() -> clickInPlace(auditor, "#download-pdf"));
    assertTrue(pdf.suggestedFilename().endsWith(".pdf"), pdf.suggestedFilename());
    clickInPlace(auditor, "#verify");
    assertThat(auditor.locator("#chain-status")).containsText("Intact");
    fitsTheWidth(auditor);
    auditor.context().close();
  }

  /** A page of a new browser context of that size, signed in as the demo user. */
  static Page signedIn(String user, int width, int height) {
    return chromium.signIn(chromium.context(width, height), user);
  }

  /** The page is not wider than the window: there is nothing to scroll to sideways. */
  static void fitsTheWidth(Page page) {
    @SuppressWarnings("unchecked")
    List<Number> widths =
        (List<Number>)
            page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    assertTrue(
        widths.get(0).intValue() <= widths.get(1).intValue(),
        "the page is "
            + widths.get(0)
            + " px wide in a window of "
            + widths.get(1)
            + " px: "
            + page.evaluate(WIDER_THAN_THE_WINDOW));
  }

  /** The elements that stick out on the right, for the failure message. */
  static final String WIDER_THAN_THE_WINDOW =
      "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
          + " > document.documentElement.clientWidth).slice(0, 8).map(e => e.tagName + (e.id ? '#'"
          + " + e.id : '') + '.' + [...e.classList].join('.') + ' ' +"
          + " Math.round(e.getBoundingClientRect().right)).join(', ')";

  static void reachable(Page page, String... selectors) {
    for (String selector : selectors) {
      reachable(page, page.locator(selector));
    }
  }

  /**
   * Each control is shown and lies inside the window from left to right, so scrolling up or down
   * brings it in reach.
   */
  static void reachable(Page page, Locator... controls) {
    Number clientWidth = (Number) page.evaluate("document.documentElement.clientWidth");
    for (Locator control : controls) {
      assertThat(control).isVisible();
      assertThat(control).isEnabled();
      BoundingBox box = control.boundingBox();
      assertTrue(
          box.x >= 0 && box.x + box.width <= clientWidth.doubleValue(),
          control
              + " lies from x="
              + box.x
              + " to "
              + (box.x + box.width)
              + ", the window is "
              + clientWidth
              + " px wide");
    }
  }

  static void clickInPlace(Page page, String selector) {
    clickInPlace(page, page.locator(selector));
  }

  /**
   * Clicks a control (Playwright scrolls it into view if needed) and checks nobody scrolled
   * sideways.
   */
  static void clickInPlace(Page page, Locator control) {
    reachable(page, control);
    control.click();
    assertEquals(0, ((Number) page.evaluate("window.scrollX")).intValue(), "scrolled sideways");
  }
}
