package dev.attest.audit.control;

import dev.attest.audit.entity.ChainLink;
import dev.attest.audit.entity.EventType;
import dev.attest.platform.Database;
import dev.attest.platform.PageRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Reads the trail a page at a time, filtered by period and article, in sequence order. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AuditTrail {
  /**
   * Which events: {@code from} inclusive, {@code to} exclusive, either may be null; {@code
   * articleId} may be null.
   */
  public record Filter(OffsetDateTime from, OffsetDateTime to, Long articleId) {}

  /** One page of events (each with its stored hash) and how many match in all. */
  public record Page(List<Event> events, int page, int size, long total) {}

  /** An event as stored. */
  public record Event(ChainLink link, String hash) {}

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  public Page page(Filter filter, PageRequest asked) {
    String where = where(filter);
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement count =
          c.prepareStatement("select count(*) from audit_event" + where)) {
        bind(count, filter);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Event> events = new ArrayList<>();
      try (PreparedStatement q =
          c.prepareStatement(
              "select "
                  + StoredEvents.COLUMNS
                  + " from audit_event"
                  + where
                  + " order by seq limit ? offset ?")) {
        int next = bind(q, filter);
        q.setInt(next, asked.size());
        q.setLong(next + 1, asked.offset());
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            StoredEvents.Stored stored = StoredEvents.read(rs);
            events.add(new Event(stored.link(), stored.storedHash()));
          }
        }
      }
      return new Page(events, asked.page(), asked.size(), total);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  /**
   * The last event of one of {@code types} about the article, such as the change that moved its
   * version; empty when there is none.
   */
  public Optional<ChainLink> last(long articleId, Set<EventType> types) {
    String marks = String.join(", ", java.util.Collections.nCopies(types.size(), "?"));
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select "
                    + StoredEvents.COLUMNS
                    + " from audit_event where article_id = ? and type in ("
                    + marks
                    + ") order by seq desc limit 1")) {
      q.setLong(1, articleId);
      int i = 2;
      for (EventType type : types) {
        q.setString(i++, type.name());
      }
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(StoredEvents.read(rs).link()) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  private static String where(Filter filter) {
    List<String> conditions = new ArrayList<>();
    if (filter.from() != null) {
      conditions.add("occurred_at >= ?");
    }
    if (filter.to() != null) {
      conditions.add("occurred_at < ?");
    }
    if (filter.articleId() != null) {
      conditions.add("article_id = ?");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** Binds the filter's values; returns the next parameter index. */
  private static int bind(PreparedStatement q, Filter filter) throws SQLException {
    int i = 1;
    if (filter.from() != null) {
      q.setObject(i++, filter.from());
    }
    if (filter.to() != null) {
      q.setObject(i++, filter.to());
    }
    if (filter.articleId() != null) {
      q.setLong(i++, filter.articleId());
    }
    return i;
  }
}
