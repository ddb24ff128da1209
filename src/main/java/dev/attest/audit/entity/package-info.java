/**
 * The chain's values: {@link dev.attest.audit.entity.ChainLink} (an event's fields and its
 * canonical hash), {@link dev.attest.audit.entity.AuditEvent} (a stored link) and {@link
 * dev.attest.audit.entity.ChainHead} (the tip, locked by every append so appends are serialised in
 * the database).
 */
package dev.attest.audit.entity;
