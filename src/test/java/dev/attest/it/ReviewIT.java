package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-off workflow on a real Payara Micro: submit, queue, four eyes, reject, re-open on edit,
 * publish.
 */
@ExtendWith(PayaraServer.class)
class ReviewIT {
  static final String SHORT =
      "<html lang=\"en\"><body><p>By Jane Doe</p>"
          + "<p>Reportedly 300 people came to the meeting.</p><p>Critics say the plan failed.</p>"
          + "<p>The council met on Monday.</p>"
          + "<p>No AI was used to write this article.</p></body></html>";

  @Test
  void theSeedArticleGoesFromDraftToPublishedWithEveryClaimSignedOff(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Spannungen", Api.seed());
    long id = article.get("id").asLong();
    assertEquals(
        409,
        api.signOff("chief", article, article.at("/claims/0/id").asText(), "APPROVE", "ok", null)
            .statusCode(),
        "a draft is not signed off before it is submitted");

    JsonNode submitted = api.ok(api.post("editor", "api/articles/" + id + "/submit", ""));
    assertEquals("SUBMITTED", submitted.get("state").asText());
    assertEquals(
        409,
        api.post("editor", "api/articles/" + id + "/submit", "").statusCode(),
        "submitting twice");

    JsonNode queued = entry(api.ok(api.get("chief", "api/review/queue")), id);
    assertEquals(article.get("claims").size(), queued.get("claims").size());
    JsonNode first = queued.at("/claims/0");
    assertTrue(
        first.get("paragraph").asText().contains(first.get("text").asText()),
        "the claim stands in its paragraph");
    assertFalse(first.at("/reasons/0/cue").asText().isEmpty());
    assertEquals(
        403, api.get("editor", "api/review/queue").statusCode(), "the queue is for chief editors");

    JsonNode current = submitted;
    List<String> claims = new ArrayList<>();
    current.get("claims").forEach(c -> claims.add(c.get("id").asText()));
    for (int i = 0; i < claims.size(); i++) {
      assertEquals(
          "SUBMITTED", current.get("state").asText(), "still in review before the last approval");
      current =
          api.ok(
              api.signOff(
                  "chief",
                  current,
                  claims.get(i),
                  "APPROVE",
                  i % 2 == 0 ? "checked with the agency" : null,
                  i % 2 == 0 ? null : "https://example.org/source/" + i));
    }
    assertEquals("APPROVED", current.get("state").asText());
    current.get("claims").forEach(c -> assertEquals("APPROVED", c.get("status").asText()));
    assertEquals("chief", current.at("/claims/0/signOff/by").asText());

    assertEquals(
        404,
        api.get("auditor", "api/articles/" + id + "/published").statusCode(),
        "not published yet");
    JsonNode published = api.ok(api.post("chief", "api/articles/" + id + "/publish", ""));
    assertEquals("PUBLISHED", published.get("state").asText());
    assertEquals(1, published.at("/published/revision").asInt());

    HttpResponse<String> page = api.get("auditor", "api/articles/" + id + "/published");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    Document html = Jsoup.parse(page.body());
    JsonNode ld = Api.JSON.readTree(html.selectFirst("script[type=application/ld+json]").data());
    assertEquals("Kathrine Frich", ld.at("/author/name").asText());
    assertEquals(
        "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
        ld.get("digitalSourceType").asText());
    assertEquals("Charlotte Chief", ld.at("/editor/name").asText());
    assertFalse(ld.get("dateModified").asText().isEmpty());
    assertTrue(
        html.body()
            .text()
            .contains(
                "Dieser Artikel wurde von Kathrine Frich erstellt und veröffentlicht, wobei möglicherweise KI"
                    + " für die Erstellung verwendet wurde"),
        "the visible disclosure line is unchanged");
    assertTrue(html.select("body script, [onclick], iframe").isEmpty());

    // the auditor: the chain verifies, and today's report has the article, every claim approved by
    // the chief
    JsonNode chain = api.ok(api.get("auditor", "api/audit/verify"));
    assertTrue(chain.get("valid").asBoolean(), chain.toString());
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    JsonNode report =
        api.ok(
            api.get(
                "auditor",
                "api/reports/compliance?from=" + today + "&to=" + today,
                "application/json"));
    assertEquals(chain.get("headHash").asText(), report.at("/chain/headHash").asText());
    JsonNode row = null;
    for (JsonNode candidate : report.get("articles")) {
      if (candidate.get("id").asLong() == id) {
        row = candidate;
      }
    }
    assertTrue(row != null, "article " + id + " in the report");
    assertEquals("PUBLISHED", row.get("state").asText());
    assertEquals("POSSIBLE", row.get("aiUse").asText());
    assertEquals(claims.size(), row.at("/claims/approved").asInt());
    assertEquals(0, row.at("/claims/open").asInt());
    assertTrue(row.get("fourEyesSatisfied").asBoolean());
  }

