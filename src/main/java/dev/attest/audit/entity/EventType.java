package dev.attest.audit.entity;

/**
 * What an audit event records. The names are stored and never change meaning; new ones may be
 * added.
 */
public enum EventType {
  /**
   * An accepted save: a new revision (its number, content hash, disclosure, author, rules version).
   */
  ARTICLE_SAVED,
  /**
   * A save refused because the disclosure or a named author was missing; nothing was stored but
   * this.
   */
  SAVE_REJECTED,
  /** A sentence of a new revision needs a sign-off. */
  CLAIM_FLAGGED,
  /** A signed-off sentence was edited: the edited sentence needs a sign-off again. */
  CLAIM_REOPENED,
  /** A flagged sentence is gone from the new revision (removed, or now sourced). */
  CLAIM_CLOSED,
  /** A chief editor approved or rejected a claim (who, decision, note, evidence URL). */
  SIGNED_OFF,
  /** An editor asked for review. */
  SUBMITTED,
  /** Every claim of the current revision is approved. */
  APPROVED,
  /** A rejected claim sent the article back to its editor. */
  RETURNED_TO_DRAFT,
  /** An edit of an approved or published article needs review again. */
  BACK_IN_REVIEW,
  /** A chief editor published the current revision. */
  PUBLISHED,
  USER_CREATED,
  USER_DELETED,
  ROLES_CHANGED,
  /** A user set a new password, proving the old one (no secret is recorded). */
  PASSWORD_CHANGED,
  /** An admin set a new password for a user (no secret is recorded). */
  PASSWORD_RESET,
  /** An admin disabled a user: they can no longer sign in; their sessions ended. */
  USER_DISABLED,
  /** An admin let a disabled user sign in again. */
  USER_ENABLED,
  /** The server started with rules whose version differs from the last one recorded. */
  RULES_VERSION_CHANGED
}
