package dev.attest.audit.entity;

/**
 * The result of walking the chain: valid, how many events, the head hash; or the first broken
 * sequence number and why it is broken.
 */
public record Verification(
    boolean valid, long events, String headHash, Long brokenAt, String reason) {
  public static Verification intact(long events, String headHash) {
    return new Verification(true, events, headHash, null, null);
  }

  public static Verification broken(long events, String headHash, long at, String reason) {
    return new Verification(false, events, headHash, at, reason);
  }
}
