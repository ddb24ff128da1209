package dev.attest.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The canonical serialisation and hash of an audit event. */
class ChainLinkTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 8, 2, 10, 15, 30, 123_456_789, ZoneOffset.ofHours(2));

  @Test
  void theCanonicalFormIsTheFieldsLineByLineInUtcMilliseconds() {
    ChainLink link =
        new ChainLink(7, AT, "SIGNED_OFF", "chief", 42L, "{\"a\":1}", ChainLink.GENESIS);
    assertEquals(
        "7\n2026-08-02T08:15:30.123Z\nSIGNED_OFF\nchief\n42\n{\"a\":1}\n" + ChainLink.GENESIS,
        link.canonical());
    assertEquals(
        "1\n2026-08-02T08:15:30.123Z\nUSER_CREATED\nattest\n\n{}\n" + ChainLink.GENESIS,
        new ChainLink(1, AT, "USER_CREATED", "attest", null, "{}", ChainLink.GENESIS).canonical());
  }

  @Test
  void theHashIsSha256OfTheCanonicalFormAsSha256sumComputesIt() {
    // printf '1\n2026-08-02T08:15:30.123Z\nUSER_CREATED\nattest\n\n{}\nsha256:000…0' | sha256sum
    ChainLink link = new ChainLink(1, AT, "USER_CREATED", "attest", null, "{}", ChainLink.GENESIS);
    assertEquals(
        "sha256:09c526ead7c6cd112ee319a493096650abcd7ca4543d6152acf7748459400be9", link.hash());
  }

  @Test
  void anyChangedFieldChangesTheHash() {
    ChainLink link =
        new ChainLink(7, AT, "SIGNED_OFF", "chief", 42L, "{\"a\":1}", ChainLink.GENESIS);
    String hash = link.hash();
    assertNotEquals(
        hash,
        new ChainLink(8, AT, "SIGNED_OFF", "chief", 42L, "{\"a\":1}", ChainLink.GENESIS).hash());
    assertNotEquals(
        hash,
        new ChainLink(
                7,
                AT.plusNanos(1_000_000),
                "SIGNED_OFF",
                "chief",
                42L,
                "{\"a\":1}",
                ChainLink.GENESIS)
            .hash());
    assertNotEquals(
        hash,
        new ChainLink(7, AT, "SIGNED_OFF", "mallory", 42L, "{\"a\":1}", ChainLink.GENESIS).hash());
    assertNotEquals(
        hash,
        new ChainLink(7, AT, "SIGNED_OFF", "chief", 43L, "{\"a\":1}", ChainLink.GENESIS).hash());
    assertNotEquals(
        hash,
        new ChainLink(7, AT, "SIGNED_OFF", "chief", 42L, "{\"a\":2}", ChainLink.GENESIS).hash());
    assertNotEquals(
        hash,
        new ChainLink(7, AT, "SIGNED_OFF", "chief", 42L, "{\"a\":1}", "sha256:" + "1".repeat(64))
            .hash());
    assertEquals(
        hash,
        new ChainLink(
                7,
                AT.withOffsetSameInstant(ZoneOffset.UTC),
                "SIGNED_OFF",
                "chief",
                42L,
                "{\"a\":1}",
                ChainLink.GENESIS)
            .hash(),
        "the same instant in another offset is the same event");
  }

  @Test
  void theHeadAppendsLinkedEvents() throws Exception {
    var constructor = ChainHead.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    ChainHead head = constructor.newInstance();
    var hash = ChainHead.class.getDeclaredField("hash");
    hash.setAccessible(true);
    hash.set(head, ChainLink.GENESIS);
    AuditEvent first = head.append(AT, "A", "x", null, "{}");
    AuditEvent second = head.append(AT, "B", "x", null, "{}");
    assertEquals(1, first.seq());
    assertEquals(2, second.seq());
    assertEquals(second.hash(), head.hash());
    assertEquals(new ChainLink(2, AT, "B", "x", null, "{}", first.hash()).hash(), second.hash());
  }
}
