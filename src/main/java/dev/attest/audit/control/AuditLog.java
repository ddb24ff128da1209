package dev.attest.audit.control;

import dev.attest.audit.entity.AuditEvent;
import dev.attest.audit.entity.ChainHead;
import dev.attest.audit.entity.EventType;
import dev.attest.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Appends events to the chain. An event is appended in the transaction of the change it records, so
 * it exists exactly when the change does. Each append locks the chain's head row until the
 * transaction ends: appends are serialised by the database, across threads and server instances.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "attest")
  EntityManager em;

  /** Appends in the caller's transaction (or a new one); returns the event's sequence number. */
  @Transactional
  public long record(EventType type, String actor, Long articleId, Map<String, ?> payload) {
    return append(type, actor, articleId, payload);
  }

  /**
   * Appends in a transaction of its own, committed whatever the caller's does: for what is recorded
   * because the caller's change is refused (a rejected save).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long recordAlone(EventType type, String actor, Long articleId, Map<String, ?> payload) {
    return append(type, actor, articleId, payload);
  }

  /**
   * Appends a {@link EventType#RULES_VERSION_CHANGED} event when {@code version} differs from the
   * last one recorded; decided under the chain's lock, so two instances starting together record a
   * change once.
   */
  @Transactional
  public boolean recordRulesVersion(String version, String actor) {
    lockHead();
    var last =
        em.createNamedQuery(AuditEvent.LAST_OF_TYPE, AuditEvent.class)
            .setParameter("type", EventType.RULES_VERSION_CHANGED.name())
            .setMaxResults(1)
            .getResultList();
    String previous = last.isEmpty() ? null : CanonicalJson.text(last.get(0).payload(), "current");
    if (Objects.equals(previous, version)) {
      return false;
    }
    Map<String, Object> payload = new HashMap<>();
    payload.put("previous", previous);
    payload.put("current", version);
    append(EventType.RULES_VERSION_CHANGED, actor, null, payload);
    return true;
  }

  private long append(EventType type, String actor, Long articleId, Map<String, ?> payload) {
    // this transaction's own row locks (the article) come first, the chain's last: one order, no
    // deadlock
    em.flush();
    ChainHead head = lockHead();
    AuditEvent event =
        head.append(UtcClock.now(), type.name(), actor, articleId, CanonicalJson.of(payload));
    em.persist(event);
    return event.seq();
  }

  private ChainHead lockHead() {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException(
          "the audit_head row is missing: the schema was not migrated by Flyway (V3)");
    }
    return head;
  }
}
