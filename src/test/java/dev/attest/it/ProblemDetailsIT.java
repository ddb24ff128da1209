package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Refusals on a real Payara Micro say what was wrong and how to do it right: the roles an endpoint
 * needs, what ids look like, what an address takes and answers with, why a save or a publication
 * came too late, why a sign-in is refused; and requests the container refuses before attest (a
 * malformed header, a write to a file of the UI) are problems too.
 */
class ProblemDetailsIT extends OnTheServer {
  @Test
  void aRoleRefusalNamesTheRolesNeededAndHeld() throws Exception {
    JsonNode problem = Api.problem(api.get("editor", "api/audit/verify"), 403);
    assertEquals(
        "GET /api/audit/verify needs the role ADMIN or AUDITOR; editor has EDITOR. An admin gives"
            + " roles with PUT /api/admin/users/{name}/roles.",
        problem.get("detail").asText());
    JsonNode publish = Api.problem(api.post("editor", "api/articles/1/publish", ""), 403);
    assertTrue(
        publish.get("detail").asText().contains("needs the role CHIEF_EDITOR"), publish.toString());
  }

  @Test
  void idsThatAreNoPositiveWholeNumbersAreExplained() throws Exception {
    for (String path :
        List.of(
            "api/articles/abc",
            "api/articles/9223372036854775808",
            "api/articles/0",
            "api/articles/-1/revisions",
            "api/articles/1/revisions/2147483648")) {
      JsonNode problem = Api.problem(api.get("editor", path), 404);
      assertEquals("/problems/invalid-id", problem.get("type").asText(), path);
      assertTrue(problem.get("detail").asText().contains("whole numbers from 1"), path);
    }
    JsonNode query = Api.problem(api.get("auditor", "api/audit/events?articleId=abc"), 400);
    assertTrue(query.get("detail").asText().startsWith("articleId=abc"), query.toString());
  }

  @Test
  void unsupportedAndUnacceptableTypesSayWhatTheAddressTakesAndGives() throws Exception {
    JsonNode signOff =
        Api.problem(
            api.post("chief", "api/articles/1/claims/c-1/sign-off", "text/plain", new byte[] {1}),
            415);
    assertEquals(
        "POST /api/articles/1/claims/c-1/sign-off takes application/json; this request sent"
            + " text/plain.",
        signOff.get("detail").asText());
    String articles =
        Api.problem(api.post("editor", "api/articles", "text/html", new byte[] {'x'}), 415)
            .get("detail")
            .asText();
    assertTrue(articles.contains("takes application/json;"), articles);
    assertFalse(articles.contains("text/html or"), "articles take no HTML: " + articles);
    assertTrue(
        Api.problem(api.post("editor", "api/check", "image/png", new byte[] {1}), 415)
            .get("detail")
            .asText()
            .contains("application/json, text/html or text/plain"));
    assertTrue(
        Api.problem(api.post("admin", "api/admin/users", "text/plain", new byte[] {1}), 415)
            .get("detail")
            .asText()
            .startsWith("POST /api/admin/users takes application/json"));
    JsonNode report =
        Api.problem(
            api.get("auditor", "api/reports/compliance?from=2026-01-01&to=2026-01-02", "image/png"),
            406);
    assertTrue(
        report
            .get("detail")
            .asText()
            .contains("answers with application/json, text/csv or application/pdf"),
        report.toString());
  }

  @Test
  void aBadRolesBodyShowsARolesExample() throws Exception {
    JsonNode problem =
        Api.problem(Api.putJson(server, "admin", "api/admin/users/editor/roles", "{roles"), 400);
    assertTrue(
        problem.get("detail").asText().contains("{\"roles\": [\"EDITOR\""), problem.toString());
    assertFalse(problem.get("detail").asText().contains("password"), problem.toString());
  }

  @Test
  void aSaveAfterASignOffSaysTheSignOffMovedTheVersion() throws Exception {
    JsonNode seen = api.submit("editor", api.create("editor", "Signed", ReviewIT.SHORT));
    Api.ok(
        api.signOff("chief", seen, seen.at("/claims/0/id").asText(), "APPROVE", "checked", null),
        200);
    HttpResponse<String> late =
        api.put(
            "editor",
            "api/articles/" + seen.get("id").asLong(),
            "\"" + seen.get("version").asLong() + "\"",
            Api.article("Signed", ReviewIT.SHORT.replace("Monday", "Tuesday")));
    JsonNode problem = Api.problem(late, 412);
    assertTrue(
        problem.get("detail").asText().contains("a sign-off by chief at "), problem.toString());
    assertEquals(
        "\"" + (seen.get("version").asLong() + 1) + "\"",
        late.headers().firstValue("ETag").orElseThrow(),
        "the current ETag to save against");
  }

