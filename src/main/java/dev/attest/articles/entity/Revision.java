package dev.attest.articles.entity;

import dev.attest.analysis.Analysis;
import dev.attest.analysis.Author;
import dev.attest.audit.entity.EventType;
import dev.attest.constraints.AiDisclosure;
import dev.attest.constraints.NamedAuthor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One accepted save of an article, never changed afterwards: the HTML and its SHA-256, who saved it
 * and when, what the analysis found (language, disclosure, author, rules version) and the claims
 * that need a sign-off. Its HTML carries {@link AiDisclosure} and {@link NamedAuthor}, so no
 * revision without both can be persisted by any path.
 */
@Entity
@Table(name = "revision")
@NamedQuery(
    name = Revision.CURRENT_OF,
    query =
        "select r from Revision r where r.article in :articles and r.number ="
            + " (select max(q.number) from Revision q where q.article = r.article)",
    // a list shows every listed article's claim counts: their claims in one query, not one each
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "r.claims"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
public class Revision {
  /** The current (latest) revisions of the articles given as {@code articles}. */
  public static final String CURRENT_OF = "Revision.currentOf";

  @Id
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", updatable = false)
  private Article article;

  @Column(updatable = false)
  private int number;

  @Column(updatable = false)
  private String title;

  @AiDisclosure
  @NamedAuthor
  @Column(updatable = false)
  private String html;

  @Column(name = "content_hash", updatable = false)
  private String contentHash;

  @Column(name = "saved_by", updatable = false)
  private String savedBy;

  @Column(name = "saved_at", updatable = false)
  private OffsetDateTime savedAt;

  @Column(updatable = false)
  private String language;

  @Column(name = "ai_use", updatable = false)
  private String aiUse;

  @Column(name = "disclosure_text", updatable = false)
  private String disclosureText;

  @Column(name = "author_name", updatable = false)
  private String authorName;

  @Column(name = "author_found_in", updatable = false)
  private String authorFoundIn;

  @Column(name = "rules_version", updatable = false)
  private String rulesVersion;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
  @OrderBy("startOffset")
  private List<Claim> claims = new ArrayList<>();

  protected Revision() {}

  Revision(
      Article article,
      int number,
      String title,
      String html,
      Analysis analysis,
      String savedBy,
      OffsetDateTime at) {
    this.article = article;
    this.number = number;
    this.title = title;
    this.html = html;
    this.contentHash = sha256(html);
    this.savedBy = savedBy;
    this.savedAt = at;
    this.language = analysis.language();
    this.aiUse =
        analysis.disclosure().aiUse() == null ? null : analysis.disclosure().aiUse().name();
    this.disclosureText = clip(analysis.disclosure().text(), 2000);
    Author author = analysis.author();
    this.authorName = author == null ? null : clip(author.name(), 500);
    this.authorFoundIn = author == null ? null : author.foundIn().name();
    this.rulesVersion = analysis.rulesVersion();
    for (dev.attest.analysis.Claim claim : analysis.claims()) {
      claims.add(new Claim(this, claim, analysis.text(), at));
    }
  }

  /**
   * Takes over the review of the previous revision's claims: an unchanged sentence (same
   * fingerprint) keeps its status and sign-off; a signed-off sentence that was edited is re-opened
   * (the most similar new sentence); a sentence that is gone is closed. Returns what changed, for
   * the audit trail.
   */
  List<ArticleEvent> takeOverClaims(
      Revision previous, String actor, Function<SignOff, String> fourEyesConflict) {
    List<ArticleEvent> events = new ArrayList<>();
    Map<String, Claim> earlier = new LinkedHashMap<>();
    if (previous != null) {
      for (Claim claim : previous.claims) {
        earlier.putIfAbsent(claim.fingerprint(), claim);
      }
    }
    List<Claim> fresh = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Claim claim : claims) {
      Claim same = earlier.get(claim.fingerprint());
      String conflict =
          same == null || same.signOff() == null ? null : fourEyesConflict.apply(same.signOff());
      if (conflict != null) {
        // four eyes: the signer is now one of the article's writers (saved a revision, or the
        // byline is theirs)
        claim.reopenSince(same);
        kept.add(claim.fingerprint());
        events.add(
            claimEvent(
                EventType.CLAIM_REOPENED,
                actor,
                claim,
                Map.of(
                    "previous",
                    same.fingerprint(),
                    "previousStatus",
                    same.status().name(),
                    "reason",
                    conflict)));
      } else if (same != null) {
        claim.carryOver(same);
        kept.add(claim.fingerprint());
      } else {
        fresh.add(claim);
      }
    }
    kept.forEach(earlier::remove);
    for (Claim claim : fresh) {
      Claim edited =
          SentenceSimilarity.mostSimilar(
              claim, earlier.values().stream().filter(Claim::isDecided).toList());
      if (edited != null) {
        earlier.remove(edited.fingerprint());
        String previousStatus = edited.status().name();
        edited.close();
        events.add(
            claimEvent(
                EventType.CLAIM_REOPENED,
                actor,
                claim,
                Map.of("previous", edited.fingerprint(), "previousStatus", previousStatus)));
      } else {
        events.add(
            claimEvent(EventType.CLAIM_FLAGGED, actor, claim, Map.of("rules", claim.rules())));
      }
    }
    for (Claim gone : earlier.values()) {
      gone.close();
      events.add(
          claimEvent(
              EventType.CLAIM_CLOSED,
              actor,
              gone,
              Map.of("reason", "removed from revision " + number)));
    }
    return events;
  }

  private ArticleEvent claimEvent(
      EventType type, String actor, Claim claim, Map<String, Object> extra) {
    Map<String, Object> payload = new LinkedHashMap<>(extra);
    payload.put("revision", number);
    payload.put("claim", claim.fingerprint());
    payload.put("text", claim.text());
    return new ArticleEvent(type, actor, payload);
  }

  /** The claims of this revision with this fingerprint (the same sentence may stand twice). */
  List<Claim> claimsWith(String fingerprint) {
    return claims.stream().filter(c -> c.fingerprint().equals(fingerprint)).toList();
  }

  /** Whether every flagged claim is approved (true when nothing is flagged). */
  public boolean allClaimsApproved() {
    return claims.stream().allMatch(Claim::isApproved);
  }

  /** How many claims still need a decision or a new one (open or rejected). */
  public long openClaims() {
    return claims.stream().filter(c -> !c.isApproved()).count();
  }

  /** What the audit trail records about this save. */
  Map<String, Object> savedPayload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("revision", number);
    payload.put("title", title);
    payload.put("contentHash", contentHash);
    payload.put("language", language);
    payload.put("aiUse", aiUse);
    payload.put("disclosure", disclosureText);
    payload.put("author", authorName);
    payload.put("rulesVersion", rulesVersion);
    payload.put("claims", claims.size());
    return payload;
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String html() {
    return html;
  }

  public String contentHash() {
    return contentHash;
  }

  public String savedBy() {
    return savedBy;
  }

  public OffsetDateTime savedAt() {
    return savedAt;
  }

  public String language() {
    return language;
  }

  public String aiUse() {
    return aiUse;
  }

  public String disclosureText() {
    return disclosureText;
  }

  public String authorName() {
    return authorName;
  }

  public String authorFoundIn() {
    return authorFoundIn;
  }

  public String rulesVersion() {
    return rulesVersion;
  }

  public List<Claim> claims() {
    return Collections.unmodifiableList(claims);
  }
}
