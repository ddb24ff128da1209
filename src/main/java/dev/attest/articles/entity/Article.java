package dev.attest.articles.entity;

import dev.attest.analysis.Analysis;
import dev.attest.audit.entity.EventType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The aggregate root: an article's title, language and state, its current revision, and a version
 * that every save increments (the HTTP ETag; a save against an older version is refused).
 */
@Entity
@Table(name = "article")
@NamedQuery(
    name = Article.QUEUE,
    query = "select a from Article a where a.state = :state order by a.submittedAt, a.id")
public class Article {
  public static final String QUEUE = "Article.queue";

  @Id
  @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
  private Long id;

  private String title;

  private String language;

  @Enumerated(EnumType.STRING)
  private ArticleState state;

  @Version private long version;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<Revision> revisions = new ArrayList<>();

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "published_revision")
  private Integer publishedRevision;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  /** What happened in this transaction, not yet in the audit trail. */
  @Transient private List<ArticleEvent> events = new ArrayList<>();

  protected Article() {}

  /** A new draft whose first revision is {@code html}, analysed as {@code analysis}. */
  public static Article draft(
      String title, String html, Analysis analysis, String savedBy, OffsetDateTime at) {
    Article article = new Article();
    article.state = ArticleState.DRAFT;
    article.createdBy = savedBy;
    article.createdAt = at;
    article.revise(title, html, analysis, savedBy, at);
    return article;
  }

  /**
   * Saves a new revision; the earlier ones stay as they were. Unchanged claims keep their
   * sign-offs, edited ones are re-opened, removed ones closed; an article in review follows its
   * claims (APPROVED when all are approved, else SUBMITTED), and a published one stays published in
   * its published revision until it is published again.
   */
  public Revision revise(
      String newTitle, String html, Analysis analysis, String savedBy, OffsetDateTime at) {
    return revise(newTitle, html, analysis, savedBy, at, UnaryOperator.identity());
  }

  /**
   * Saves a new revision as {@link #revise(String, String, Analysis, String, OffsetDateTime)} does,
   * and drops every carried-over sign-off whose signer the four-eyes rule now refuses: they saved
   * this revision, or the new byline is theirs ({@code displayNames} maps a user name to the name
   * in their bylines).
   */
  public Revision revise(
      String newTitle,
      String html,
      Analysis analysis,
      String savedBy,
      OffsetDateTime at,
      UnaryOperator<String> displayNames) {
    Revision previous = revisions.isEmpty() ? null : currentRevision();
    Revision revision =
        new Revision(this, revisions.size() + 1, newTitle, html, analysis, savedBy, at);
    revisions.add(revision);
    title = newTitle;
    language = analysis.language();
    events.add(new ArticleEvent(EventType.ARTICLE_SAVED, savedBy, revision.savedPayload()));
    events.addAll(
        revision.takeOverClaims(
            previous,
            savedBy,
            signOff ->
                new Reviewer(signOff.signedBy(), displayNames.apply(signOff.signedBy()))
                    .conflictWith(this)));
    if (state != ArticleState.DRAFT) {
      ArticleState follows =
          revision.allClaimsApproved() ? ArticleState.APPROVED : ArticleState.SUBMITTED;
      moveTo(
          follows,
          follows == ArticleState.APPROVED ? EventType.APPROVED : EventType.BACK_IN_REVIEW,
          savedBy,
          "revision " + revision.number() + " saved");
    }
    return revision;
  }

  /**
   * The editor asks for review: SUBMITTED, or APPROVED straight away when no claim needs a
   * decision.
   */
  public void submit(String user, OffsetDateTime at) {
    if (state != ArticleState.DRAFT) {
      throw new WorkflowRefused(
          "the article is "
              + state
              + ", not DRAFT; only a draft can be submitted"
              + (state == ArticleState.SUBMITTED ? " (it is already waiting for review)" : ""));
    }
    submittedAt = at;
    moveTo(ArticleState.SUBMITTED, EventType.SUBMITTED, user, "submitted for review");
    if (currentRevision().allClaimsApproved()) {
      moveTo(
          ArticleState.APPROVED,
          EventType.APPROVED,
          user,
          "no claim of revision " + currentRevision().number() + " needs a decision");
    }
  }

  /**
   * A chief editor's decision on the claim {@code fingerprint} of the current revision. REJECT
   * sends the article back to DRAFT; the last approval makes it APPROVED.
   *
   * @param revision the revision number the reviewer saw, or null for the current one
   */
  public SignOff signOff(
      String fingerprint,
      Integer revision,
      Decision decision,
      String note,
      String evidenceUrl,
      Reviewer reviewer,
      OffsetDateTime at) {
    Revision current = currentRevision();
    List<Claim> claims = current.claimsWith(fingerprint);
    if (claims.isEmpty()) {
      throw unknownOrStale(fingerprint);
    }
    if (revision != null && revision != current.number()) {
      throw new StaleClaim(
          "you reviewed revision "
              + revision
              + " but the article is at revision "
              + current.number()
              + "; reload it and decide on what it says now");
    }
    if (state != ArticleState.SUBMITTED) {
      throw new WorkflowRefused(
          "the article is "
              + state
              + "; claims are signed off while it is SUBMITTED"
              + (state == ArticleState.DRAFT ? " (its editor has not submitted it)" : ""));
    }
    requireIndependent(reviewer);
    SignOff signOff =
        SignOff.of(
            this,
            claims.get(0),
            current.number(),
            decision,
            note,
            evidenceUrl,
            reviewer.user(),
            at);
    claims.forEach(claim -> claim.decide(signOff));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("revision", current.number());
    payload.put("claim", fingerprint);
    payload.put("decision", decision.name());
    payload.put("note", signOff.note());
    payload.put("evidenceUrl", signOff.evidenceUrl());
    events.add(new ArticleEvent(EventType.SIGNED_OFF, reviewer.user(), payload));
    if (decision == Decision.REJECT) {
      moveTo(
          ArticleState.DRAFT,
          EventType.RETURNED_TO_DRAFT,
          reviewer.user(),
          "claim " + fingerprint + " rejected: " + signOff.note());
    } else if (current.allClaimsApproved()) {
      moveTo(
          ArticleState.APPROVED,
          EventType.APPROVED,
          reviewer.user(),
          "every claim of revision " + current.number() + " approved");
    }
    return signOff;
  }

  /** Publishes the current revision of an APPROVED article. */
  public void publish(Reviewer reviewer, OffsetDateTime at) {
    if (state != ArticleState.APPROVED) {
      throw new WorkflowRefused(
          "the article is "
              + state
              + "; only an APPROVED article can be published"
              + (state == ArticleState.SUBMITTED
                  ? " (" + currentRevision().openClaims() + " claims still need a decision)"
                  : ""));
    }
    requireIndependent(reviewer);
    publishedRevision = currentRevision().number();
    publishedAt = at;
    publishedBy = reviewer.user();
    moveTo(
        ArticleState.PUBLISHED,
        EventType.PUBLISHED,
        reviewer.user(),
        "revision " + publishedRevision + " published");
  }

  private void requireIndependent(Reviewer reviewer) {
    String conflict = reviewer.conflictWith(this);
    if (conflict != null) {
      throw new FourEyesRefused(conflict);
    }
  }

  private RuntimeException unknownOrStale(String fingerprint) {
    for (int i = revisions.size() - 2; i >= 0; i--) {
      if (!revisions.get(i).claimsWith(fingerprint).isEmpty()) {
        return new StaleClaim(
            "claim "
                + fingerprint
                + " was in revision "
                + revisions.get(i).number()
                + " but is not in the current revision "
                + currentRevision().number()
                + " (the sentence was edited or removed)");
      }
    }
    return new UnknownClaim("article " + id + " has no claim " + fingerprint);
  }

  private void moveTo(ArticleState next, EventType type, String actor, String cause) {
    if (next == state) {
      return;
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("from", state.name());
    payload.put("to", next.name());
    payload.put("revision", currentRevision().number());
    payload.put("cause", cause);
    if (next == ArticleState.PUBLISHED) {
      payload.put("contentHash", currentRevision().contentHash());
    }
    state = next;
    events.add(new ArticleEvent(type, actor, payload));
  }

  /** The events recorded since the last call, oldest first; the list is emptied. */
  public List<ArticleEvent> drainEvents() {
    List<ArticleEvent> drained = List.copyOf(events);
    events.clear();
    return drained;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String language() {
    return language;
  }

  public ArticleState state() {
    return state;
  }

  public long version() {
    return version;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The latest revision: what the article says now. */
  public Revision currentRevision() {
    return revisions.get(revisions.size() - 1);
  }

  public List<Revision> revisions() {
    return Collections.unmodifiableList(revisions);
  }

  /** The number of the revision readers see, or null while never published. */
  public Integer publishedRevisionNumber() {
    return publishedRevision;
  }

  /** The revision readers see, or null while never published. */
  public Revision publishedRevision() {
    return publishedRevision == null ? null : revisions.get(publishedRevision - 1);
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  /** Revision {@code number}, or null when there is none. */
  public Revision revision(int number) {
    return number >= 1 && number <= revisions.size() ? revisions.get(number - 1) : null;
  }
}
