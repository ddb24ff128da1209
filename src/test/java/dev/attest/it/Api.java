package dev.attest.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Requests to a running server as one of the demo users (or any user whose password is "demo"), for the ITs. */
record Api(PayaraServer.Running server) {
  static final ObjectMapper JSON = new ObjectMapper();

  static String seed() throws Exception {
    return Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return server.send(server.as(user, path).build());
  }

  HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return server.send(server.as(user, path).header("Accept", accept).build());
  }

  HttpResponse<String> post(String user, String path, String json) throws Exception {
    return server.send(server.as(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> put(String user, String path, String etag, String json) throws Exception {
    return server.send(server.as(user, path).header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Saves a new article as {@code user}; fails unless it is created. */
  JsonNode create(String user, String title, String html) throws Exception {
    HttpResponse<String> created = post(user, "api/articles", article(title, html));
    if (created.statusCode() != 201) {
      throw new AssertionError("create: " + created.statusCode() + " " + created.body());
    }
    return JSON.readTree(created.body());
  }

  /** Saves a new revision as {@code user} on top of {@code current}; fails unless it is saved. */
  JsonNode revise(String user, JsonNode current, String html) throws Exception {
    HttpResponse<String> saved = put(user, "api/articles/" + current.get("id").asLong(), "\"" + current.get("version").asLong() + "\"",
        article(current.get("title").asText(), html));
    if (saved.statusCode() != 200) {
      throw new AssertionError("save: " + saved.statusCode() + " " + saved.body());
    }
    return JSON.readTree(saved.body());
  }

  JsonNode ok(HttpResponse<String> response) throws Exception {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  HttpResponse<String> signOff(String user, JsonNode article, String claim, String decision, String note, String url) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("decision", decision).put("note", note).put("evidenceUrl", url);
    return post(user, "api/articles/" + article.get("id").asLong() + "/claims/" + claim + "/sign-off", body.toString());
  }

  static String article(String title, String html) {
    return JSON.createObjectNode().put("title", title).put("html", html).toString();
  }
}
