package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Requests to a running server as one of the demo users or a user the tests created (see {@link
 * PayaraServer.Running#as(String, String)}), for the ITs and the browser tests.
 */
public record Api(PayaraServer.Running server) {
  public static final ObjectMapper JSON = new ObjectMapper();

  public static String seed() throws Exception {
    return Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
  }

  public HttpResponse<String> get(String user, String path) throws Exception {
    return server.send(server.as(user, path).build());
  }

  /** GETs {@code path} as {@code user}; fails unless it is 200. */
  public JsonNode json(String user, String path) throws Exception {
    return ok(get(user, path));
  }

  HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return server.send(server.as(user, path).header("Accept", accept).build());
  }

  public HttpResponse<String> post(String user, String path, String json) throws Exception {
    return server.send(
        server
            .as(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** {@code POST path} as {@code user} with a body of any type, as bytes. */
  public HttpResponse<String> post(String user, String path, String type, byte[] body)
      throws Exception {
    return server.send(
        server
            .as(user, path)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** The sign-off address of the article's claim. */
  static String signOffPath(JsonNode article, String claim) {
    return "api/articles/" + article.get("id").asLong() + "/claims/" + claim + "/sign-off";
  }

  HttpResponse<String> put(String user, String path, String etag, String json) throws Exception {
    return server.send(
        server
            .as(user, path)
            .header("Content-Type", "application/json")
            .header("If-Match", etag)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Saves a new article as {@code user}; fails unless it is created. */
  public JsonNode create(String user, String title, String html) throws Exception {
    return ok(post(user, "api/articles", article(title, html)), 201);
  }

  /** Saves a new revision as {@code user} on top of {@code current}; fails unless it is saved. */
  public JsonNode revise(String user, JsonNode current, String html) throws Exception {
    return ok(
        put(
            user,
            "api/articles/" + current.get("id").asLong(),
            "\"" + current.get("version").asLong() + "\"",
            article(current.get("title").asText(), html)));
  }

  /** Asks for review as {@code user}; fails unless it is accepted. */
  public JsonNode submit(String user, JsonNode article) throws Exception {
    return ok(post(user, "api/articles/" + article.get("id").asLong() + "/submit", ""));
  }

  JsonNode ok(HttpResponse<String> response) throws Exception {
    return ok(response, 200);
  }

  /** The response's JSON body; fails unless the response has {@code status}. */
  public static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.request().uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return JSON.readTree(response.body());
  }

  HttpResponse<String> signOff(
      String user, JsonNode article, String claim, String decision, String note, String url)
      throws Exception {
    ObjectNode body =
        JSON.createObjectNode().put("decision", decision).put("note", note).put("evidenceUrl", url);
    return post(
        user,
        "api/articles/" + article.get("id").asLong() + "/claims/" + claim + "/sign-off",
        body.toString());
  }

  /**
   * Approves every claim of {@code article} (SUBMITTED) as {@code chief} with {@code note}; the
   * article after the last sign-off.
   */
  JsonNode approveAll(String chief, JsonNode article, String note) throws Exception {
    JsonNode current = article;
    for (JsonNode claim : article.get("claims")) {
      current = ok(signOff(chief, current, claim.get("id").asText(), "APPROVE", note, null));
    }
    return current;
  }

  static String article(String title, String html) {
    return JSON.createObjectNode().put("title", title).put("html", html).toString();
  }

  /**
   * The problem+json body of a refused request; fails unless the status matches, the body is a
   * problem with title and detail, and no stack trace leaked.
   */
  public static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertFalse(
        response.body().contains("Exception") || response.body().contains("\tat "),
        response.body());
    JsonNode problem = JSON.readTree(response.body());
    assertEquals(status, problem.get("status").asInt());
    assertFalse(problem.get("title").asText().isBlank());
    assertFalse(problem.get("detail").asText().isBlank());
    return problem;
  }

  /**
   * Signs in for a browser session ({@code POST /api/session}), with the UI's X-Requested-With
   * header when {@code fromUi}.
   */
  public static HttpResponse<String> signIn(
      PayaraServer.Running server, String user, String password, boolean fromUi) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("api/session"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.createObjectNode()
                        .put("user", user)
                        .put("password", password)
                        .toString()));
    if (fromUi) {
      request.header("X-Requested-With", "attest");
    }
    return server.send(request.build());
  }

  /** The {@code Cookie} header value ("JSESSIONID=…") for the session a sign-in started. */
  public static String sessionCookie(HttpResponse<String> signIn) {
    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + signIn.headers()));
    return cookie.substring(0, cookie.indexOf(';'));
  }

  /** A request to {@code path} in a browser session, as attest's own pages send it. */
  public static HttpRequest.Builder inSession(
      PayaraServer.Running server, String session, String path) {
    return HttpRequest.newBuilder(server.uri(path))
        .header("Cookie", session)
        .header("X-Requested-With", "attest");
  }

  /**
   * Creates a user as the admin, with {@link PayaraServer.Running#TEST_PASSWORD}; fails unless the
   * server answers 201.
   *
   * @param displayName the name in their bylines, or null
   */
  public static void createUser(
      PayaraServer.Running server, String name, String displayName, String... roles)
      throws Exception {
    ObjectNode user =
        JSON.createObjectNode()
            .put("name", name)
            .put("password", PayaraServer.Running.TEST_PASSWORD)
            .put("displayName", displayName);
    java.util.Arrays.stream(roles).forEach(user.putArray("roles")::add);
    HttpResponse<String> created =
        server.send(
            server
                .as("admin", "api/admin/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString()))
                .build());
    assertEquals(201, created.statusCode(), created.body());
  }

  /** {@code PUT path} with a JSON body, as {@code caller} (with the test password). */
  public static HttpResponse<String> putJson(
      PayaraServer.Running server, String caller, String path, String json) throws Exception {
    return server.send(
        server
            .as(caller, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** The user as the admin's list shows them; fails when there is none of that name. */
  public static JsonNode listedUser(PayaraServer.Running server, String name) throws Exception {
    for (JsonNode user : ok(server.send(server.as("admin", "api/admin/users").build()), 200)) {
      if (user.get("name").asText().equals(name)) {
        return user;
      }
    }
    throw new AssertionError("no user " + name);
  }
}
