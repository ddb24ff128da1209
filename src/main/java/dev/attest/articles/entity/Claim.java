package dev.attest.articles.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.attest.analysis.Reason;
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

/**
 * A claim flagged in a revision: the sentence, its span, why it was flagged (the analysis's reasons as JSON) and its
 * identity, a fingerprint of the normalised sentence that stays the same while the sentence does.
 */
@Entity
@Table(name = "claim")
public class Claim {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a claim is in review. */
  public enum Status {
    OPEN
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

  protected Claim() {}

  Claim(Revision revision, dev.attest.analysis.Claim found) {
    this.revision = revision;
    this.fingerprint = found.id();
    this.text = found.text();
    this.startOffset = found.start();
    this.endOffset = found.end();
    this.reasons = reasonsJson(found);
    this.status = Status.OPEN;
  }

  private static String reasonsJson(dev.attest.analysis.Claim found) {
    ArrayNode array = JSON.createArrayNode();
    for (Reason r : found.reasons()) {
      array.addObject().put("rule", r.rule()).put("kind", r.kind().name()).put("cue", r.cue())
          .put("start", r.start()).put("end", r.end()).put("message", r.message());
    }
    try {
      return JSON.writeValueAsString(array);
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
}
