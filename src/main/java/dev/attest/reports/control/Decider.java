package dev.attest.reports.control;

import dev.attest.articles.entity.Byline;
import java.time.OffsetDateTime;

/**
 * Someone who decided on an article's current revision: signed off claims (their latest sign-off's
 * time) or published it. {@code wroteRevision}: they saved a revision of the article themselves.
 */
record Decider(
    long articleId,
    String byline,
    String user,
    String displayName,
    OffsetDateTime at,
    boolean published,
    boolean wroteRevision) {

  /** Why this decision breaks the four-eyes principle, or null when it does not. */
  String conflict() {
    String act = published ? "published it" : "signed off its claims";
    if (wroteRevision) {
      return user + " saved a revision and " + act;
    }
    if (new Byline(byline).isOneOf(user, displayName)) {
      return user + " is the byline (" + byline + ") and " + act;
    }
    return null;
  }
}
