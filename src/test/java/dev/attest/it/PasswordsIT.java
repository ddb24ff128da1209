package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users change their own password, admins set a new one, and both end the user's other sessions at
 * once; a change of roles applies to a signed-in session at once; a disabled user can no longer
 * sign in and their sessions end, until an admin enables them; the audit trail records every change
 * without the secret.
 */
@ExtendWith(PayaraServer.class)
class PasswordsIT {
  static final String PASSWORD = PayaraServer.Running.TEST_PASSWORD;
  static final String NEW_PASSWORD = "a-fresh-passphrase-2026";

  @Test
  void aUserChangesTheirPasswordAndOnlyTheNewOneWorksFromThenOn(PayaraServer.Running server)
      throws Exception {
    String name = newUser(server, "EDITOR");
    HttpResponse<String> otherSignIn = Api.signIn(server, name, PASSWORD, true);
    assertEquals(200, otherSignIn.statusCode(), otherSignIn.body());
    String otherSession = Api.sessionCookie(otherSignIn);

    assertEquals(
        "wrong-password",
        type(Api.problem(change(server, name, PASSWORD, "not-my-password", NEW_PASSWORD), 403)));
    assertTrue(
        Api.problem(change(server, name, PASSWORD, PASSWORD, "too-short"), 400)
            .get("detail")
            .asText()
            .contains("at least 12 characters"));
    assertTrue(
        Api.problem(change(server, name, PASSWORD, PASSWORD, PASSWORD), 400)
            .get("title")
            .asText()
            .contains("Same password"));
    assertEquals(
        "Password is the user name",
        Api.problem(change(server, name, PASSWORD, PASSWORD, name.toUpperCase()), 400)
            .get("title")
            .asText());
    Api.problem(
        server.send(
            server
                .as(name, PASSWORD, "api/me/password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"newPassword\": 5"))
                .build()),
        400);
    assertEquals(
        200, me(server, name, PASSWORD).statusCode(), "nothing changed after the refusals");

    assertEquals(204, change(server, name, PASSWORD, PASSWORD, NEW_PASSWORD).statusCode());
    assertEquals(401, me(server, name, PASSWORD).statusCode(), "the old password is refused");
    assertEquals(200, me(server, name, NEW_PASSWORD).statusCode());
    assertEquals(
        401, withSession(server, otherSession).statusCode(), "the other session has ended");
    assertEquals(401, Api.signIn(server, name, PASSWORD, true).statusCode());
    assertEquals(200, Api.signIn(server, name, NEW_PASSWORD, true).statusCode());

