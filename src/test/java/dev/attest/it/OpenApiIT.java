package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document ({@code /openapi} as JSON) against the server that serves it: every
 * operation has a summary, a success, the errors that every operation of its kind can get, each as
 * {@code application/problem+json} with the Problem schema; and what each operation answers to
 * requests without credentials and from each demo user is documented.
 */
class OpenApiIT extends OnTheServer {
  private static final String PROBLEM = "application/problem+json";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final List<String> USERS = List.of("editor", "chief", "auditor", "admin");

  /** The operations the README's contract 2 lists, beside the UI's and the session's. */
  private static final Set<String> CONTRACT =
      Set.of(
          "POST /api/check",
          "POST /api/articles",
          "GET /api/articles",
          "GET /api/articles/{id}",
          "PUT /api/articles/{id}",
          "GET /api/articles/{id}/revisions",
          "GET /api/articles/{id}/revisions/{number}",
          "POST /api/articles/{id}/submit",
          "GET /api/review/queue",
          "POST /api/articles/{id}/claims/{claimId}/sign-off",
          "POST /api/articles/{id}/publish",
          "GET /api/articles/{id}/published",
          "GET /api/audit/verify",
          "GET /api/audit/events",
          "GET /api/reports/compliance",
          "POST /api/articles/import",
          "GET /api/admin/users",
          "POST /api/admin/users",
          "PUT /api/admin/users/{name}/roles",
          "PUT /api/admin/users/{name}/enabled",
          "PUT /api/admin/users/{name}/password",
          "PUT /api/me/password",
          "GET /api/disclosure-templates",
          "POST /api/session",
          "DELETE /api/session",
          "GET /api/me");

  private static JsonNode document;

