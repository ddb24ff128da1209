package dev.attest.bench;

import dev.attest.audit.entity.ChainLink;
import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a fresh PostgreSQL database (default {@code attest_bench} on 127.0.0.1) with a newsroom's
 * quarter for the report measurements: N articles (default 100,000) saved and published between
 * 2026-01-01 and 2026-03-31, with revisions, claims, sign-offs, a few four-eyes conflicts, and M
 * audit events (default 1,000,000) forming a valid hash chain. Schema by attest's own Flyway
 * migrations; rows by COPY in batches, so memory stays small.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test.classpath) dev.attest.bench.ComplianceSeed [articles] [events]
 * </pre>
 */
public final class ComplianceSeed {
  static final String HOST = "127.0.0.1:5432";
  static final String DATABASE = "attest_bench";
  static final OffsetDateTime START = OffsetDateTime.of(2026, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC);
  static final Duration SPAN = Duration.ofDays(89);
  private static final int BATCH = 20_000;
  private static final String[] LANGUAGES = {"de", "da", "fr", "en", "sv", "nb", "es", "nl"};
  private static final String[] AI_USE = {
    "NONE", "ASSISTED", "GENERATED", "TRANSLATED", "POSSIBLE", "UNSPECIFIED"
  };
  private static final String[] AUTHORS = {
    "Kathrine Frich", "Jürgen Müller", "Søren Ødegård", "Hélène Lefèvre", "Ana Muñoz"
  };
  private static final String[] WRITERS = {"editor", "reporter1", "reporter2", "reporter3"};
  private static final String[] CHIEFS = {"chief", "desk1", "desk2"};

  private final int articles;
  private final long events;
  private final Connection db;
  private final CopyManager copy;

