package dev.attest.it.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.it.PayaraServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the browser tests prepare or check through the HTTP API (HTTP Basic as a demo user). */
record Newsroom(PayaraServer.Running server) {
  static final ObjectMapper JSON = new ObjectMapper();

  static String seed() throws Exception {
    return Files.readString(Path.of("src/test/resources/seed/seed-article.html"));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return server.send(server.as(user, path).build());
  }

  JsonNode json(String user, String path) throws Exception {
    return ok(get(user, path), 200);
  }

  HttpResponse<String> post(String user, String path, String json) throws Exception {
    return server.send(server.as(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  JsonNode create(String user, String title, String html) throws Exception {
    return ok(post(user, "api/articles", JSON.createObjectNode().put("title", title).put("html", html).toString()), 201);
  }

  JsonNode save(String user, JsonNode current, String html) throws Exception {
    return ok(server.send(server.as(user, "api/articles/" + current.get("id").asLong()).header("Content-Type", "application/json")
        .header("If-Match", "\"" + current.get("version").asLong() + "\"")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("title", current.get("title").asText()).put("html", html).toString()))
        .build()), 200);
  }

  JsonNode submit(String user, JsonNode article) throws Exception {
    return ok(post(user, "api/articles/" + article.get("id").asLong() + "/submit", ""), 200);
  }


  static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
    if (response.statusCode() != status) {
      throw new AssertionError(response.request().method() + " " + response.request().uri() + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
