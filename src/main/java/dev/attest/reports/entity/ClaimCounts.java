package dev.attest.reports.entity;

/** Claims of current revisions that need a sign-off, by where they are in review. */
public record ClaimCounts(long flagged, long approved, long rejected, long open) {
  public static final ClaimCounts NONE = new ClaimCounts(0, 0, 0, 0);
}