  private ComplianceSeed(int articles, long events, Connection db) throws SQLException {
    this.articles = articles;
    this.events = events;
    this.db = db;
    this.copy = db.unwrap(PGConnection.class).getCopyAPI();
  }

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    long started = System.nanoTime();
    recreate();
    String url = "jdbc:postgresql://" + HOST + "/" + DATABASE;
    Flyway.configure()
        .dataSource(url, "postgres", "postgres")
        .locations("classpath:db/migration", "classpath:db/postgresql")
        .placeholders(Map.of("text", "text"))
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
      new ComplianceSeed(articles, events, db).seed();
    }
    System.out.printf(
        "seeded %s: %,d articles, %,d audit events in %.1f s%n",
        url, articles, events, (System.nanoTime() - started) / 1e9);
  }

  private static void recreate() throws SQLException {
    if (!URI.create("http://" + HOST).getHost().equals("127.0.0.1")) {
      throw new IllegalStateException("loopback only");
    }
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + "/postgres", "postgres", "postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + DATABASE + " with (force)");
      sql.execute("create database " + DATABASE);
    }
  }

  private void seed() throws Exception {
    users();
    articlesAndHistory();
    auditChain();
    try (Statement sql = db.createStatement()) {
      for (String table : new String[] {"article", "revision", "claim", "sign_off"}) {
        sql.execute(
            "select setval('" + table + "_seq', (select coalesce(max(id), 1) from " + table + "))");
      }
      sql.execute("analyze");
    }
  }

  private void users() throws Exception {
    Rows users = new Rows();
    Rows roles = new Rows();
    for (String name : new String[] {"reporter1", "reporter2", "reporter3", "desk1", "desk2"}) {
      // "!" matches no PBKDF2 hash: these accounts exist for names and roles only and cannot sign
      // in
      users.row(
          name,
          "!",
          START.minusDays(30),
          name.startsWith("desk") ? "Desk " + name.charAt(4) : "Reporter " + name.charAt(8));
      roles.row(name, name.startsWith("desk") ? "CHIEF_EDITOR" : "EDITOR");
    }
    copy("app_user (name, password_hash, created_at, display_name)", users);
    copy("user_role (name, role)", roles);
  }

  /**
   * Article i: saved at an even spacing over the span; every 5th has a second revision; 0–4 claims;
   * 70 % published, 10 % approved, 10 % submitted (half their claims open), 10 % draft (one claim
   * rejected); every 20th without a disclosure, every 25th without an author; every 500th signed
   * off by its own writer (a four-eyes conflict).
   */
  private void articlesAndHistory() throws Exception {
    Rows article = new Rows();
    Rows revision = new Rows();
    Rows claim = new Rows();
    Rows signOff = new Rows();
    long revisionId = 0;
    long claimId = 0;
    long signOffId = 0;
    long step = SPAN.toMillis() / articles;
    for (int i = 1; i <= articles; i++) {
      OffsetDateTime saved = START.plusNanos((i - 1) * step * 1_000_000);
      String writer = WRITERS[i % WRITERS.length];
      String chief = i % 500 == 0 ? writer : CHIEFS[i % CHIEFS.length];
      String language = LANGUAGES[i % LANGUAGES.length];
      String title = "Überblick " + i + ": Rødgrød, café and " + language;
      int revisions = i % 5 == 0 ? 2 : 1;
      int claims = i % 5;
      String state =
          switch (i % 10) {
            case 7 -> "APPROVED";
            case 8 -> "SUBMITTED";
            case 9 -> "DRAFT";
            default -> "PUBLISHED";
          };
      String aiUse = i % 20 == 0 ? null : AI_USE[i % AI_USE.length];
      String author = i % 25 == 0 ? null : AUTHORS[i % AUTHORS.length];
      OffsetDateTime current = saved.plusMinutes(30L * (revisions - 1));
      OffsetDateTime signed = current.plusMinutes(5 + (i * 37L) % 2880);
      OffsetDateTime published = state.equals("PUBLISHED") ? signed.plusMinutes(20) : null;
      article.row(
          i,
          title,
          language,
          state,
          revisions,
          writer,
          saved,
          state.equals("DRAFT") ? null : current,
          published == null ? null : revisions,
          published,
          published == null ? null : chief);
      for (int number = 1; number <= revisions; number++) {
        revisionId++;
        OffsetDateTime at = saved.plusMinutes(30L * (number - 1));
        String html =
            "<p>Von "
                + (author == null ? "Redaktion" : author)
                + "</p><p>Berichten zufolge kamen "
                + (i % 997)
                + " Menschen.</p><!-- "
                + number
                + " -->";
        revision.row(
            revisionId,
            i,
            number,
            title,
            html,
            sha256(html),
            writer,
            at,
            language,
            aiUse,
            aiUse == null ? null : "Dieser Artikel wurde ohne KI erstellt. (" + aiUse + ")",
            author,
            author == null ? null : "BYLINE",
            "sha256:bench");
        boolean isCurrent = number == revisions;
        for (int k = 0; k < claims; k++) {
          claimId++;
          String status = "OPEN";
          Long decidedBy = null;
          if (isCurrent && !state.equals("SUBMITTED") || isCurrent && k % 2 == 0) {
            boolean reject = state.equals("DRAFT") && k == 0;
            status = reject ? "REJECTED" : state.equals("DRAFT") ? "OPEN" : "APPROVED";
            if (!status.equals("OPEN")) {
              signOffId++;
              decidedBy = signOffId;
              signOff.row(
                  signOffId,
                  i,
                  "c-" + i + "-" + k,
                  number,
                  reject ? "REJECT" : "APPROVE",
                  reject ? "Quelle nennen." : "geprüft",
                  reject ? null : "https://example.org/source/" + i,
                  chief,
                  signed.plusSeconds(k));
            }
          }
          claim.row(
              claimId,
              revisionId,
              "c-" + i + "-" + k,
              "Berichten zufolge kamen " + k + " Menschen.",
              20 * k,
              20 * k + 19,
              "[]",
              isCurrent ? status : "OPEN",
              decidedBy,
              saved,
              "Berichten zufolge kamen " + k + " Menschen.");
        }
      }
      if (article.size() >= BATCH) {
        flushArticles(article, revision, signOff, claim);
      }
    }
    flushArticles(article, revision, signOff, claim);
  }

  private static String sha256(String text) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "sha256:" + java.util.HexFormat.of().formatHex(digest);
  }

  private void flushArticles(Rows article, Rows revision, Rows signOff, Rows claim)
      throws Exception {
    copy(
        "article (id, title, language, state, version, created_by, created_at, submitted_at, published_revision, published_at, published_by)",
        article);
    copy(
        "revision (id, article_id, number, title, html, content_hash, saved_by, saved_at, language, ai_use, disclosure_text, author_name,"
            + " author_found_in, rules_version)",
        revision);
    copy(
        "sign_off (id, article_id, fingerprint, revision_number, decision, note, evidence_url, signed_by, signed_at)",
        signOff);
    copy(
        "claim (id, revision_id, fingerprint, text, start_offset, end_offset, reasons, status, sign_off_id, flagged_at, paragraph)",
        claim);
  }

  /**
   * M events spread over the articles in time order, each hashing the previous one, and the head
   * row to match.
   */
  private void auditChain() throws Exception {
    String[] types = {
      "ARTICLE_SAVED", "CLAIM_FLAGGED", "SUBMITTED", "SIGNED_OFF", "APPROVED", "PUBLISHED"
    };
    Rows events = new Rows();
    String previous = ChainLink.GENESIS;
    long step = SPAN.toMillis() / this.events;
    for (long seq = 1; seq <= this.events; seq++) {
      long article = 1 + (seq - 1) * articles / this.events;
      String type = types[(int) (seq % types.length)];
      ChainLink link =
          new ChainLink(
              seq,
              START.plusNanos((seq - 1) * step * 1_000_000),
              type,
              WRITERS[(int) (seq % WRITERS.length)],
              article,
              "{\"revision\":1,\"seq\":" + seq + "}",
              previous);
      previous = link.hash();
      events.row(
          seq,
          link.occurredAt(),
          type,
          link.actor(),
          article,
          link.payload(),
          link.prevHash(),
          previous);
      if (events.size() >= BATCH * 5) {
        copy(
            "audit_event (seq, occurred_at, type, actor, article_id, payload, prev_hash, hash)",
            events);
      }
    }
    copy(
        "audit_event (seq, occurred_at, type, actor, article_id, payload, prev_hash, hash)",
        events);
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "update audit_head set seq = "
              + this.events
              + ", hash = '"
              + previous
              + "' where id = 1");
    }
  }

  private void copy(String table, Rows rows) throws Exception {
    if (rows.size() > 0) {
      copy.copyIn("copy " + table + " from stdin with (format csv)", new StringReader(rows.text()));
      rows.clear();
    }
  }

  /** Rows in PostgreSQL's CSV COPY format: null is an empty field, every value else is quoted. */
  static final class Rows {
    private final StringBuilder text = new StringBuilder(1 << 20);
    private int size;

    void row(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append(',');
        }
        if (values[i] != null) {
          text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
        }
      }
      text.append('\n');
      size++;
    }

    int size() {
      return size;
    }

    String text() {
      return text.toString();
    }

    void clear() {
      text.setLength(0);
      size = 0;
    }
  }
}
