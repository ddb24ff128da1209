package dev.attest.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One event of the chain as its hash sees it. The canonical serialisation is the fields in this
 * order, each on its own line (UTF-8, "\n"): sequence number, time as an ISO-8601 UTC instant in
 * milliseconds, type, actor, article id (empty when none), payload (canonical JSON: keys sorted, no
 * whitespace, so it has no raw line breaks) and the previous event's hash. The hash is {@code
 * sha256:} and the lower-case hex SHA-256 of those bytes.
 */
public record ChainLink(
    long seq,
    OffsetDateTime occurredAt,
    String type,
    String actor,
    Long articleId,
    String payload,
    String prevHash) {
  /** The hash that the first event links to. */
  public static final String GENESIS = "sha256:" + "0".repeat(64);

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

  public ChainLink {
    occurredAt = atMillis(occurredAt);
  }

  /** A time as stored: UTC, whole milliseconds (what every supported database keeps exactly). */
  public static OffsetDateTime atMillis(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  public String canonical() {
    return seq
        + "\n"
        + INSTANT.format(occurredAt)
        + "\n"
        + type
        + "\n"
        + actor
        + "\n"
        + (articleId == null ? "" : articleId.toString())
        + "\n"
        + payload
        + "\n"
        + prevHash;
  }

  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
