package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP Basic over the user table, roles on every resource, the admin API, all refusals as
 * problem+json.
 */
@ExtendWith(PayaraServer.class)
class SecurityIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = PayaraServer.Running.TEST_PASSWORD;
  static final String ARTICLE =
      "{\"html\": \"<p>By Jane Doe</p><p>No AI was used for this article.</p>\"}";

  @Test
  void withoutCredentialsTheApiAsksForThemAsAProblem(PayaraServer.Running server) throws Exception {
    HttpResponse<String> response =
        server.send(HttpRequest.newBuilder(server.uri("api/articles")).build());
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        response.body());
    assertEquals(401, JSON.readTree(response.body()).get("status").asInt());
  }

  @Test
  void aWrongPasswordIsRefused(PayaraServer.Running server) throws Exception {
    String wrong =
        Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri("api/articles"))
                .header("Authorization", "Basic " + wrong)
                .build());
    assertEquals(401, response.statusCode());
  }

  @Test
  void tenWrongPasswordsInARowLockTheNameForAMinute(PayaraServer.Running server) throws Exception {
    String name = "guessed" + System.nanoTime() % 1_000_000;
    Api.createUser(server, name, null, "AUDITOR");
    assertEquals(200, server.send(server.as(name, "api/audit/verify").build()).statusCode());
    String wrong =
        Base64.getEncoder().encodeToString((name + ":wrong").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> refused =
          server.send(
              HttpRequest.newBuilder(server.uri("api/audit/verify"))
                  .header("Authorization", "Basic " + wrong)
                  .build());
      assertEquals(401, refused.statusCode());
    }
    assertEquals(
        401,
        server.send(server.as(name, "api/audit/verify").build()).statusCode(),
        "the right password is refused while locked");
    assertEquals(
        200,
        server.send(server.as("auditor", "api/audit/verify").build()).statusCode(),
        "other users are not affected");
  }

  @Test
  void rolesDecideWhatEachUserMayDo(PayaraServer.Running server) throws Exception {
    HttpResponse<String> auditorSaves =
        server.send(
            server
                .as("auditor", "api/articles")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\": \"x\", \"html\": \"<p>x</p>\"}"))
                .build());
    assertEquals(403, auditorSaves.statusCode(), auditorSaves.body());
    assertEquals(
        "application/problem+json",
        auditorSaves.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals(200, server.send(server.as("auditor", "api/articles").build()).statusCode());
    assertEquals(
        403,
        server
            .send(
                server
                    .as("editor", "api/admin/users")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build())
            .statusCode());
  }

  @Test
  void anAdminCreatesUsersWhoCanThenWork(PayaraServer.Running server) throws Exception {
    String name = "anna" + System.nanoTime();
    String user =
        "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"EDITOR\"]}";
    HttpResponse<String> created = createUser(server, user);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(409, createUser(server, user).statusCode());
    JsonNode badRole =
        JSON.readTree(
            createUser(
                    server, "{\"name\": \"bob\", \"password\": \"s3cret\", \"roles\": [\"KING\"]}")
                .body());
    assertEquals(400, badRole.get("status").asInt());
    JsonNode shortPassword =
        JSON.readTree(
            createUser(
                    server,
                    "{\"name\": \"bo\", \"password\": \"s3cret-pass\", \"roles\": [\"EDITOR\"]}")
                .body());
    assertEquals(400, shortPassword.get("status").asInt());
    assertTrue(
        shortPassword.get("detail").asText().contains("at least 12 characters"),
        shortPassword.toString());
    HttpResponse<String> check = checkAs(server, name);
    assertEquals(200, check.statusCode(), check.body());
    assertEquals(
        204,
        server
            .send(
                server
                    .as("admin", "api/admin/users/" + name + "/roles")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\": [\"AUDITOR\"]}"))
                    .build())
            .statusCode());
    assertEquals(403, checkAs(server, name).statusCode());
  }

  @Test
  void userNamesAreOneNameWhateverTheirCase(PayaraServer.Running server) throws Exception {
    String name = "Casey" + System.nanoTime() % 1_000_000;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    HttpResponse<String> created =
        createUser(
            server,
            "{\"name\": \""
                + name
                + "\", \"password\": \""
                + PASSWORD
                + "\", \"roles\": [\"EDITOR\"]}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/admin/users/" + lower),
        "stored in lower case");
    Api.listedUser(server, lower);
    JsonNode taken =
        Api.problem(
            createUser(
                server,
                "{\"name\": \""
                    + name.toUpperCase(java.util.Locale.ROOT)
                    + "\", \"password\": \""
                    + PASSWORD
                    + "\", \"roles\": [\"AUDITOR\"]}"),
            409);
    assertEquals("/problems/user-exists", taken.get("type").asText());
    assertTrue(taken.get("detail").asText().contains("whatever their case"), taken.toString());
    JsonNode me =
        Api.ok(
            server.send(server.as(name.toUpperCase(java.util.Locale.ROOT), "api/me").build()), 200);
    assertEquals(lower, me.get("name").asText(), "signed in under the stored name");
    assertEquals(
        204,
        Api.putJson(
                server, "admin", "api/admin/users/" + name + "/roles", "{\"roles\": [\"AUDITOR\"]}")
            .statusCode());
    assertEquals(403, checkAs(server, lower).statusCode(), "the roles of the one user changed");
  }

  @Test
  void aNameStoredBeforeInMixedCaseSignsInAsStoredAndHasNoTwin(PayaraServer.Running server)
      throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ItDatabase.postgresql(), "the shared H2 database is the server's alone");
    String legacy = "Legacy" + System.nanoTime() % 1_000_000;
    try (java.sql.Connection db = ItDatabase.connect();
        java.sql.Statement sql = db.createStatement()) {
      // as a name created before names were stored in lower case, with the demo editor's password
      sql.executeUpdate(
          "insert into app_user (name, password_hash, created_at) select '"
              + legacy
              + "', password_hash, created_at from app_user where name = 'editor'");
      sql.executeUpdate("insert into user_role (name, role) values ('" + legacy + "', 'EDITOR')");
      java.sql.SQLException twin =
          org.junit.jupiter.api.Assertions.assertThrows(
              java.sql.SQLException.class,
              () ->
                  sql.executeUpdate(
                      "insert into app_user (name, password_hash, created_at) values ('"
                          + legacy.toLowerCase(java.util.Locale.ROOT)
                          + "', 'x', current_timestamp)"));
      assertEquals("23505", twin.getSQLState(), "the database refuses a twin");
    }
    JsonNode me =
        Api.ok(
            server.send(
                server.as(legacy.toLowerCase(java.util.Locale.ROOT), "demo", "api/me").build()),
            200);
    assertEquals(legacy, me.get("name").asText());
  }

  @Test
  void anAdminListsEveryUserWithTheirRoles(PayaraServer.Running server) throws Exception {
    String name = "listed" + System.nanoTime() % 1_000_000;
    Api.createUser(server, name, "Lis Ted", "EDITOR", "AUDITOR");
    JsonNode users = Api.ok(server.send(server.as("admin", "api/admin/users").build()), 200);
    JsonNode listed = null;
    String previous = "";
    for (JsonNode user : users) {
      assertTrue(user.get("name").asText().compareTo(previous) > 0, "by name: " + users);
      previous = user.get("name").asText();
      if (previous.equals(name)) {
        listed = user;
      }
    }
    assertTrue(listed != null, users.toString());
    assertEquals("Lis Ted", listed.get("displayName").asText());
    assertEquals("[\"AUDITOR\",\"EDITOR\"]", listed.get("roles").toString());
    assertTrue(listed.get("createdAt").asText().endsWith("Z"), listed.toString());
    assertFalse(users.toString().contains("PBKDF2"), "no password hashes");
    Api.problem(server.send(server.as("editor", "api/admin/users").build()), 403);
  }

  @Test
  void nobodyTakesAdminFromTheLastEnabledAdmin(PayaraServer.Running server) throws Exception {
    String second = "second" + System.nanoTime() % 1_000_000;
    Api.createUser(server, second, null, "ADMIN");
    // a disabled admin cannot manage users either: they do not count
    String disabled = "disabled" + System.nanoTime() % 1_000_000;
    Api.createUser(server, disabled, null, "ADMIN");
    HttpResponse<String> disabling =
        Api.putJson(
            server, "admin", "api/admin/users/" + disabled + "/enabled", "{\"enabled\": false}");
    assertEquals(204, disabling.statusCode(), disabling.body());
    for (JsonNode user : Api.ok(server.send(server.as("admin", "api/admin/users").build()), 200)) {
      String name = user.get("name").asText();
      if (!name.equals("admin")
          && user.get("enabled").asBoolean()
          && user.get("roles").toString().contains("ADMIN")) {
        assertEquals(204, setRoles(server, name, "AUDITOR").statusCode(), name);
      }
    }
    JsonNode refused = Api.problem(setRoles(server, "admin", "AUDITOR"), 409);
    assertTrue(refused.get("type").asText().endsWith("last-admin"), refused.toString());
    assertEquals(200, server.send(server.as("admin", "api/admin/users").build()).statusCode());

    HttpResponse<String> ownPassword =
        server.send(
            server
                .as("admin", "api/admin/users/admin/password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"" + PASSWORD + "\"}"))
                .build());
    assertTrue(
        Api.problem(ownPassword, 409).get("detail").asText().contains("/api/me/password"),
        ownPassword.body());
    assertEquals(200, server.send(server.as("admin", "api/admin/users").build()).statusCode());
  }

  private static HttpResponse<String> setRoles(
      PayaraServer.Running server, String name, String role) throws Exception {
    return Api.putJson(
        server, "admin", "api/admin/users/" + name + "/roles", "{\"roles\": [\"" + role + "\"]}");
  }

  @Test
  void demoAccountsAreRemovedOnceDemoModeIsOff() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        ItDatabase.postgresql(), "the PostgreSQL run shares one database with the demo server");
    String data =
        java.nio.file.Path.of("target", "it-demo-off-" + System.nanoTime())
            .toAbsolutePath()
            .toString();
    try (PayaraServer.Running demo =
        PayaraServer.start(java.util.Map.of("ATTEST_DATA_DIR", data))) {
      assertEquals(200, demo.send(demo.as("editor", "api/articles").build()).statusCode());
    }
    try (PayaraServer.Running production =
        PayaraServer.start(
            java.util.Map.of(
                "ATTEST_DATA_DIR",
                data,
                "ATTEST_DEMO",
                "false",
                "ATTEST_ADMIN_PASSWORD",
                "first-admin-pass"))) {
      assertEquals(
          401, production.send(production.as("editor", "api/articles").build()).statusCode());
      assertEquals(
          401, production.send(production.as("admin", "api/articles").build()).statusCode());
      String admin =
          Base64.getEncoder()
              .encodeToString("admin:first-admin-pass".getBytes(StandardCharsets.UTF_8));
      assertEquals(
          200,
          production
              .send(
                  HttpRequest.newBuilder(production.uri("api/articles"))
                      .header("Authorization", "Basic " + admin)
                      .build())
              .statusCode());
    }
  }

  @Test
  void demoModeSaysSoInTheLog(PayaraServer.Running server) throws Exception {
    assertTrue(server.log().contains("DEMO MODE"));
  }

  /** POSTs a user as the admin. */
  static HttpResponse<String> createUser(PayaraServer.Running server, String json)
      throws Exception {
    return server.send(
        server
            .as("admin", "api/admin/users")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Checks the test article as {@code user} (a user the tests created). */
  static HttpResponse<String> checkAs(PayaraServer.Running server, String user) throws Exception {
    return server.send(
        server
            .as(user, "api/check")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ARTICLE))
            .build());
  }
}
