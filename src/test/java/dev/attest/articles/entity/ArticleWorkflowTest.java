package dev.attest.articles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attest.analysis.Attest;
import dev.attest.audit.entity.EventType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article aggregate's workflow without a container: states, sign-offs carried over by
 * fingerprint, four eyes.
 */
class ArticleWorkflowTest {
  static final String HTML =
      "<html lang=\"en\"><body><p>By Jane Doe</p>"
          + "<p>Reportedly 300 people came to the meeting.</p><p>Critics say the plan failed.</p>"
          + "<p>The council met on Monday.</p><p>No AI was used to write this article.</p></body></html>";
  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  static final Reviewer CHIEF = new Reviewer("chief", "Charlotte Chief");

  static Article draft(String html) {
    return Article.draft("Meeting", html, Attest.analyze(html), "editor", T0);
  }

  static Article revise(Article article, String html) {
    article.revise(article.title(), html, Attest.analyze(html), "editor", T0.plusHours(1));
    return article;
  }

  static String claim(Article article, String containing) {
    return article.currentRevision().claims().stream()
        .filter(c -> c.text().contains(containing))
        .findFirst()
        .orElseThrow()
        .fingerprint();
  }

  static Claim claimOf(Article article, String fingerprint) {
    return article.currentRevision().claimsWith(fingerprint).get(0);
  }

  static List<EventType> types(Article article) {
    return article.drainEvents().stream().map(ArticleEvent::type).toList();
  }

  @Test
  void aDraftRecordsItsSaveAndEveryFlaggedClaim() {
    Article article = draft(HTML);
    assertEquals(ArticleState.DRAFT, article.state());
    assertEquals(
        List.of(EventType.ARTICLE_SAVED, EventType.CLAIM_FLAGGED, EventType.CLAIM_FLAGGED),
        types(article));
    assertTrue(article.drainEvents().isEmpty(), "drained once");
    assertEquals(2, article.currentRevision().openClaims());
  }

  @Test
  void onlyASubmittedArticleIsSignedOffAndTheLastApprovalApprovesIt() {
    Article article = draft(HTML);
    String crowd = claim(article, "300 people");
    String critics = claim(article, "Critics");
    assertThrows(
        WorkflowRefused.class,
        () -> article.signOff(crowd, null, Decision.APPROVE, "ok", null, CHIEF, T0));
    article.submit("editor", T0);
    assertEquals(ArticleState.SUBMITTED, article.state());
    assertThrows(WorkflowRefused.class, () -> article.submit("editor", T0));
    article.signOff(crowd, 1, Decision.APPROVE, null, "https://example.org/count", CHIEF, T0);
    assertEquals(ArticleState.SUBMITTED, article.state());
    article.signOff(critics, 1, Decision.APPROVE, "named in the next paragraph", null, CHIEF, T0);
    assertEquals(ArticleState.APPROVED, article.state());
    assertThrows(
        WorkflowRefused.class,
        () -> article.signOff(crowd, 1, Decision.REJECT, "no", null, CHIEF, T0));
    article.publish(CHIEF, T0.plusHours(2));
    assertEquals(ArticleState.PUBLISHED, article.state());
    assertEquals(1, article.publishedRevision().number());
    assertEquals("chief", article.publishedBy());
  }

  @Test
  void anArticleWithNothingFlaggedIsApprovedWhenSubmitted() {
    String plain =
        "<html lang=\"en\"><body><p>By Jane Doe</p><p>The council met on Monday.</p>"
            + "<p>No AI was used to write this article.</p></body></html>";
    Article article = draft(plain);
    article.submit("editor", T0);
    assertEquals(ArticleState.APPROVED, article.state());
  }