  @Test
  void nobodySignsOffOrPublishesWhatTheyWroteOrTheirOwnByline(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    // a chief editor who saved a revision may not decide on the article
    JsonNode own = api.create("chief", "Own", SHORT);
    api.ok(api.post("chief", "api/articles/" + own.get("id").asLong() + "/submit", ""));
    HttpResponse<String> refused =
        api.signOff("chief", own, own.at("/claims/0/id").asText(), "APPROVE", "fine", null);
    Api.problem(refused, 403);
    assertTrue(
        refused.body().contains("four-eyes") && refused.body().contains("saved revision 1"),
        refused.body());

    // ... nor may a chief editor whose name is the byline, though an editor saved it
    String admin = "admin";
    HttpResponse<String> created =
        api.post(
            admin,
            "api/admin/users",
            "{\"name\":\"jdoe\",\"password\":\""
                + PayaraServer.Running.TEST_PASSWORD
                + "\",\"displayName\":\"Jane Doe\",\"roles\":[\"CHIEF_EDITOR\"]}");
    assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
    JsonNode byline = api.create("editor", "Byline", SHORT);
    api.ok(api.post("editor", "api/articles/" + byline.get("id").asLong() + "/submit", ""));
    HttpResponse<String> ownByline =
        api.signOff("jdoe", byline, byline.at("/claims/0/id").asText(), "APPROVE", "fine", null);
    assertEquals(403, ownByline.statusCode());
    assertTrue(ownByline.body().contains("byline"), ownByline.body());

    // the other chief editor may; but the writer may not publish what they wrote
    JsonNode approved = byline;
    for (JsonNode claim : byline.get("claims")) {
      approved =
          api.ok(
              api.signOff("chief", approved, claim.get("id").asText(), "APPROVE", "checked", null));
    }
    assertEquals("APPROVED", approved.get("state").asText());
    assertEquals(
        403,
        api.post("jdoe", "api/articles/" + byline.get("id").asLong() + "/publish", "")
            .statusCode());
    assertEquals(
        403,
        api.post("editor", "api/articles/" + byline.get("id").asLong() + "/publish", "")
            .statusCode(),
        "editors do not publish");
  }

