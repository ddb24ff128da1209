package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on a real Payara Micro: the chain verifies, a change behind attest's back is
 * named, appends never fork.
 */
@ExtendWith(PayaraServer.class)
class AuditIT {
  @Test
  void theChainVerifiesAndItsHeadIsTheLastEventsHash(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Audited", ReviewIT.SHORT);
    JsonNode verified = api.ok(api.get("auditor", "api/audit/verify"));
    assertTrue(verified.get("valid").asBoolean(), verified.toString());
    long events = verified.get("events").asLong();
    assertTrue(events >= 4, "users, rules version and the save are in the trail");

    JsonNode last = api.ok(api.get("auditor", "api/audit/events?size=1&page=" + (events - 1)));
    assertEquals(events, last.get("total").asLong());
    assertEquals(verified.get("headHash").asText(), last.at("/events/0/hash").asText());

    JsonNode mine =
        api.ok(api.get("auditor", "api/audit/events?articleId=" + article.get("id").asLong()));
    assertEquals(3, mine.get("total").asLong(), "saved, and two claims flagged: " + mine);
    JsonNode saved = mine.at("/events/0");
    assertEquals("ARTICLE_SAVED", saved.get("type").asText());
    assertEquals("editor", saved.get("actor").asText());
    assertTrue(saved.at("/payload/contentHash").asText().startsWith("sha256:"));
    assertEquals("CLAIM_FLAGGED", mine.at("/events/1/type").asText());
    assertEquals(
        mine.at("/events/0/hash").asText(),
        mine.at("/events/1/prevHash").asText(),
        "consecutive events link");

    JsonNode today =
        api.ok(
            api.get(
                "auditor",
                "api/audit/events?from="
                    + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    + "&size=5"));
    assertTrue(today.get("total").asLong() >= 3);
    assertEquals(5, today.get("size").asInt());
    assertEquals(
        0, api.ok(api.get("auditor", "api/audit/events?to=2000-01-01")).get("total").asLong());
    assertEquals(400, api.get("auditor", "api/audit/events?from=yesterday").statusCode());
    assertEquals(
        "/problems/invalid-period",
        Api.problem(api.get("auditor", "api/audit/events?to=%2B999999999-12-31"), 400)
            .get("type")
            .asText());
    assertEquals(400, api.get("auditor", "api/audit/events?size=100000").statusCode());
    HttpResponse<String> notANumber = api.get("auditor", "api/audit/events?page=abc");
    assertEquals(
        400,
        notANumber.statusCode(),
        "a page that is no number is the client's mistake: " + notANumber.body());
    assertEquals(
        "/problems/invalid-page", Api.JSON.readTree(notANumber.body()).get("type").asText());
    assertEquals(403, api.get("editor", "api/audit/verify").statusCode());
    assertEquals(200, api.get("admin", "api/audit/verify").statusCode());
  }

  @Test
  void aRejectedSaveIsRecordedThoughNothingIsStored(PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String title = "Rejected " + System.nanoTime();
    assertEquals(
        422,
        api.post("editor", "api/articles", Api.article(title, ArticlesApiIT.MISSING_BOTH))
            .statusCode());
    JsonNode recent = recentEvents(api);
    JsonNode rejected = null;
    for (JsonNode event : recent.get("events")) {
      if (event.get("type").asText().equals("SAVE_REJECTED")
          && event.at("/payload/title").asText().equals(title)) {
        rejected = event;
      }
    }
    assertTrue(rejected != null, "SAVE_REJECTED for " + title + " in " + recent);
    assertEquals(
        "[\"MISSING_DISCLOSURE\",\"MISSING_AUTHOR\"]",
        rejected.at("/payload/violations").toString());
  }

  @Test
  void creatingAUserAndChangingTheirRolesAreRecordedWithTheAdminAsActorAndNoSecret(
      PayaraServer.Running server) throws Exception {
    Api api = new Api(server);
    String name = "audited" + System.nanoTime() % 1_000_000_000L;
    long before = api.json("auditor", "api/audit/events?size=1").get("total").asLong();
    Api.createUser(server, name, "Audited Person", "EDITOR");
    HttpResponse<String> roles =
        Api.putJson(
            server,
            "admin",
            "api/admin/users/" + name + "/roles",
            "{\"roles\": [\"EDITOR\", \"AUDITOR\"]}");
    assertEquals(204, roles.statusCode(), roles.body());

    List<JsonNode> appended = new ArrayList<>();
    long total = api.json("auditor", "api/audit/events?size=1").get("total").asLong();
    for (long page = before; page < total; page++) {
      appended.add(api.json("auditor", "api/audit/events?size=1&page=" + page).at("/events/0"));
    }
    assertEquals(2, appended.size(), "one event for each change: " + appended);

    JsonNode created = appended.get(0);
    assertEquals("USER_CREATED", created.get("type").asText());
    assertEquals("admin", created.get("actor").asText());
    assertTrue(created.get("articleId").isNull());
    assertEquals(name, created.at("/payload/user").asText());
    assertEquals("Audited Person", created.at("/payload/displayName").asText());
    assertEquals("[\"EDITOR\"]", created.at("/payload/roles").toString());
    assertEquals(
        List.of("displayName", "roles", "user"), fieldNames(created.get("payload")), "no secret");

    JsonNode changed = appended.get(1);
    assertEquals("ROLES_CHANGED", changed.get("type").asText());
    assertEquals("admin", changed.get("actor").asText());
    assertTrue(changed.get("articleId").isNull());
    assertEquals(name, changed.at("/payload/user").asText());
    assertEquals("[\"AUDITOR\",\"EDITOR\"]", changed.at("/payload/roles").toString());
    assertEquals(List.of("roles", "user"), fieldNames(changed.get("payload")));
    assertEquals(created.get("hash").asText(), changed.get("prevHash").asText());

    for (JsonNode event : appended) {
      String payload = event.get("payload").toString().toLowerCase(java.util.Locale.ROOT);
      assertFalse(
          payload.contains(PayaraServer.Running.TEST_PASSWORD)
              || payload.contains("pbkdf2")
              || payload.contains("password")
              || payload.contains("hash"),
          "neither the password nor its hash: " + event);
    }
    assertTrue(api.json("auditor", "api/audit/verify").get("valid").asBoolean());
  }

