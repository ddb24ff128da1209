package dev.attest.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A chief editor's decision on a claim, bound to the claim's text (its fingerprint) and the
 * revision it was made on. It carries over to later revisions as long as the sentence is unchanged.
 * Never changed after it is made.
 */
@Entity
@Table(name = "sign_off")
public class SignOff {
  static final int MAX_TEXT = 2000;

  @Id
  @SequenceGenerator(name = "sign_off_seq", sequenceName = "sign_off_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_off_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id", updatable = false)
  private Article article;

  @Column(updatable = false)
  private String fingerprint;

  @Column(name = "revision_number", updatable = false)
  private int revisionNumber;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Decision decision;

  @Column(updatable = false)
  private String note;

  @Column(name = "evidence_url", updatable = false)
  private String evidenceUrl;

  @Column(name = "signed_by", updatable = false)
  private String signedBy;

  @Column(name = "signed_at", updatable = false)
  private OffsetDateTime signedAt;

  protected SignOff() {}

  /**
   * A decision as asked for: APPROVE needs a note or an http(s) evidence URL, REJECT needs a note
   * (it tells the editor what to fix). Blank values count as absent.
   */
  static SignOff of(
      Article article,
      Claim claim,
      int revision,
      Decision decision,
      String note,
      String evidenceUrl,
      String by,
      OffsetDateTime at) {
    if (decision == null) {
      throw new InvalidSignOff("decision must be APPROVE or REJECT");
    }
    String cleanNote = blankToNull(note);
    String url = blankToNull(evidenceUrl);
    if (cleanNote != null && cleanNote.length() > MAX_TEXT
        || url != null && url.length() > MAX_TEXT) {
      throw new InvalidSignOff(
          "note and evidenceUrl have at most " + MAX_TEXT + " characters each");
    }
    if (url != null && !isWebAddress(url)) {
      throw new InvalidSignOff(
          "evidenceUrl must be an absolute http or https address, such as https://www.destatis.de/…; was "
              + url);
    }
    if (decision == Decision.APPROVE && cleanNote == null && url == null) {
      throw new InvalidSignOff(
          "an approval needs a justification: a note, or an evidenceUrl pointing to the source");
    }
    if (decision == Decision.REJECT && cleanNote == null) {
      throw new InvalidSignOff("a rejection needs a note telling the editor what to fix");
    }
    SignOff signOff = new SignOff();
    signOff.article = article;
    signOff.fingerprint = claim.fingerprint();
    signOff.revisionNumber = revision;
    signOff.decision = decision;
    signOff.note = cleanNote;
    signOff.evidenceUrl = url;
    signOff.signedBy = by;
    signOff.signedAt = at;
    return signOff;
  }

  private static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Decision decision() {
    return decision;
  }

  public String note() {
    return note;
  }

  public String evidenceUrl() {
    return evidenceUrl;
  }

  public String signedBy() {
    return signedBy;
  }

  public OffsetDateTime signedAt() {
    return signedAt;
  }

  public int revisionNumber() {
    return revisionNumber;
  }

  public String fingerprint() {
    return fingerprint;
  }
}