  @Test
  void aRejectionSendsTheArticleBackWithTheNoteAndAnEditReopensOnlyTheEditedClaim(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Meeting", SHORT);
    long id = article.get("id").asLong();
    api.ok(api.post("editor", "api/articles/" + id + "/submit", ""));
    String crowd = claimId(article, "300 people");
    String critics = claimId(article, "Critics say");
    assertEquals(
        400,
        api.signOff("chief", article, crowd, "APPROVE", null, null).statusCode(),
        "an approval needs a justification");
    assertEquals(
        400,
        api.signOff("chief", article, crowd, "APPROVE", null, "ftp://example.org/x").statusCode());
    assertEquals(
        400,
        api.signOff("chief", article, crowd, "REJECT", " ", null).statusCode(),
        "a rejection needs a note");
    assertEquals(400, api.signOff("chief", article, crowd, "MAYBE", "x", null).statusCode());
    assertEquals(
        404, api.signOff("chief", article, "c-unknown", "APPROVE", "x", null).statusCode());

    api.ok(
        api.signOff("chief", article, crowd, "APPROVE", null, "https://example.org/police-count"));
    JsonNode rejected =
        api.ok(api.signOff("chief", article, critics, "REJECT", "Which critics? Name them.", null));
    assertEquals("DRAFT", rejected.get("state").asText());
    JsonNode rejectedClaim = claim(rejected, critics);
    assertEquals("REJECTED", rejectedClaim.get("status").asText());
    assertEquals("Which critics? Name them.", rejectedClaim.at("/signOff/note").asText());

    // the editor edits the rejected sentence; the approved one keeps its sign-off
    JsonNode edited =
        api.revise(
            "editor",
            rejected,
            SHORT.replace("Critics say the plan failed.", "Critics say the plan failed badly."));
    assertEquals("APPROVED", claim(edited, crowd).get("status").asText());
    assertEquals(
        "https://example.org/police-count",
        claim(edited, crowd).at("/signOff/evidenceUrl").asText());
    String reopened = claimId(edited, "Critics say");
    assertNotEquals(critics, reopened);
    assertEquals("OPEN", claim(edited, reopened).get("status").asText());
    assertEquals(
        409,
        api.signOff("chief", edited, critics, "APPROVE", "x", null).statusCode(),
        "the old sentence is stale");

    api.ok(api.post("editor", "api/articles/" + id + "/submit", ""));
    JsonNode approved =
        api.ok(api.signOff("chief", edited, reopened, "APPROVE", "named in the follow-up", null));
    assertEquals("APPROVED", approved.get("state").asText());
    JsonNode published = api.ok(api.post("chief", "api/articles/" + id + "/publish", ""));

    // editing the published article: a removed claim is closed, a new one re-opens review, the
    // public page stays
    String changed =
        SHORT
            .replace("<p>Critics say the plan failed.</p>", "")
            .replace("The council met on Monday.", "About 40 councillors met on Monday.");
    JsonNode back = api.revise("editor", published, changed);
    assertEquals("SUBMITTED", back.get("state").asText());
    assertEquals(2, published.at("/published/revision").asInt());
    assertEquals(
        2, back.at("/published/revision").asInt(), "readers still get the published revision");
    assertEquals(3, back.at("/revision/number").asInt());
    assertEquals("OPEN", claim(back, claimId(back, "40 councillors")).get("status").asText());
    assertEquals(
        409,
        api.post("chief", "api/articles/" + id + "/publish", "").statusCode(),
        "re-publishing needs the new claim signed off");

    JsonNode events = api.ok(api.get("auditor", "api/audit/events?articleId=" + id + "&size=500"));
    List<String> types = new ArrayList<>();
    events.get("events").forEach(e -> types.add(e.get("type").asText()));
    for (String type :
        List.of(
            "ARTICLE_SAVED",
            "CLAIM_FLAGGED",
            "SUBMITTED",
            "SIGNED_OFF",
            "RETURNED_TO_DRAFT",
            "CLAIM_REOPENED",
            "APPROVED",
            "PUBLISHED",
            "CLAIM_CLOSED",
            "BACK_IN_REVIEW")) {
      assertTrue(types.contains(type), type + " in " + types);
    }
  }

