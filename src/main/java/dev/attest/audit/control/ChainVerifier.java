package dev.attest.audit.control;

import dev.attest.audit.entity.ChainLink;
import dev.attest.audit.entity.Verification;
import dev.attest.platform.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Walks the whole chain in sequence order and recomputes every hash: an event changed after it was
 * written, a missing event, a link to the wrong predecessor, or events removed at the end (the head
 * row disagrees) is named by its sequence number. Reads in constant memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ChainVerifier {
  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  public Verification verify() {
    try (Connection c = dataSource.getConnection()) {
      try {
        return walk(c);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  private static Verification walk(Connection c) throws SQLException {
    Head head = head(c);
    long expectedSeq = 1;
    String previousHash = ChainLink.GENESIS;
    long count = 0;
    try (PreparedStatement q =
            StoredEvents.streaming(
                c, "select " + StoredEvents.COLUMNS + " from audit_event order by seq");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        StoredEvents.Stored event = StoredEvents.read(rs);
        long seq = event.link().seq();
        if (seq != expectedSeq) {
          return Verification.broken(
              count,
              previousHash,
              expectedSeq,
              "event "
                  + expectedSeq
                  + " is missing: the chain goes from "
                  + (expectedSeq - 1)
                  + " to "
                  + seq);
        }
        if (!event.link().prevHash().equals(previousHash)) {
          return Verification.broken(
              count,
              previousHash,
              seq,
              "event "
                  + seq
                  + " links to "
                  + event.link().prevHash()
                  + " but event "
                  + (seq - 1)
                  + " hashes to "
                  + previousHash);
        }
        String recomputed = event.link().hash();
        if (!recomputed.equals(event.storedHash())) {
          return Verification.broken(
              count,
              previousHash,
              seq,
              "event "
                  + seq
                  + " was changed after it was written: its contents hash to "
                  + recomputed
                  + ", not to the stored "
                  + event.storedHash());
        }
        previousHash = recomputed;
        expectedSeq = seq + 1;
        count++;
      }
    }
    if (head.seq() != count || !head.hash().equals(previousHash)) {
      return Verification.broken(
          count,
          previousHash,
          count + 1,
          "the chain ends at event "
              + count
              + " ("
              + previousHash
              + ") but its head records event "
              + head.seq()
              + " ("
              + head.hash()
              + "): events were removed or the head was changed");
    }
    return Verification.intact(count, previousHash);
  }

  private record Head(long seq, String hash) {}

  private static Head head(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("select seq, hash from audit_head where id = 1");
        ResultSet rs = q.executeQuery()) {
      return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, ChainLink.GENESIS);
    }
  }
}
