package dev.attest.reports.entity;

import java.time.OffsetDateTime;

/**
 * Who made the sign-offs an article's current claims rest on, and when their latest one was made.
 */
public record SignerTime(String user, OffsetDateTime at) {
  @Override
  public String toString() {
    return user + " " + at;
  }
}
