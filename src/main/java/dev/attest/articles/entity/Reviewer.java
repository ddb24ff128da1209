package dev.attest.articles.entity;

/**
 * The person signing off or publishing: their user name and the name they are known by in bylines.
 * Knows whether they wrote an article (four eyes).
 */
public record Reviewer(String user, String displayName) {
  /** Why this reviewer may not decide on {@code article}, or null when they may. */
  String conflictWith(Article article) {
    for (Revision revision : article.revisions()) {
      if (revision.savedBy().equals(user)) {
        return user
            + " saved revision "
            + revision.number()
            + " of this article; a sign-off needs someone who did not write it";
      }
    }
    String byline = article.currentRevision().authorName();
    if (new Byline(byline).isOneOf(displayName, user)) {
      return "the article's byline ("
          + byline
          + ") is "
          + user
          + "'s own; nobody approves their own byline";
    }
    return null;
  }
}
