package dev.attest.reports.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the report as it stands now: its current revision's author, AI use, disclosure and
 * content hash, its history (first save, revisions, publication), its current claims by status, who
 * signed them off, and whether the four-eyes principle held (null conflict) or why not.
 */
public record ArticleRow(
    long id,
    String title,
    String language,
    String state,
    String author,
    String aiUse,
    String disclosure,
    OffsetDateTime firstSaved,
    OffsetDateTime publishedAt,
    String publishedBy,
    int revisions,
    String contentHash,
    ClaimCounts claims,
    List<SignerTime> signOffs,
    String fourEyesConflict) {

  public boolean fourEyesSatisfied() {
    return fourEyesConflict == null;
  }

  /**
   * What an auditor should look at, or an empty list: open or rejected claims, a missing disclosure
   * or author, four eyes.
   */
  public List<String> concerns() {
    List<String> concerns = new ArrayList<>();
    if (disclosure == null) {
      concerns.add("no disclosure");
    }
    if (author == null) {
      concerns.add("no named author");
    }
    if (claims.open() > 0) {
      concerns.add(claims.open() + " open");
    }
    if (claims.rejected() > 0) {
      concerns.add(claims.rejected() + " rejected");
    }
    if (!fourEyesSatisfied()) {
      concerns.add("four eyes");
    }
    return concerns;
  }
}