  @Test
  void theRulesVersionInForceWasRecordedAtStartupBeforeAnyArticle(PayaraServer.Running server)
      throws Exception {
    Api api = new Api(server);
    JsonNode article = api.create("editor", "Rules version", ReviewIT.SHORT);
    String inForce =
        api.json("auditor", "api/articles/" + article.get("id").asLong() + "/revisions")
            .at("/0/rulesVersion")
            .asText();
    assertFalse(inForce.isBlank());

    List<JsonNode> versions = new ArrayList<>();
    long firstSave = -1;
    long total = api.json("auditor", "api/audit/events?size=1").get("total").asLong();
    for (long page = 0; page * 500 < total; page++) {
      for (JsonNode event :
          api.json("auditor", "api/audit/events?size=500&page=" + page).get("events")) {
        if (event.get("type").asText().equals("RULES_VERSION_CHANGED")) {
          versions.add(event);
        } else if (firstSave < 0 && event.get("type").asText().equals("ARTICLE_SAVED")) {
          firstSave = event.get("seq").asLong();
        }
      }
    }
    assertFalse(versions.isEmpty(), "RULES_VERSION_CHANGED after the first start");
    JsonNode first = versions.get(0);
    assertTrue(
        first.get("seq").asLong() < firstSave,
        "recorded at startup, before the first article was saved: " + first);
    assertTrue(first.at("/payload/previous").isNull(), "nothing before the first: " + first);
    for (int i = 0; i < versions.size(); i++) {
      JsonNode event = versions.get(i);
      assertEquals("attest", event.get("actor").asText());
      assertTrue(event.get("articleId").isNull());
      if (i > 0) {
        assertEquals(
            versions.get(i - 1).at("/payload/current").asText(),
            event.at("/payload/previous").asText(),
            "each change names the version before it");
        assertNotEquals(
            event.at("/payload/previous").asText(), event.at("/payload/current").asText());
      }
    }
    assertEquals(
        inForce,
        versions.get(versions.size() - 1).at("/payload/current").asText(),
        "the last recorded version is the one the saves use");
  }

  @Test
  void onPostgresqlPlainDeleteAndTruncateOfTheTrailAreRefusedAndTheChainStillVerifies(
      PayaraServer.Running server) throws Exception {
    Assumptions.assumeTrue(
        ItDatabase.postgresql(), "the append-only triggers are PostgreSQL's (db/postgresql/V3_1)");
    Api api = new Api(server);
    api.create("editor", "Kept in the trail", ReviewIT.SHORT);
    JsonNode before = api.json("auditor", "api/audit/verify");
    assertTrue(before.get("valid").asBoolean(), before.toString());
    long events = before.get("events").asLong();
    try (Connection db = ItDatabase.connect()) {
      // in a transaction that is rolled back: should a statement get through, the shared trail is
      // restored for the other tests
      db.setAutoCommit(false);
      try {
        for (String statement :
            List.of(
                "delete from audit_event",
                "delete from audit_event where seq = " + events,
                "truncate audit_event",
                "truncate table audit_event restart identity cascade")) {
          SQLException refused =
              assertThrows(
                  SQLException.class,
                  () -> {
                    try (Statement sql = db.createStatement()) {
                      sql.executeUpdate(statement);
                    }
                  },
                  statement);
          assertEquals("42501", refused.getSQLState(), refused.getMessage());
          assertTrue(
              refused.getMessage().contains("append-only")
                  && refused
                      .getMessage()
                      .contains(statement.startsWith("delete") ? "DELETE" : "TRUNCATE"),
              refused.getMessage());
          db.rollback();
        }
        try (Statement sql = db.createStatement();
            ResultSet rs = sql.executeQuery("select count(*), max(seq) from audit_event")) {
          rs.next();
          assertEquals(events, rs.getLong(1), "no event is gone");
          assertEquals(events, rs.getLong(2));
        }
      } finally {
        db.rollback();
      }
    }
    JsonNode after = api.json("auditor", "api/audit/verify");
    assertTrue(after.get("valid").asBoolean(), after.toString());
    assertEquals(before.get("events"), after.get("events"));
    assertEquals(before.get("headHash"), after.get("headHash"));
  }