  @Test
  void aRejectionReturnsTheArticleToItsEditorWithTheNote() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    article.drainEvents();
    String critics = claim(article, "Critics");
    article.signOff(critics, null, Decision.REJECT, "Which critics?", null, CHIEF, T0);
    assertEquals(ArticleState.DRAFT, article.state());
    assertEquals(Claim.Status.REJECTED, claimOf(article, critics).status());
    assertEquals("Which critics?", claimOf(article, critics).signOff().note());
    assertEquals(List.of(EventType.SIGNED_OFF, EventType.RETURNED_TO_DRAFT), types(article));
  }

  @Test
  void anEditKeepsUntouchedSignOffsReopensTheEditedClaimAndClosesTheRemovedOne() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    String crowd = claim(article, "300 people");
    String critics = claim(article, "Critics");
    article.signOff(crowd, null, Decision.APPROVE, "police figure", null, CHIEF, T0);
    article.signOff(critics, null, Decision.APPROVE, "fine", null, CHIEF, T0);
    article.publish(CHIEF, T0);
    article.drainEvents();

    revise(
        article,
        HTML.replace("Critics say the plan failed.", "Critics say the plan failed badly.")
            .replace("The council met on Monday.", "About 40 councillors met on Monday."));
    assertEquals(
        Claim.Status.APPROVED, claimOf(article, crowd).status(), "untouched: keeps its sign-off");
    assertEquals("police figure", claimOf(article, crowd).signOff().note());
    assertEquals(T0, claimOf(article, crowd).flaggedAt(), "still flagged since the first revision");
    String edited = claim(article, "Critics");
    assertNotEquals(critics, edited);
    assertEquals(Claim.Status.OPEN, claimOf(article, edited).status());
    assertNull(claimOf(article, edited).signOff());
    assertEquals(Claim.Status.REMOVED, article.revision(1).claimsWith(critics).get(0).status());
    assertEquals(ArticleState.SUBMITTED, article.state(), "back in review");
    assertEquals(1, article.publishedRevision().number(), "readers keep the published revision");
    assertEquals(
        List.of(
            EventType.ARTICLE_SAVED,
            EventType.CLAIM_REOPENED,
            EventType.CLAIM_FLAGGED,
            EventType.BACK_IN_REVIEW),
        types(article));

    revise(
        article,
        HTML.replace("<p>Critics say the plan failed.</p>", "")
            .replace("The council met on Monday.", "About 40 councillors met on Monday."));
    List<EventType> removed = types(article);
    assertTrue(removed.contains(EventType.CLAIM_CLOSED), removed.toString());
    assertThrows(
        StaleClaim.class,
        () -> article.signOff(edited, null, Decision.APPROVE, "x", null, CHIEF, T0));
    assertThrows(
        UnknownClaim.class,
        () -> article.signOff("c-nothing", null, Decision.APPROVE, "x", null, CHIEF, T0));
    assertThrows(
        StaleClaim.class,
        () -> article.signOff(crowd, 2, Decision.APPROVE, "x", null, CHIEF, T0),
        "revision 2 is not current");
  }

  @Test
  void fourEyesRefusesWhoeverSavedARevisionOrOwnsTheByline() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    String crowd = claim(article, "300 people");
    FourEyesRefused saved = refusedApproval(article, crowd, new Reviewer("editor", "Erika Editor"));
    assertTrue(saved.getMessage().contains("saved revision 1"), saved.getMessage());
    FourEyesRefused byline = refusedApproval(article, crowd, new Reviewer("jdoe", "JANE  DOE"));
    assertTrue(byline.getMessage().contains("byline"), byline.getMessage());
    refusedApproval(
        article, crowd, new Reviewer("jane.doe", null)); // a user name spelling the byline
    article.signOff(crowd, null, Decision.APPROVE, "ok", null, CHIEF, T0);
  }

  private static FourEyesRefused refusedApproval(Article article, String claim, Reviewer who) {
    return assertThrows(
        FourEyesRefused.class,
        () -> article.signOff(claim, null, Decision.APPROVE, "ok", null, who, T0));
  }

  @Test
  void aChiefWhoSavesARevisionLosesTheirOwnSignOffs() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    String crowd = claim(article, "300 people");
    String critics = claim(article, "Critics");
    article.signOff(crowd, null, Decision.APPROVE, "ok", null, CHIEF, T0);
    article.signOff(
        critics, null, Decision.APPROVE, "ok", null, new Reviewer("chief2", "Carl Chief"), T0);
    article.drainEvents();
    article.revise(
        article.title(),
        HTML.replace("Monday", "Tuesday"),
        Attest.analyze(HTML),
        "chief",
        T0.plusHours(1));
    assertEquals(
        Claim.Status.OPEN,
        claimOf(article, crowd).status(),
        "chief's own approval no longer counts");
    assertNull(claimOf(article, crowd).signOff());
    assertEquals(
        Claim.Status.APPROVED,
        claimOf(article, critics).status(),
        "the other chief's approval stands");
    assertEquals(ArticleState.SUBMITTED, article.state());
    assertEquals(
        List.of(EventType.ARTICLE_SAVED, EventType.CLAIM_REOPENED, EventType.BACK_IN_REVIEW),
        types(article));
  }

  @Test
  void aBylineThatBecomesTheSignersReopensTheirSignOffs() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    String crowd = claim(article, "300 people");
    article.signOff(crowd, null, Decision.APPROVE, "ok", null, CHIEF, T0);
    article.drainEvents();
    String bylined = HTML.replace("By Jane Doe", "By Charlotte Chief");
    article.revise(
        article.title(),
        bylined,
        Attest.analyze(bylined),
        "editor",
        T0.plusHours(1),
        user -> user.equals("chief") ? "Charlotte Chief" : null);
    assertEquals(Claim.Status.OPEN, claimOf(article, crowd).status());
    ArticleEvent reopened =
        article.drainEvents().stream()
            .filter(e -> e.type() == EventType.CLAIM_REOPENED)
            .findFirst()
            .orElseThrow();
    assertTrue(reopened.payload().get("reason").toString().contains("byline"), reopened.toString());
  }

  @Test
  void aSignOffNeedsItsJustification() {
    Article article = draft(HTML);
    article.submit("editor", T0);
    String crowd = claim(article, "300 people");
    assertThrows(
        InvalidSignOff.class,
        () -> article.signOff(crowd, null, Decision.APPROVE, " ", null, CHIEF, T0));
    assertThrows(
        InvalidSignOff.class,
        () ->
            article.signOff(crowd, null, Decision.APPROVE, null, "javascript:alert(1)", CHIEF, T0));
    assertThrows(
        InvalidSignOff.class,
        () -> article.signOff(crowd, null, Decision.APPROVE, null, "https://", CHIEF, T0));
    assertThrows(
        InvalidSignOff.class,
        () ->
            article.signOff(crowd, null, Decision.REJECT, null, "https://example.org", CHIEF, T0));
    assertThrows(
        InvalidSignOff.class, () -> article.signOff(crowd, null, null, "ok", null, CHIEF, T0));
    assertThrows(
        InvalidSignOff.class,
        () -> article.signOff(crowd, null, Decision.APPROVE, "x".repeat(2001), null, CHIEF, T0));
    assertEquals(
        Claim.Status.OPEN,
        claimOf(article, crowd).status(),
        "nothing decided by a refused sign-off");
  }
}
