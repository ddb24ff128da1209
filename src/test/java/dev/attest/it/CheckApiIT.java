package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/check} on a real Payara Micro: the analysis over HTTP, and every error as
 * problem+json.
 */
@ExtendWith(PayaraServer.class)
class CheckApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void checksTheSeedArticleSentAsHtml(PayaraServer.Running server) throws Exception {
    byte[] seed = Files.readAllBytes(Path.of("src/test/resources/seed/seed-article.html"));
    HttpResponse<String> response = server.send(post(server, "api/check", "text/html", seed));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode analysis = JSON.readTree(response.body());
    assertEquals("de", analysis.get("language").asText());
    assertEquals("POSSIBLE", analysis.at("/disclosure/aiUse").asText());
    assertEquals("Kathrine Frich", analysis.at("/author/name").asText());
    assertTrue(analysis.get("claims").size() >= 9, response.body());
    assertFalse(analysis.has("source"));
  }

  @Test
  void checksJsonWithALanguageOverride(PayaraServer.Running server) throws Exception {
    String body =
        JSON.createObjectNode()
            .put("html", "<p>Reportedly 300 people came.</p><p>By Jane Doe</p>")
            .put("language", "en")
            .toString();
    HttpResponse<String> response =
        server.send(
            post(server, "api/check", "application/json", body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode analysis = JSON.readTree(response.body());
    assertEquals("Jane Doe", analysis.at("/author/name").asText());
    assertEquals("en.hedge.reportedly", analysis.at("/claims/0/reasons/0/rule").asText());
    assertEquals("MISSING_DISCLOSURE", analysis.at("/violations/0/code").asText());
  }

  @Test
  void jsonTakesItsLanguageFromTheQueryAsHtmlDoes(PayaraServer.Running server) throws Exception {
    byte[] body =
        JSON.createObjectNode()
            .put("html", "<p>Reportedly 300 people came.</p><p>By Jane Doe</p>")
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> detected =
        server.send(post(server, "api/check", "application/json", body));
    assertEquals("en", JSON.readTree(detected.body()).get("language").asText(), detected.body());
    HttpResponse<String> named =
        server.send(post(server, "api/check?lang=da", "application/json", body));
    assertEquals(200, named.statusCode(), named.body());
    assertEquals("da", JSON.readTree(named.body()).get("language").asText(), named.body());

    byte[] twoLanguages =
        JSON.createObjectNode()
            .put("html", "<p>Text.</p>")
            .put("language", "en")
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    JsonNode problem =
        Api.problem(
            server.send(post(server, "api/check?lang=de", "application/json", twoLanguages)), 400);
    assertEquals("/problems/invalid-request", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains("once"), problem.toString());
    for (String same : List.of("EN", "en-GB", "en_US")) {
      HttpResponse<String> once =
          server.send(post(server, "api/check?lang=" + same, "application/json", twoLanguages));
      assertEquals(200, once.statusCode(), same + ": " + once.body());
    }
  }

  @Test
  void malformedJsonIsABadRequestThatSaysWhere(PayaraServer.Running server) throws Exception {
    JsonNode problem =
        Api.problem(
            server.send(
                post(
                    server,
                    "api/check",
                    "application/json",
                    "{\"html\": ".getBytes(StandardCharsets.UTF_8))),
            400);
    assertEquals("/problems/invalid-json", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains("line 1"), problem.toString());
  }

  @Test
  void jsonWithoutHtmlIsABadRequest(PayaraServer.Running server) throws Exception {
    JsonNode problem =
        Api.problem(
            server.send(
                post(
                    server,
                    "api/check",
                    "application/json",
                    "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8))),
            400);
    assertTrue(problem.get("detail").asText().contains("\"html\""));
  }

  @Test
  void bodiesOverTheLimitAreRefusedWhetherDeclaredOrStreamed(PayaraServer.Running server)
      throws Exception {
    byte[] big = new byte[3 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    assertEquals(
        "/problems/payload-too-large",
        Api.problem(server.send(post(server, "api/check", "text/html", big)), 413)
            .get("type")
            .asText());
    HttpRequest chunked =
        server
            .as("editor", ("api/check"))
            .header("Content-Type", "text/html")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    Api.problem(server.send(chunked), 413);
  }

  @Test
  void binaryContentIsAnUnprocessableArticle(PayaraServer.Running server) throws Exception {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertEquals(
        "/problems/unreadable-article",
        Api.problem(server.send(post(server, "api/check", "text/html", binary)), 422)
            .get("type")
            .asText());
  }

  @Test
  void wrongMethodMediaTypeAndPathAreProblems(PayaraServer.Running server) throws Exception {
    Api.problem(server.send(server.as("editor", ("api/check")).GET().build()), 405);
    Api.problem(server.send(post(server, "api/check", "image/png", new byte[] {1, 2, 3})), 415);
    Api.problem(server.send(server.as("editor", ("api/nothing-here")).GET().build()), 404);
  }

  private static HttpRequest post(
      PayaraServer.Running server, String path, String type, byte[] body) {
    return server
        .as("editor", (path))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