  /** "METHOD /path" to the operation, for every operation of the document. */
  private static final Map<String, JsonNode> OPERATIONS = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws Exception {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri("openapi"))
                .header("Accept", "application/json")
                .GET()
                .build());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    document = Api.JSON.readTree(response.body());
    Files.writeString(Path.of("target", "openapi.json"), response.body()); // to read after a run
    OPERATIONS.clear();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (Set.of("get", "put", "post", "delete", "patch", "head", "options")
            .contains(method.getKey())) {
          OPERATIONS.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
        }
      }
    }
  }

  @Test
  void everyEndpointIsDocumented() {
    Set<String> missing = new TreeSet<>(CONTRACT);
    missing.removeAll(OPERATIONS.keySet());
    assertTrue(missing.isEmpty(), () -> "not in /openapi: " + missing);
  }

  @Test
  void everyOperationHasASummaryASuccessAndItsCommonErrorsAsProblems() {
    List<String> wrong = new ArrayList<>();
    OPERATIONS.forEach(
        (operation, op) -> {
          JsonNode responses = op.path("responses");
          if (op.path("summary").asText().isBlank()) {
            wrong.add(operation + ": no summary");
          }
          if (codes(responses).stream().noneMatch(code -> code.startsWith("2"))) {
            wrong.add(operation + ": no success response");
          }
          List<String> needed = new ArrayList<>(List.of("400", "500"));
          if (!isPublic(op)) {
            needed.add("401");
          }
          if (op.has("requestBody")) {
            needed.addAll(List.of("413", "415"));
          }
          if (operation.contains("{")) {
            needed.add("404"); // an id that is none, or an unknown one
          }
          for (String code : needed) {
            if (!responses.has(code)) {
              wrong.add(operation + ": no " + code);
            }
          }
          for (String code : codes(responses)) {
            JsonNode response = responses.get(code);
            if (response.path("description").asText().isBlank()) {
              wrong.add(operation + " " + code + ": no description");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
              JsonNode schema = response.path("content").path(PROBLEM).path("schema");
              if (!PROBLEM_REF.equals(schema.path("$ref").asText())) {
                wrong.add(operation + " " + code + ": not " + PROBLEM + " with " + PROBLEM_REF);
              }
              if (response.path("content").size() != 1) {
                wrong.add(operation + " " + code + ": content other than " + PROBLEM);
              }
            }
          }
        });
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void theProblemSchemaIsRfc9457WithViolations() {
    JsonNode problem = document.at("/components/schemas/Problem");
    assertEquals("object", problem.path("type").asText(), problem.toString());
    for (String member : List.of("type", "title", "status", "detail", "violations")) {
      assertTrue(problem.path("properties").has(member), () -> member + " in " + problem);
    }
    assertEquals("integer", problem.at("/properties/status/type").asText());
    Set<String> required = new TreeSet<>();
    problem.path("required").forEach(name -> required.add(name.asText()));
    assertEquals(Set.of("type", "title", "status", "detail"), required);
    JsonNode violation = problem.at("/properties/violations/items/properties");
    for (String member : List.of("code", "message", "hint")) {
      assertTrue(violation.has(member), () -> member + " in " + problem);
    }
  }

  @Test
  void onlySignInAndSignOutArePublic() {
    Set<String> open = new TreeSet<>();
    OPERATIONS.forEach(
        (operation, op) -> {
          if (isPublic(op)) {
            open.add(operation);
          }
        });
    assertEquals(Set.of("DELETE /api/session", "POST /api/session"), open);
    // who am I: no role needed, but a caller is
    assertEquals("[{\"basic\":[]}]", OPERATIONS.get("GET /api/me").path("security").toString());
    assertEquals("basic", document.at("/components/securitySchemes/basic/scheme").asText());
  }

  @Test
  void operationsListTheirOwnErrors() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("PUT /api/articles/{id}", List.of("403", "404", "412", "422", "428"));
    expected.put("POST /api/articles", List.of("403", "422"));
    expected.put("POST /api/articles/{id}/claims/{claimId}/sign-off", List.of("403", "409"));
    expected.put("POST /api/articles/{id}/publish", List.of("403", "409", "422"));
    expected.put("GET /api/reports/compliance", List.of("400", "403", "406"));
    expected.put("GET /api/review/queue", List.of("401", "403"));
    expected.put("GET /api/articles/{id}/revisions", List.of("401", "404"));
    expected.put("GET /api/disclosure-templates", List.of("401", "403"));
    expected.put("PUT /api/admin/users/{name}/enabled", List.of("403", "404", "409"));
    expected.put("PUT /api/me/password", List.of("403", "429"));
    expected.put("POST /api/session", List.of("401", "403", "429"));
    expected.put("POST /api/check", List.of("403", "413", "415", "422"));
    List<String> wrong = new ArrayList<>();
    expected.forEach(
        (operation, codes) -> {
          JsonNode responses = OPERATIONS.getOrDefault(operation, Api.JSON.nullNode());
          for (String code : codes) {
            if (!responses.path("responses").has(code)) {
              wrong.add(operation + ": no " + code);
            }
          }
        });
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    String lang = OPERATIONS.get("POST /api/check").path("parameters").toString();
    assertTrue(
        lang.contains("\"name\":\"lang\"") && lang.contains("\"in\":\"query\""),
        "POST /api/check documents ?lang for JSON and HTML alike: " + lang);
    String check = OPERATIONS.get("POST /api/check").at("/requestBody/content").toString();
    assertTrue(
        check.contains("application/json") && check.contains("text/html"),
        "POST /api/check takes JSON and HTML: " + check);
  }

  /**
   * Asks every operation without credentials and as each demo user, with ids that name nothing and
   * empty bodies (so nothing changes): each error it answers is documented, is problem+json, an
   * operation that is not public answers 401 without credentials, and a public one does not.
   */
  @Test
  void whatEachOperationAnswersIsDocumented() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : OPERATIONS.entrySet()) {
      String operation = entry.getKey();
      JsonNode op = entry.getValue();
      Map<String, Integer> answers = new LinkedHashMap<>();
      answers.put("nobody", check(wrong, operation, op, null));
      for (String user : USERS) {
        answers.put(user, check(wrong, operation, op, user));
      }
      if (!isPublic(op) && answers.get("nobody") != 401) {
        wrong.add(operation + ": without credentials " + answers.get("nobody") + ", not 401");
      }
      if (isPublic(op) && answers.get("nobody") == 401) {
        wrong.add(operation + ": documented as public, but 401 without credentials");
      }
    }
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  /** Sends {@code operation} as {@code user} (null: without credentials); returns the status. */
  private static int check(List<String> wrong, String operation, JsonNode op, String user)
      throws Exception {
    String method = operation.substring(0, operation.indexOf(' '));
    String path =
        operation
            .substring(operation.indexOf(' ') + 2)
            .replace("{id}", "999999999")
            .replace("{number}", "1")
            .replace("{claimId}", "no-such-claim")
            .replace("{name}", "no-such-user");
    HttpRequest.Builder request =
        user == null ? HttpRequest.newBuilder(server.uri(path)) : server.as(user, path);
    Iterator<String> types = op.path("requestBody").path("content").fieldNames();
    if (types.hasNext()) {
      String type = types.next();
      request
          .header("Content-Type", type)
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  type.contains("json") ? "{}" : "<p>x</p>", StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = server.send(request.build());
    int status = response.statusCode();
    String who = operation + " as " + (user == null ? "nobody" : user) + ": " + status;
    if (status >= 400) {
      if (!op.path("responses").has(String.valueOf(status))) {
        wrong.add(who + " is not documented: " + response.body());
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith(PROBLEM)) {
        wrong.add(who + " is " + type + ", not " + PROBLEM);
      }
    }
    return status;
  }

  /**
   * Public: the operation's own security, none or only the empty requirement ({@code [{}]}),
   * overrides the document's Basic.
   */
  private static boolean isPublic(JsonNode op) {
    if (!op.has("security")) {
      return false;
    }
    for (JsonNode requirement : op.get("security")) {
      if (!requirement.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> codes(JsonNode responses) {
    List<String> codes = new ArrayList<>();
    responses.fieldNames().forEachRemaining(codes::add);
    return codes;
  }
}
