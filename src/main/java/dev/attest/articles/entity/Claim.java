package dev.attest.articles.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.analysis.AnalysisJson;
import jakarta.persistence.CascadeType;
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
import java.time.OffsetDateTime;

/**
 * A claim flagged in a revision: the sentence, its span, why it was flagged (the analysis's reasons
 * as JSON) and its identity, a fingerprint of the normalised sentence that stays the same while the
 * sentence does.
 */
@Entity
@Table(name = "claim")
public class Claim {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a claim is in review. */
  public enum Status {
    /** Needs a sign-off. */
    OPEN,
    APPROVED,
    /** Sent back to the editor with a note. */
    REJECTED,
    /** Gone from the next revision (removed, edited or now sourced): closed. */
    REMOVED;

    static Status after(Decision decision) {
      return decision == Decision.APPROVE ? APPROVED : REJECTED;
    }
  }

  @Id
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "revision_id", updatable = false)
  private Revision revision;

  @Column(updatable = false)
  private String fingerprint;

  @Column(updatable = false)
  private String text;

  @Column(name = "start_offset", updatable = false)
  private int startOffset;

  @Column(name = "end_offset", updatable = false)
  private int endOffset;

  @Column(updatable = false)
  private String reasons;

  @Enumerated(EnumType.STRING)
  private Status status;

  @ManyToOne(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "sign_off_id")
  private SignOff signOff;

  @Column(name = "flagged_at")
  private OffsetDateTime flaggedAt;

  /** The paragraph (text block) the sentence stands in, for reviewing it in context. */
  @Column(updatable = false)
  private String paragraph;

  protected Claim() {}

  Claim(Revision revision, dev.attest.analysis.Claim found, String visibleText, OffsetDateTime at) {
    this.paragraph = paragraphAround(visibleText, found.start(), found.end());
    this.revision = revision;
    this.fingerprint = found.id();
    this.text = found.text();
    this.startOffset = found.start();
    this.endOffset = found.end();
    this.reasons = reasonsJson(found);
    this.status = Status.OPEN;
    this.flaggedAt = at;
  }

  /**
   * The same sentence in the next revision keeps its review: status, sign-off and when it was first
   * flagged.
   */
  void carryOver(Claim earlier) {
    status = earlier.status == Status.REMOVED ? Status.OPEN : earlier.status;
    signOff = earlier.signOff;
    flaggedAt = earlier.flaggedAt;
  }

  /**
   * The same sentence, open again: its earlier sign-off no longer counts (still flagged since
   * then).
   */
  void reopenSince(Claim earlier) {
    status = Status.OPEN;
    signOff = null;
    flaggedAt = earlier.flaggedAt;
  }

  void decide(SignOff decision) {
    signOff = decision;
    status = Status.after(decision.decision());
  }

  void close() {
    status = Status.REMOVED;
  }

  boolean isApproved() {
    return status == Status.APPROVED;
  }

  /** Whether a chief editor has decided on this sentence (approved or rejected). */
  boolean isDecided() {
    return signOff != null;
  }

  private static String paragraphAround(String text, int start, int end) {
    if (text == null || start < 0 || end > text.length() || start > end) {
      return null;
    }
    int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int to = text.indexOf('\n', end);
    return text.substring(start == 0 ? 0 : from, to < 0 ? text.length() : to);
  }

  private static String reasonsJson(dev.attest.analysis.Claim found) {
    try {
      return JSON.writeValueAsString(AnalysisJson.reasons(found.reasons()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String text() {
    return text;
  }

  public int startOffset() {
    return startOffset;
  }

  public int endOffset() {
    return endOffset;
  }

  /** The reasons as a JSON array of {rule, kind, cue, start, end, message}. */
  public String reasonsJson() {
    return reasons;
  }

  public Status status() {
    return status;
  }

  /** The decision this claim's status rests on, or null while open. */
  public SignOff signOff() {
    return signOff;
  }

  public String paragraph() {
    return paragraph == null ? text : paragraph;
  }

  public OffsetDateTime flaggedAt() {
    return flaggedAt;
  }

  public Revision revision() {
    return revision;
  }

  /** The reasons' rule ids, for the audit trail. */
  java.util.List<String> rules() {
    java.util.List<String> rules = new java.util.ArrayList<>();
    try {
      JSON.readTree(reasons).forEach(r -> rules.add(r.path("rule").asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return rules;
  }
}