  @Test
  void ifMatchComparesStronglyTakesListsAndStar() throws Exception {
    JsonNode article = api.create("editor", "Tags", ReviewIT.SHORT);
    String path = "api/articles/" + article.get("id").asLong();
    long version = article.get("version").asLong();
    String body = Api.article("Tags", ReviewIT.SHORT);
    JsonNode weak = Api.problem(api.put("editor", path, "W/\"" + version + "\"", body), 412);
    assertTrue(weak.get("detail").asText().contains("compares strongly"), weak.toString());
    Api.problem(api.put("editor", path, String.valueOf(version), body), 400);
    JsonNode listed = Api.ok(api.put("editor", path, "\"999\", \"" + version + "\"", body), 200);
    assertEquals(version + 1, listed.get("version").asLong(), "any member of a list matches");
    Api.ok(api.put("editor", path, "*", body), 200);
  }

  @Test
  void theLoserOfTwoConcurrentPublicationsLearnsItWasPublished() throws Exception {
    String second = "chief" + System.nanoTime() % 1_000_000;
    Api.createUser(server, second, null, "CHIEF_EDITOR");
    JsonNode article = api.submit("editor", api.create("editor", "Twice", ReviewIT.SHORT));
    for (JsonNode claim : article.get("claims")) {
      article =
          Api.ok(
              api.signOff("chief", article, claim.get("id").asText(), "APPROVE", "ok", null), 200);
    }
    String publish = "api/articles/" + article.get("id").asLong() + "/publish";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResponse<String>>> both = new ArrayList<>();
    for (String chief : List.of("chief", second)) {
      both.add(pool.submit((Callable<HttpResponse<String>>) () -> api.post(chief, publish, "")));
    }
    List<Integer> statuses = new ArrayList<>();
    JsonNode loser = null;
    for (Future<HttpResponse<String>> one : both) {
      HttpResponse<String> response = one.get();
      statuses.add(response.statusCode());
      if (response.statusCode() != 200) {
        loser = Api.problem(response, 409);
      }
    }
    pool.shutdown();
    assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
    assertEquals("/problems/invalid-state", loser.get("type").asText());
    assertTrue(loser.get("detail").asText().contains("PUBLISHED"), loser.toString());
    assertTrue(loser.get("detail").asText().contains("the publication by "), loser.toString());
  }

  @Test
  void aLockedNameIsToldHowLongAtSignIn() throws Exception {
    String name = "locked" + System.nanoTime() % 1_000_000;
    Api.createUser(server, name, null, "EDITOR");
    for (int i = 0; i < 10; i++) {
      assertEquals(401, Api.signIn(server, name, "not-the-password", true).statusCode());
    }
    JsonNode locked =
        Api.problem(Api.signIn(server, name, PayaraServer.Running.TEST_PASSWORD, true), 429);
    assertEquals("/problems/locked", locked.get("type").asText());
    assertTrue(
        locked.get("detail").asText().matches(".* seconds, \\d+ more now.*"), locked.toString());
    JsonNode basic = Api.problem(api.get(name, "api/articles"), 401);
    assertEquals("/problems/locked", basic.get("type").asText(), "HTTP Basic says so too");
  }

  @Test
  void aSessionRequestWithoutTheCsrfHeaderIsToldSo() throws Exception {
    String session = Api.sessionCookie(Api.signIn(server, "editor", "demo", true));
    HttpResponse<String> forged =
        server.send(
            HttpRequest.newBuilder(server.uri("api/check"))
                .header("Cookie", session)
                .header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("<p>x</p>"))
                .build());
    JsonNode problem = Api.problem(forged, 401);
    assertEquals("/problems/csrf-header-missing", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains("X-Requested-With: attest"));
  }

  @Test
  void meWithoutCredentialsChallengesExceptAttestsOwnPages() throws Exception {
    HttpResponse<String> api = server.send(HttpRequest.newBuilder(server.uri("api/me")).build());
    Api.problem(api, 401);
    assertEquals("Basic realm=\"attest\"", api.headers().firstValue("WWW-Authenticate").orElse(""));
    HttpResponse<String> page =
        server.send(
            HttpRequest.newBuilder(server.uri("api/me"))
                .header("X-Requested-With", "attest")
                .build());
    Api.problem(page, 401);
    assertTrue(
        page.headers().firstValue("WWW-Authenticate").isEmpty(),
        "no Basic challenge, so the browser shows no login popup over the UI");
  }

  @Test
  void writesToTheFilesOfTheUiAreMethodsNotAllowed() throws Exception {
    for (HttpRequest write :
        List.of(
            HttpRequest.newBuilder(server.uri("")).DELETE().build(),
            HttpRequest.newBuilder(server.uri("js/app.js"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build())) {
      HttpResponse<String> response = server.send(write);
      JsonNode problem = Api.problem(response, 405);
      assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
      assertTrue(problem.get("detail").asText().contains("can only be read"), problem.toString());
      assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
    }
    assertEquals(
        200, server.send(HttpRequest.newBuilder(server.uri("js/app.js")).build()).statusCode());
  }

  @Test
  void malformedHeadersAreProblemsToo() throws Exception {
    JsonNode accept =
        Api.problem(
            server.send(server.as("editor", "api/articles").header("Accept", "garbage///").build()),
            400);
    assertTrue(accept.get("detail").asText().contains("malformed header"), accept.toString());
    Api.problem(
        api.post(
            "editor",
            "api/check",
            "text/html; charset=\"",
            "<p>x</p>".getBytes(StandardCharsets.UTF_8)),
        400);
  }
}