    JsonNode event = lastEventAbout(server, name);
    assertEquals("PASSWORD_CHANGED", event.get("type").asText());
    assertEquals(name, event.get("actor").asText());
    assertFalse(event.toString().contains(NEW_PASSWORD), event.toString());
  }

  @Test
  void theSessionThatChangesThePasswordGoesOn(PayaraServer.Running server) throws Exception {
    String name = newUser(server, "AUDITOR");
    String session = Api.sessionCookie(Api.signIn(server, name, PASSWORD, true));
    HttpResponse<String> changed =
        server.send(
            Api.inSession(server, session, "api/me/password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(PASSWORD, NEW_PASSWORD)))
                .build());
    assertEquals(204, changed.statusCode(), changed.body());
    String renewed = Api.sessionCookie(changed);
    assertEquals(200, withSession(server, renewed).statusCode());
    assertEquals(401, withSession(server, session).statusCode(), "the old session id is void");
    HttpResponse<String> forged =
        server.send(
            HttpRequest.newBuilder(server.uri("api/me/password"))
                .header("Cookie", renewed)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(NEW_PASSWORD, PASSWORD)))
                .build());
    assertEquals(
        401, forged.statusCode(), "another site cannot change the password through the session");
    assertEquals(200, me(server, name, NEW_PASSWORD).statusCode());
  }

  @Test
  void anAdminSetsANewPasswordThatEndsTheUsersSessionsAndLiftsTheLock(PayaraServer.Running server)
      throws Exception {
    String name = newUser(server, "EDITOR");
    String session = Api.sessionCookie(Api.signIn(server, name, PASSWORD, true));
    for (int i = 0; i < 10; i++) {
      assertEquals(401, me(server, name, "a-wrong-guess").statusCode());
    }
    assertEquals(401, me(server, name, PASSWORD).statusCode(), "locked after ten failures");
    Api.problem(
        server.send(
            Api.inSession(server, session, "api/me/password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(PASSWORD, NEW_PASSWORD)))
                .build()),
        429);

    Api.problem(reset(server, "editor", name, NEW_PASSWORD), 403);
    Api.problem(reset(server, "admin", "nobody-" + System.nanoTime(), NEW_PASSWORD), 404);
    Api.problem(reset(server, "admin", name, "short"), 400);
    assertEquals(204, reset(server, "admin", name, NEW_PASSWORD).statusCode());

    assertEquals(401, withSession(server, session).statusCode(), "the user's session has ended");
    assertEquals(200, me(server, name, NEW_PASSWORD).statusCode(), "the lock is lifted");
    JsonNode event = lastEventAbout(server, name);
    assertEquals("PASSWORD_RESET", event.get("type").asText());
    assertEquals("admin", event.get("actor").asText());
  }

  @Test
  void aChangeOfRolesAppliesToASignedInSessionAtOnce(PayaraServer.Running server) throws Exception {
    String name = newUser(server, "EDITOR");
    String session = Api.sessionCookie(Api.signIn(server, name, PASSWORD, true));
    assertEquals(200, check(server, session).statusCode(), "an editor checks");
    HttpResponse<String> roles =
        server.send(
            server
                .as("admin", "api/admin/users/" + name + "/roles")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\": [\"AUDITOR\"]}"))
                .build());
    assertEquals(204, roles.statusCode(), roles.body());
    JsonNode me = Api.JSON.readTree(withSession(server, session).body());
    assertEquals("[\"AUDITOR\"]", me.get("roles").toString());
    Api.problem(check(server, session), 403);
  }

  @Test
  void aDisabledUserCanNoLongerSignInUntilEnabledAgain(PayaraServer.Running server)
      throws Exception {
    String name = newUser(server, "EDITOR");
    String session = Api.sessionCookie(Api.signIn(server, name, PASSWORD, true));
    assertEquals(200, me(server, name, PASSWORD).statusCode());

    Api.problem(enable(server, "editor", name, "{\"enabled\": false}"), 403);
    Api.problem(
        enable(server, "admin", "nobody-" + System.nanoTime(), "{\"enabled\": false}"), 404);
    assertTrue(
        Api.problem(enable(server, "admin", name, "{\"enabled\": \"no\"}"), 400)
            .get("title")
            .asText()
            .contains("true or false"));
    assertEquals(
        "own-account",
        type(Api.problem(enable(server, "admin", "admin", "{\"enabled\": false}"), 409)));
    assertEquals(
        200, me(server, name, PASSWORD).statusCode(), "nothing changed after the refusals");

    assertEquals(204, enable(server, "admin", name, "{\"enabled\": false}").statusCode());
    assertEquals(401, me(server, name, PASSWORD).statusCode(), "Basic is refused");
    assertEquals(401, withSession(server, session).statusCode(), "the session has ended");
    assertEquals(401, Api.signIn(server, name, PASSWORD, true).statusCode(), "no new session");
    JsonNode listed = Api.listedUser(server, name);
    assertFalse(listed.get("enabled").asBoolean());
    assertTrue(listed.get("disabledAt").isTextual(), listed.toString());
    JsonNode disabled = lastEventAbout(server, name);
    assertEquals("USER_DISABLED", disabled.get("type").asText());
    assertEquals("admin", disabled.get("actor").asText());

    assertEquals(204, enable(server, "admin", name, "{\"enabled\": false}").statusCode());
    assertEquals(
        disabled.get("seq").asLong(),
        lastEventAbout(server, name).get("seq").asLong(),
        "disabling a disabled user records nothing");

    assertEquals(204, enable(server, "admin", name, "{\"enabled\": true}").statusCode());
    assertEquals(200, me(server, name, PASSWORD).statusCode(), "signs in again");
    assertEquals(
        401, withSession(server, session).statusCode(), "a session from before stays ended");
    assertTrue(Api.listedUser(server, name).get("disabledAt").isNull());
    assertEquals("USER_ENABLED", lastEventAbout(server, name).get("type").asText());
  }

  private static HttpResponse<String> enable(
      PayaraServer.Running server, String admin, String name, String body) throws Exception {
    return Api.putJson(server, admin, "api/admin/users/" + name + "/enabled", body);
  }

  private static HttpResponse<String> check(PayaraServer.Running server, String session)
      throws Exception {
    return server.send(
        Api.inSession(server, session, "api/check")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"html\": \"<p>x</p>\"}"))
            .build());
  }

  private static String newUser(PayaraServer.Running server, String role) throws Exception {
    String name =
        String.format("pw%s%09d", role.toLowerCase().charAt(0), System.nanoTime() % 1_000_000_000);
    Api.createUser(server, name, null, role);
    return name;
  }

  private static String body(String current, String next) {
    return Api.JSON
        .createObjectNode()
        .put("currentPassword", current)
        .put("newPassword", next)
        .toString();
  }

  private static HttpResponse<String> change(
      PayaraServer.Running server, String name, String password, String current, String next)
      throws Exception {
    return server.send(
        server
            .as(name, password, "api/me/password")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body(current, next)))
            .build());
  }

  private static HttpResponse<String> reset(
      PayaraServer.Running server, String admin, String name, String password) throws Exception {
    return Api.putJson(
        server,
        admin,
        "api/admin/users/" + name + "/password",
        Api.JSON.createObjectNode().put("password", password).toString());
  }

  private static HttpResponse<String> me(PayaraServer.Running server, String name, String password)
      throws Exception {
    return server.send(server.as(name, password, "api/me").build());
  }

  private static HttpResponse<String> withSession(PayaraServer.Running server, String session)
      throws Exception {
    return withSession(server, session, "api/me");
  }

  private static HttpResponse<String> withSession(
      PayaraServer.Running server, String session, String path) throws Exception {
    return server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", session).build());
  }

  private static String type(JsonNode problem) {
    String type = problem.get("type").asText();
    return type.substring(type.lastIndexOf('/') + 1);
  }

  /** The newest audit event whose payload names the user. */
  private static JsonNode lastEventAbout(PayaraServer.Running server, String name)
      throws Exception {
    JsonNode first =
        Api.ok(server.send(server.as("auditor", "api/audit/events?size=1").build()), 200);
    long total = first.get("total").asLong();
    long lastPage = Math.max(0, (total - 1) / 100);
    JsonNode events =
        Api.ok(
                server.send(
                    server.as("auditor", "api/audit/events?size=100&page=" + lastPage).build()),
                200)
            .get("events");
    JsonNode found = null;
    for (JsonNode event : events) {
      if (name.equals(event.path("payload").path("user").asText())) {
        found = event;
      }
    }
    assertTrue(found != null, "no event about " + name + " in " + events);
    return found;
  }
}
