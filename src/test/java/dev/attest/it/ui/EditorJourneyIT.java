package dev.attest.it.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editor's journey on the seed article in a real Chromium: paste and type, see flagged
 * sentences highlighted, insert a disclosure, save, fix a refused save (422), survive a closed tab,
 * resolve a conflict (412) without losing text, submit for review.
 */
class EditorJourneyIT extends InChromium {
  static final String DISCLOSURE_PARAGRAPH = "<p>Dieser Artikel wurde von Kathrine Frich erstellt";

  @Test
  void anEditorWritesChecksSavesAndSubmitsTheSeedArticleWithoutLosingText(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String seed = Api.seed();
    String withoutDisclosure =
        seed.substring(0, seed.indexOf(DISCLOSURE_PARAGRAPH)) + "</article></body></html>";
    String title = "Spannungen " + System.nanoTime();
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");

    // a new article: the seed's text pasted (through the sanitiser), then a sentence typed
    page.locator("#new-article").click();
    page.locator("#title").fill(title);
    paste(page, withoutDisclosure);
    assertThat(page.locator("#findings li.finding")).hasCount(9);
    assertTrue(highlighted(page) >= 9, "every flagged sentence is highlighted in the text");
    assertThat(page.locator(".banner-MISSING_DISCLOSURE")).isVisible();
    typeParagraph(page, "Berichten zufolge sollen 300 Soldaten desertiert sein.");
    Pattern typed = Pattern.compile("300 Soldaten desertiert");
    assertThat(
            page.locator("#findings li.finding")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(typed)))
        .hasCount(1);
    assertThat(page.locator("#findings li.finding")).hasCount(10);
    assertEquals(10, highlighted(page));
    // its reasons on focus: the side list's sentence button shows the tooltip with cue and message
    page.locator("#findings li.finding").last().locator(".finding-sentence").focus();
    assertThat(page.locator("#finding-tip")).isVisible();
    assertThat(page.locator("#finding-tip .cue").first()).hasText("Berichten zufolge");
    // a quotation's cue brings its own marks: shown once, not again around them by a <q>
    page.locator("#findings li.finding")
        .filter(
            new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("bewaffnet und gefährlich"))
        .first()
        .locator(".finding-sentence")
        .focus();
    assertThat(page.locator("#finding-tip span.cue").first()).hasText("„bewaffnet und gefährlich“");
    assertEquals(
        0,
        page.evaluate(
            "[...document.querySelectorAll('#finding-tip q.cue')]"
                + ".filter(q => /^[„“\"«»]/.test(q.textContent)).length"));

    // one click inserts a disclosure line in the article's language
    page.locator("#disclosure-ai-use").selectOption("POSSIBLE");
    page.locator("#insert-disclosure").click();
    assertThat(page.locator("#body p.ai-disclosure")).containsText("möglicherweise KI");
    assertThat(page.locator(".banner-MISSING_DISCLOSURE")).hasCount(0);
    page.locator("#title").focus();
    page.evaluate("document.querySelector('.findings-panel').scrollTop = 0; window.scrollTo(0, 0)");
    Chromium.screenshot(page, "editor");

    // saving without an author is refused in place; nothing typed is lost
    page.locator("#save").click();
    assertThat(page.locator("#save-refused")).isVisible();
    assertThat(page.locator("#banners .banner-MISSING_AUTHOR")).isVisible();
    assertThat(page.locator("#body")).containsText("300 Soldaten desertiert");
    assertTrue(
        page.evaluate(
                "Object.keys(localStorage).some(k => k.startsWith('attest.draft.editor.new'))")
            .equals(true),
        "the unsaved text is kept in local storage");

    // the byline fixes it
    page.locator("#byline").fill("Kathrine Frich");
    assertThat(page.locator("#body p.byline")).hasText("Von Kathrine Frich");
    page.locator("#save").click();
    assertThat(page.locator("#save-status")).containsText("revision 1");
    assertTrue(page.url().matches(".*#/articles/\\d+$"), page.url());
    long id = Long.parseLong(page.url().replaceAll(".*/", ""));