  @Test
  void theQueueListsArticlesOldestSubmissionFirstEachClaimWithItsCuesAndParagraph(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String html =
        "<html lang=\"en\"><body><p>By Jane Doe</p>"
            + "<p>The hall was full. Reportedly 300 people came to the meeting. Nobody left early.</p>"
            + "<p>Critics say the plan failed.</p>"
            + "<p>No AI was used to write this article.</p></body></html>";
    JsonNode savedFirst = api.create("editor", "Queue saved first", html);
    JsonNode savedSecond = api.create("editor", "Queue saved second", html);
    JsonNode savedThird = api.create("editor", "Queue saved third", html);
    // submitted in another order than saved: the queue follows the submissions, not the ids
    List<Long> submitted = new ArrayList<>();
    for (JsonNode article : List.of(savedThird, savedFirst, savedSecond)) {
      assertEquals("SUBMITTED", api.submit("editor", article).get("state").asText());
      submitted.add(article.get("id").asLong());
    }

    JsonNode queue = api.json("chief", "api/review/queue");
    List<Long> queued = new ArrayList<>();
    java.time.Instant previous = java.time.Instant.MIN;
    for (JsonNode entry : queue) {
      java.time.Instant at = java.time.Instant.parse(entry.at("/article/submittedAt").asText());
      assertFalse(at.isBefore(previous), "oldest submission first: " + queue);
      previous = at;
      if (submitted.contains(entry.at("/article/id").asLong())) {
        queued.add(entry.at("/article/id").asLong());
      }
    }
    assertEquals(submitted, queued, "in the order of submission");

    JsonNode entry = entry(queue, savedThird.get("id").asLong());
    assertEquals("SUBMITTED", entry.at("/article/state").asText());
    assertEquals("Jane Doe", entry.at("/article/author").asText());
    assertEquals(
        savedThird.get("claims").size(), entry.get("claims").size(), "every claim is open");
    for (JsonNode claim : savedThird.get("claims")) {
      JsonNode inQueue = claim(entry, claim.get("id").asText());
      assertEquals(claim.get("text").asText(), inQueue.get("text").asText());
      assertEquals(claim.get("reasons"), inQueue.get("reasons"));
      assertEquals("OPEN", inQueue.get("status").asText());
      assertTrue(inQueue.get("reasons").size() > 0, inQueue.toString());
      for (JsonNode reason : inQueue.get("reasons")) {
        String cue = reason.get("cue").asText();
        assertFalse(cue.isBlank(), inQueue.toString());
        assertTrue(
            inQueue
                .get("text")
                .asText()
                .toLowerCase(java.util.Locale.ROOT)
                .contains(cue.toLowerCase(java.util.Locale.ROOT)),
            "the cue '" + cue + "' is in the sentence: " + inQueue);
      }
    }
    JsonNode crowd = claim(entry, claimId(savedThird, "300 people"));
    assertEquals("Reportedly 300 people came to the meeting.", crowd.get("text").asText());
    assertEquals(
        "The hall was full. Reportedly 300 people came to the meeting. Nobody left early.",
        crowd.get("paragraph").asText(),
        "the whole paragraph around the sentence");
    assertEquals(
        "Critics say the plan failed.",
        claim(entry, claimId(savedThird, "Critics say")).get("paragraph").asText());
  }

