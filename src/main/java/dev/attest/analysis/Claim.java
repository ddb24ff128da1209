package dev.attest.analysis;

import java.util.List;

/**
 * A sentence that makes a claim needing a source and has none.
 *
 * @param id stable identity: {@code c-} plus a fingerprint of the normalised sentence (and {@code
 *     -2}, {@code -3} … for repeats of the same sentence in one article), so the same sentence
 *     keeps its id (and its sign-off) across revisions
 * @param text the sentence as it reads
 * @param start offset of the sentence in the visible text
 * @param end end offset (exclusive)
 * @param reasons why it was flagged, at least one
 */
public record Claim(String id, String text, int start, int end, List<Reason> reasons) {
  public Claim {
    reasons = List.copyOf(reasons);
  }
}
