package dev.attest.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A stored event of the audit trail. Every column is insert-only; nothing here can change it after
 * the append.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.LAST_OF_TYPE,
    query = "select e from AuditEvent e where e.type = :type order by e.seq desc")
public class AuditEvent {
  public static final String LAST_OF_TYPE = "AuditEvent.lastOfType";

  @Id
  @Column(updatable = false)
  private long seq;

  @Column(name = "occurred_at", updatable = false)
  private OffsetDateTime occurredAt;

  @Column(updatable = false)
  private String type;

  @Column(updatable = false)
  private String actor;

  @Column(name = "article_id", updatable = false)
  private Long articleId;

  @Column(updatable = false)
  private String payload;

  @Column(name = "prev_hash", updatable = false)
  private String prevHash;

  @Column(updatable = false)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(ChainLink link) {
    this.seq = link.seq();
    this.occurredAt = link.occurredAt();
    this.type = link.type();
    this.actor = link.actor();
    this.articleId = link.articleId();
    this.payload = link.payload();
    this.prevHash = link.prevHash();
    this.hash = link.hash();
  }

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }

  public String payload() {
    return payload;
  }
}