  @Test
  void editingAnApprovedSentenceOfAPublishedArticleReopensOnlyThatClaimUntilSignedOffAgain(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String html =
        "<html lang=\"en\"><body><p>By Jane Doe</p>"
            + "<p>Reportedly 300 people came to the meeting.</p><p>Critics say the plan failed.</p>"
            + "<p>About 40 councillors met on Monday.</p>"
            + "<p>No AI was used to write this article.</p></body></html>";
    JsonNode article = api.create("editor", "Re-opened on edit", html);
    long id = article.get("id").asLong();
    assertEquals(3, article.get("claims").size(), article.toString());
    String crowd = claimId(article, "300 people");
    String critics = claimId(article, "Critics say");
    String council = claimId(article, "40 councillors");
    JsonNode current = api.approveAll("chief", api.submit("editor", article), "checked");
    assertEquals("APPROVED", current.get("state").asText());
    JsonNode published = api.ok(api.post("chief", "api/articles/" + id + "/publish", ""));
    assertEquals("PUBLISHED", published.get("state").asText());

    // the editor rewords one approved sentence and removes another; the third stays as it was
    JsonNode edited =
        api.revise(
            "editor",
            published,
            html.replace("Critics say the plan failed.", "Critics say the plan failed badly.")
                .replace("<p>About 40 councillors met on Monday.</p>", ""));
    assertEquals("SUBMITTED", edited.get("state").asText(), "back in review");
    assertEquals(2, edited.at("/revision/number").asInt());
    assertEquals(1, edited.at("/published/revision").asInt(), "readers keep revision 1");
    assertEquals(2, edited.get("claims").size(), "the removed sentence is no current claim");

    JsonNode kept = claim(edited, crowd);
    assertEquals("APPROVED", kept.get("status").asText());
    assertEquals("APPROVE", kept.at("/signOff/decision").asText());
    assertEquals("chief", kept.at("/signOff/by").asText());
    assertEquals("checked", kept.at("/signOff/note").asText());
    assertEquals(1, kept.at("/signOff/revision").asInt(), "the sign-off given on revision 1");

    String reopened = claimId(edited, "Critics say the plan failed badly.");
    assertNotEquals(critics, reopened, "an edited sentence is another claim");
    assertEquals("OPEN", claim(edited, reopened).get("status").asText());
    assertTrue(claim(edited, reopened).get("signOff").isNull(), "its approval does not carry over");

    JsonNode first = api.json("auditor", "api/articles/" + id + "/revisions/1");
    assertEquals("REMOVED", claim(first, council).get("status").asText(), "closed as removed");
    assertEquals("APPROVED", claim(first, crowd).get("status").asText());

    JsonNode queued = entry(api.json("chief", "api/review/queue"), id);
    assertEquals(1, queued.get("claims").size(), "only the re-opened claim waits: " + queued);
    assertEquals(reopened, queued.at("/claims/0/id").asText());

    JsonNode refused = Api.problem(api.post("chief", "api/articles/" + id + "/publish", ""), 409);
    assertTrue(refused.get("detail").asText().contains("SUBMITTED"), refused.toString());
    assertEquals(
        409,
        api.signOff("chief", edited, critics, "APPROVE", "still fine", null).statusCode(),
        "the old sentence is stale");

    JsonNode approved =
        api.ok(api.signOff("chief", edited, reopened, "APPROVE", "badly, says the minutes", null));
    assertEquals("APPROVED", approved.get("state").asText());
    assertEquals(
        "APPROVE", claim(approved, crowd).at("/signOff/decision").asText(), "still the first one");
    JsonNode republished = api.ok(api.post("chief", "api/articles/" + id + "/publish", ""));
    assertEquals("PUBLISHED", republished.get("state").asText());
    assertEquals(2, republished.at("/published/revision").asInt());

    List<JsonNode> revision2 = new ArrayList<>();
    for (JsonNode event :
        api.json("auditor", "api/audit/events?articleId=" + id + "&size=500").get("events")) {
      assertEquals(id, event.get("articleId").asLong());
      if (event.at("/payload/revision").asInt() == 2
          && event.get("type").asText().startsWith("CLAIM_")) {
        revision2.add(event);
      }
    }
    assertEquals(
        2, revision2.size(), "one re-opened, one closed; the kept one unmentioned: " + revision2);
    JsonNode reopenedEvent =
        revision2.stream()
            .filter(e -> e.get("type").asText().equals("CLAIM_REOPENED"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CLAIM_REOPENED: " + revision2));
    assertEquals(reopened, reopenedEvent.at("/payload/claim").asText());
    assertEquals(critics, reopenedEvent.at("/payload/previous").asText());
    assertEquals("APPROVED", reopenedEvent.at("/payload/previousStatus").asText());
    assertEquals("editor", reopenedEvent.get("actor").asText());
    JsonNode closedEvent =
        revision2.stream()
            .filter(e -> e.get("type").asText().equals("CLAIM_CLOSED"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CLAIM_CLOSED: " + revision2));
    assertEquals(council, closedEvent.at("/payload/claim").asText());
    assertEquals("About 40 councillors met on Monday.", closedEvent.at("/payload/text").asText());
  }

  @Test
  void aSignOffOnAnOlderRevisionIsRefused(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Stale", SHORT);
    long id = article.get("id").asLong();
    JsonNode submitted = api.ok(api.post("editor", "api/articles/" + id + "/submit", ""));
    api.revise(
        "editor",
        submitted,
        SHORT.replace("The council met on Monday.", "The council met on Tuesday."));
    String crowd = claimId(article, "300 people");
    HttpResponse<String> stale =
        api.post(
            "chief",
            "api/articles/" + id + "/claims/" + crowd + "/sign-off",
            "{\"decision\":\"APPROVE\",\"note\":\"ok\",\"revision\":1}");
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("revision 2"), stale.body());
  }

  static JsonNode entry(JsonNode queue, long id) {
    for (JsonNode entry : queue) {
      if (entry.at("/article/id").asLong() == id) {
        return entry;
      }
    }
    throw new AssertionError("article " + id + " is not in the queue " + queue);
  }

  static String claimId(JsonNode article, String containing) {
    for (JsonNode claim : article.get("claims")) {
      if (claim.get("text").asText().contains(containing)) {
        return claim.get("id").asText();
      }
    }
    throw new AssertionError("no claim with '" + containing + "' in " + article.get("claims"));
  }

  static JsonNode claim(JsonNode article, String id) {
    for (JsonNode claim : article.get("claims")) {
      if (claim.get("id").asText().equals(id)) {
        return claim;
      }
    }
    throw new AssertionError("no claim " + id);
  }
}
