package dev.attest.audit.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The tip of the chain: the last sequence number and hash. There is one row; every append locks it
 * ({@code SELECT … FOR UPDATE}) for the rest of its transaction, so appends from any number of
 * threads or server instances sharing the database form one chain and never fork.
 */
@Entity
@Table(name = "audit_head")
public class ChainHead {
  /** The id of the one row. */
  public static final int ID = 1;

  @Id private int id;

  private long seq;

  private String hash;

  protected ChainHead() {}

  /** The next event after the tip, which becomes the new tip. */
  public AuditEvent append(
      OffsetDateTime at, String type, String actor, Long articleId, String payload) {
    ChainLink link = new ChainLink(seq + 1, at, type, actor, articleId, payload, hash);
    AuditEvent event = new AuditEvent(link);
    seq = event.seq();
    hash = event.hash();
    return event;
  }

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }
}