    // a closed tab: the draft comes back
    typeParagraph(page, "Dieser Absatz ist nur im Browser.");
    assertThat(page.locator("#save-status")).containsText("kept in this browser");
    page.close();
    page = context.newPage();
    page.navigate(chromium.url("#/articles/" + id));
    assertThat(page.locator("#notices")).containsText("Restored your unsaved changes");
    assertThat(page.locator("#body")).containsText("Dieser Absatz ist nur im Browser.");

    // someone else saves first: the conflict is shown and both texts survive
    JsonNode current = api.json("chief", "api/articles/" + id);
    api.revise(
        "chief",
        current,
        current
            .get("html")
            .asText()
            .replace(
                "<p class=\"ai-disclosure\">",
                "<p>Ergänzung vom Chef.</p><p class=\"ai-disclosure\">"));
    page.locator("#save").click();
    assertThat(page.locator("#conflict")).isVisible();
    assertThat(page.locator("#conflict .diff del"))
        .containsText(new String[] {"Ergänzung vom Chef."});
    assertThat(page.locator("#conflict .diff ins").first())
        .containsText("Dieser Absatz ist nur im Browser.");
    page.locator("#keep-mine").click();
    assertThat(page.locator("#save-status")).containsText("revision 3");
    JsonNode saved = api.json("editor", "api/articles/" + id);
    assertTrue(saved.get("html").asText().contains("Dieser Absatz ist nur im Browser."));
    JsonNode revisions = api.json("editor", "api/articles/" + id + "/revisions");
    assertEquals(3, revisions.size());
    assertEquals(
        "chief", revisions.get(1).get("savedBy").asText(), "their revision stays in the history");

    // submit for review
    page.locator("#submit").click();
    assertThat(page.locator("#article-state")).hasText("In review");
    assertEquals("SUBMITTED", api.json("editor", "api/articles/" + id).get("state").asText());

