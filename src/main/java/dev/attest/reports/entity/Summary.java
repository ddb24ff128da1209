package dev.attest.reports.entity;

import java.util.List;
import java.util.Map;

/**
 * The period at a glance, computed in the database: articles by state and by AI use, how many show
 * a disclosure and a named author, the current claims by status, how long sign-offs took, who
 * signed off how often in the period, and how many articles broke the four-eyes principle.
 */
public record Summary(
    long articles,
    Map<String, Long> byState,
    Map<String, Long> byAiUse,
    long withDisclosure,
    long withAuthor,
    ClaimCounts claims,
    long maxClaimsPerArticle,
    SignOffTimes flagToSignOff,
    List<ApproverCount> approvers,
    long fourEyesConflicts) {

  /**
   * Articles with a visible disclosure, as a share of all; null when the period has no articles.
   */
  public Double disclosureCoverage() {
    return share(withDisclosure);
  }

  /** Articles with a named author, as a share of all; null when the period has no articles. */
  public Double authorCoverage() {
    return share(withAuthor);
  }

  public double claimsPerArticle() {
    return articles == 0 ? 0 : (double) claims.flagged() / articles;
  }

  /** Articles waiting for a chief editor's sign-offs (SUBMITTED). */
  public long articlesInReview() {
    return byState.getOrDefault("SUBMITTED", 0L);
  }

  private Double share(long part) {
    return articles == 0 ? null : (double) part / articles;
  }

  /**
   * Time from a claim's first flag to the sign-off its status rests on: how many, median and 90th
   * percentile.
   */
  public record SignOffTimes(long decided, Double medianSeconds, Double p90Seconds) {}

  /** Sign-offs made in the period by one chief editor. */
  public record ApproverCount(String user, String displayName, long approvals, long rejections) {}
}