  @Test
  void anEventChangedBehindAttestsBackIsNamedByVerification() throws Exception {
    Path data = Path.of("target", "it-tamper-" + System.nanoTime()).toAbsolutePath();
    try (PayaraServer.Running server =
        PayaraServer.start(ItDatabase.fresh("attest_tamper", data))) {
      Api api = new Api(server);
      JsonNode article = api.create("editor", "Tamper", ReviewIT.SHORT);
      api.ok(api.post("editor", "api/articles/" + article.get("id").asLong() + "/submit", ""));
      assertTrue(api.ok(api.get("auditor", "api/audit/verify")).get("valid").asBoolean());
      long target;
      try (Connection db = ItDatabase.connect("attest_tamper", data)) {
        target = seqOf(db, "SUBMITTED");
        if (ItDatabase.postgresql()) {
          SQLException refused = assertThrows(SQLException.class, () -> changeActor(db, target));
          assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
          try (Statement sql = db.createStatement()) {
            sql.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
          }
        }
        assertEquals(1, changeActor(db, target));
      }
      JsonNode verified = api.ok(api.get("auditor", "api/audit/verify"));
      assertFalse(verified.get("valid").asBoolean(), verified.toString());
      assertEquals(target, verified.get("brokenAt").asLong());
      assertTrue(
          verified.get("reason").asText().contains("changed after it was written"),
          verified.toString());
      assertEquals(
          target - 1, verified.get("events").asLong(), "the events before the broken one verify");
    }
  }

  @Test
  void twoServersAppendingToOnePostgresqlChainNeverForkIt() throws Exception {
    Assumptions.assumeTrue(
        ItDatabase.postgresql(), "two server processes share a database only on PostgreSQL");
    Path data = Path.of("target", "it-two-" + System.nanoTime()).toAbsolutePath();
    try (PayaraServer.Running first = PayaraServer.start(ItDatabase.fresh("attest_two", data));
        PayaraServer.Running second =
            PayaraServer.start(
                java.util.Map.of(
                    "MP_CONFIG_PROFILE",
                    "pg",
                    "DB_URL",
                    "jdbc:postgresql://127.0.0.1:5432/attest_two",
                    "ATTEST_DATA_DIR",
                    data.resolve("second").toString()))) {
      Api a = new Api(first);
      Api b = new Api(second);
      long before = a.ok(a.get("auditor", "api/audit/verify")).get("events").asLong();
      int clients = 8;
      int savesPerClient = 10;
      ExecutorService pool = Executors.newFixedThreadPool(clients * 2);
      List<Future<Long>> saves = new ArrayList<>();
      for (int c = 0; c < clients * 2; c++) {
        Api api = c % 2 == 0 ? a : b;
        int client = c;
        saves.add(
            pool.submit(
                () -> {
                  long created = 0;
                  for (int i = 0; i < savesPerClient; i++) {
                    created +=
                        api.create("editor", "Two " + client + "-" + i, ReviewIT.SHORT)
                                    .get("id")
                                    .asLong()
                                > 0
                            ? 1
                            : 0;
                  }
                  return created;
                }));
      }
      long created = 0;
      for (Future<Long> save : saves) {
        created += save.get(3, TimeUnit.MINUTES);
      }
      pool.shutdown();
      assertEquals(clients * 2L * savesPerClient, created);

      JsonNode verifiedA = a.ok(a.get("auditor", "api/audit/verify"));
      JsonNode verifiedB = b.ok(b.get("auditor", "api/audit/verify"));
      assertTrue(verifiedA.get("valid").asBoolean(), verifiedA.toString());
      assertEquals(verifiedA, verifiedB, "both instances see one chain");
      assertEquals(
          before + created * 3,
          verifiedA.get("events").asLong(),
          "every save and its two flags are in the chain");
      try (Connection db = ItDatabase.connect("attest_two", data);
          PreparedStatement q =
              db.prepareStatement("select count(distinct prev_hash), count(*) from audit_event");
          ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(
            rs.getLong(2), rs.getLong(1), "no two events link to the same predecessor: no fork");
      }
    }
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }

  private static JsonNode recentEvents(Api api) throws Exception {
    long total = api.ok(api.get("auditor", "api/audit/events?size=1")).get("total").asLong();
    long page = Math.max(0, (total - 1) / 50);
    return api.ok(api.get("auditor", "api/audit/events?size=50&page=" + page));
  }

  private static long seqOf(Connection db, String type) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement("select max(seq) from audit_event where type = ?")) {
      q.setString(1, type);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int changeActor(Connection db, long seq) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("update audit_event set actor = 'mallory' where seq = ?")) {
      update.setLong(1, seq);
      return update.executeUpdate();
    }
  }
}