    // the list shows it with its open claims
    page.navigate(chromium.url("#/articles"));
    assertThat(page.locator("#articles tr[data-id='" + id + "'] td").nth(2)).hasText("In review");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
        .isVisible();
    Chromium.screenshot(page, "articles");
    context.close();
  }

  /**
   * A newsroom's list is long: the newest articles come first, fifty to a page, with the range and
   * the total.
   */
  @Test
  void theArticleListShowsTheNewestFirstAPageAtATime(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String seed = Api.seed();
    String newest = null;
    for (int i = 0; i < 51; i++) {
      newest = "Liste " + i + " " + System.nanoTime();
      api.create("editor", newest, seed);
    }
    long total =
        Long.parseLong(
            api.get("editor", "api/articles?mine=true&size=1")
                .headers()
                .firstValue("X-Total-Count")
                .orElseThrow());
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    assertThat(page.locator("#articles tbody tr")).hasCount(50);
    assertThat(page.locator("#articles tbody tr").first().locator("a")).hasText(newest);
    assertThat(page.locator("#articles-count")).hasText("1–50 of " + total);
    assertThat(page.locator("#articles-prev")).isDisabled();
    page.locator("#articles-next").click();
    assertThat(page.locator("#articles-count"))
        .hasText("51–" + Math.min(100, total) + " of " + total);
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(newest)))
        .hasCount(0);
    page.locator("#articles-prev").click();
    assertThat(page.locator("#articles tbody tr").first().locator("a")).hasText(newest);
    context.close();
  }

  /**
   * The other way out of a conflict (412): continue from the other writer's version with mine kept
   * as a copy in the browser; the copy survives a reload and can be put back, and saves after
   * either go through, so every text ends up in the revision history.
   */
  @Test
  void aConflictCanBeResolvedByContinuingFromTheirVersionWithMineKeptAsACopy(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode created =
        api.create("editor", "Conflict " + System.nanoTime(), ChiefEditorJourneyIT.SHORT);
    long id = created.get("id").asLong();
    String mine = "Mine: a paragraph only the editor wrote.";
    String theirs = "Theirs: a paragraph only the chief wrote.";
    String later = "Later: added to their version.";
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    page.navigate(chromium.url("#/articles/" + id));
    assertThat(page.locator("#findings li.finding")).hasCount(2);
    typeParagraph(page, mine);
    assertThat(page.locator("#save-status")).containsText("kept in this browser");

    // the chief saves first
    api.revise(
        "chief",
        created,
        ChiefEditorJourneyIT.SHORT.replace(
            "<p>No AI was used", "<p>" + theirs + "</p><p>No AI was used"));
    page.locator("#save").click();
    assertThat(page.locator("#conflict")).isVisible();
    assertThat(page.locator("#conflict .diff del")).containsText(new String[] {theirs});
    assertThat(page.locator("#conflict .diff ins")).containsText(new String[] {mine});
    page.locator("#take-theirs").click();

    // the editor shows their text; mine is a copy in this browser, not in the editor
    assertThat(page.locator("#conflict")).hasCount(0);
    assertThat(page.locator("#body")).containsText(theirs);
    assertThat(page.locator("#body")).not().containsText(mine);
    assertThat(page.locator("#save-status")).containsText("Now editing the other version");
    assertThat(page.locator("#notices")).containsText("kept as a copy");
    assertThat(page.locator("#article-meta")).containsText("Revision 2 by chief");
    assertTrue(copy(page, id).contains(mine), "my text is kept as the copy");
    assertEquals(
        null, page.evaluate("localStorage.getItem('attest.draft.editor." + id + ".draft')"));

    // a closed tab loses neither: theirs from the server, mine from the copy
    page.reload();
    assertThat(page.locator("#body")).containsText(theirs);
    assertThat(page.locator("#body")).not().containsText(mine);
    assertThat(page.locator("#restore-copy")).isVisible();

    // a save on their version goes through (no second conflict)
    typeParagraph(page, later);
    page.locator("#save").click();
    assertThat(page.locator("#save-status")).containsText("revision 3");
    assertThat(page.locator("#conflict")).hasCount(0);
    String current = api.json("editor", "api/articles/" + id).get("html").asText();
    assertTrue(current.contains(theirs) && current.contains(later), current);
    assertTrue(copy(page, id).contains(mine), "the copy outlives a save of the other version");

    // my copy goes back into the editor and is saved on top
    page.locator("#restore-copy").click();
    assertThat(page.locator("#body")).containsText(mine);
    assertThat(page.locator("#body")).not().containsText(theirs);
    assertThat(page.locator("#restore-copy")).hasCount(0);
    assertEquals(
        null, page.evaluate("localStorage.getItem('attest.draft.editor." + id + ".copy')"));
    page.locator("#save").click();
    assertThat(page.locator("#save-status")).containsText("revision 4");
    assertTrue(api.json("editor", "api/articles/" + id).get("html").asText().contains(mine));

    // nothing is lost: every version is in the history
    JsonNode revisions = api.json("editor", "api/articles/" + id + "/revisions");
    assertEquals(4, revisions.size());
    assertEquals("chief", revisions.get(1).get("savedBy").asText());
    assertTrue(revisionHtml(api, id, 2).contains(theirs));
    assertTrue(revisionHtml(api, id, 3).contains(later));
    assertTrue(revisionHtml(api, id, 4).contains(mine));
    context.close();
  }

  /**
   * A copy kept from a conflict and unsaved changes made after it: when the article is opened again
   * both notices are shown and announced, each with its own actions, and closing one keeps the
   * other.
   */
  @Test
  void aRestoredDraftAndAKeptCopyAreBothShown(PayaraServer.Running server) throws Exception {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    long id = openWithCopyAndDraft(new Api(server), page, "Both notices");
    assertThat(page.locator("#body")).containsText("Later: not saved yet.");
    assertThat(page.locator("#notices [role=status]")).hasCount(2);
    assertThat(page.locator("#draft-notice")).containsText("Restored your unsaved changes");
    assertThat(page.locator("#draft-notice #discard-draft")).isVisible();
    assertThat(page.locator("#copy-notice")).containsText("kept as a copy");
    assertThat(page.locator("#copy-notice #restore-copy")).isVisible();
    assertThat(page.locator("#copy-notice #drop-copy")).isVisible();

    page.locator("#drop-copy").focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#copy-notice")).hasCount(0);
    assertThat(page.locator("#draft-notice #discard-draft")).isVisible();
    // the keyboard user is not dropped to the page: focus goes to the text of the notice that is
    // left, not to its "discard" action, which a repeated Enter would press
    assertThat(page.locator("#draft-notice > span")).isFocused();
    assertEquals("", copy(page, id));
    context.close();
  }

  /**
   * Putting the kept copy back while the editor holds unsaved text loses neither: the unsaved text
   * becomes the copy, and putting that back brings it again.
   */
  @Test
  void puttingTheCopyBackKeepsTheUnsavedTextAsTheCopy(PayaraServer.Running server)
      throws Exception {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    long id = openWithCopyAndDraft(new Api(server), page, "Copy back");

    page.locator("#restore-copy").click();
    assertThat(page.locator("#body")).containsText("Mine: kept as the copy.");
    assertThat(page.locator("#body")).not().containsText("Later: not saved yet.");
    assertThat(page.locator("#copy-notice #restore-copy")).isVisible();
    assertTrue(copy(page, id).contains("Later: not saved yet."), () -> copy(page, id));
    assertThat(page.locator("#body")).isFocused();

    page.locator("#restore-copy").click();
    assertThat(page.locator("#body")).containsText("Later: not saved yet.");
    assertThat(page.locator("#body")).not().containsText("Mine: kept as the copy.");
    assertTrue(copy(page, id).contains("Mine: kept as the copy."), () -> copy(page, id));
    context.close();
  }

  /**
   * Text typed while a save is on its way is not in the revision that save stores, so it stays kept
   * in the browser and comes back after a reload.
   */
  @Test
  void textTypedWhileASaveIsOnItsWayIsKeptAsADraft(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    long id = openNewArticle(api, page, "In flight").get("id").asLong();
    typeParagraph(page, "Sent with the save.");
    // saves reach the server 1.5 s late, so that typing goes on while one is on its way
    page.evaluate(
        "() => { const send = window.fetch; window.fetch = (url, options) =>"
            + " options && options.method === 'PUT'"
            + " ? new Promise(done => setTimeout(done, 1500)).then(() => send(url, options))"
            + " : send(url, options); }");
    page.locator("#save").click();
    typeParagraph(page, "Typed while saving.");
    assertThat(page.locator("#save")).isEnabled(); // the save has come back
    String saved = revisionHtml(api, id, 2);
    assertTrue(saved.contains("Sent with the save.") && !saved.contains("Typed while saving."));
    assertThat(page.locator("#save-status")).containsText("kept in this browser");

    page.reload();
    assertThat(page.locator("#body")).containsText("Typed while saving.");
    assertThat(page.locator("#draft-notice")).isVisible();
    context.close();
  }

  /**
   * When the browser cannot keep the editor's version as a copy, taking theirs in a conflict would
   * replace the only place it is: the editor keeps it and says why.
   */
  @Test
  void takingTheirsKeepsMineInTheEditorWhenNoCopyCanBeKept(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    JsonNode created = openNewArticle(api, page, "No room");
    typeParagraph(page, "Mine, and only here.");
    // a full storage: copies cannot be written (drafts still can)
    page.evaluate(
        "() => { const set = Storage.prototype.setItem; Storage.prototype.setItem = function (key,"
            + " value) { if (key.endsWith('.copy')) throw new DOMException('full',"
            + " 'QuotaExceededError'); return set.call(this, key, value); }; }");
    saveIntoAConflictAndTakeTheirs(api, page, created);
    assertThat(page.locator("#save-status")).containsText("could not be kept as a copy");
    assertThat(page.locator("#body")).containsText("Mine, and only here.");
    assertThat(page.locator("#body")).not().containsText("Theirs.");
    assertThat(page.locator("#copy-notice")).hasCount(0);
    context.close();
  }

  /**
   * Opens a new article in the editor, saves into a conflict with the chief's revision, takes
   * theirs (so the editor's text is kept as a copy), types on without saving and reloads: the
   * article opens with a copy ("Mine: kept as the copy.") and a restored draft ("Later: not saved
   * yet.").
   */
  private long openWithCopyAndDraft(Api api, Page page, String title) throws Exception {
    JsonNode created = openNewArticle(api, page, title);
    long id = created.get("id").asLong();
    typeParagraph(page, "Mine: kept as the copy.");
    saveIntoAConflictAndTakeTheirs(api, page, created);
    assertThat(page.locator("#copy-notice")).isVisible();
    typeParagraph(page, "Later: not saved yet.");
    assertThat(page.locator("#save-status")).containsText("kept in this browser");
    page.reload();
    return id;
  }

  /**
   * The chief saves a revision of the article meanwhile ("Theirs."); the editor's save meets it
   * (412) and the editor takes theirs.
   */
  private static void saveIntoAConflictAndTakeTheirs(Api api, Page page, JsonNode created)
      throws Exception {
    api.revise(
        "chief",
        created,
        ChiefEditorJourneyIT.SHORT.replace("<p>No AI was used", "<p>Theirs.</p><p>No AI was used"));
    page.locator("#save").click();
    page.locator("#take-theirs").click();
  }

  /** The copy this browser keeps of the editor's text for an article, or "" when there is none. */
  static String copy(Page page, long id) {
    Object copy = page.evaluate("localStorage.getItem('attest.draft.editor." + id + ".copy')");
    return copy == null ? "" : copy.toString();
  }

  static String revisionHtml(Api api, long id, int number) throws Exception {
    return api.json("editor", "api/articles/" + id + "/revisions/" + number).get("html").asText();
  }

  @Test
  void theInterfaceSpeaksGermanOnRequest(PayaraServer.Running server) {
    BrowserContext context = chromium.context();
    Page page = chromium.signIn(context, "editor");
    page.locator("#ui-locale").selectOption("de");
    assertThat(page.locator("h1")).hasText("Artikel");
    assertThat(page.locator("#sign-out")).hasText("Abmelden");
    assertEquals("de", page.evaluate("document.documentElement.lang"));
    context.close();
  }

  /** Types a new paragraph at the end of the text. */
  static void typeParagraph(Page page, String text) {
    page.locator("#body").press("Control+End");
    page.keyboard().press("Enter");
    page.keyboard().type(text);
  }

  /** Pastes HTML into the body editor as the clipboard would. */
  static void paste(Page page, String html) {
    page.locator("#body").click();
    page.evaluate(
        "html => { const data = new DataTransfer(); data.setData('text/html', html);"
            + " document.getElementById('body').dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }",
        html);
  }

  /** How many ranges the editor highlights as flagged sentences (CSS Custom Highlight API). */
  static int highlighted(Page page) {
    Object size =
        page.evaluate(
            "() => ['attest-claim', 'attest-rejected', 'attest-approved'].reduce((n, k) => n + (CSS.highlights.get(k)?.size || 0), 0)");
    assertNotNull(size);
    return ((Number) size).intValue();
  }
}
