package dev.attest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as clients really send them, on a real Payara Micro (H2 and PostgreSQL): in the
 * charset they declare, with a byte-order mark, with something after the JSON, with a field twice,
 * with fields of the wrong JSON type, with NUL characters. Each is read right or refused with a 400
 * (415 for an unknown charset) that names what was wrong; nothing is stored garbled and nothing is
 * a 500.
 */
class RequestBodiesIT extends OnTheServer {
  static final String HTML =
      "<html lang=\"en\"><body><p>By Anna Müller</p>"
          + "<p>Reportedly 300 people came to the Brücke.</p>"
          + "<p>The council met on Monday.</p>"
          + "<p>No AI was used to write this article.</p></body></html>";

  @Test
  void jsonInTheDeclaredCharsetIsStoredAsWritten() throws Exception {
    for (String charset : List.of("ISO-8859-1", "windows-1252", "UTF-16LE")) {
      JsonNode created =
          Api.ok(
              api.post(
                  "editor",
                  "api/articles",
                  "application/json; charset=" + charset,
                  Api.article("Brücke " + charset, HTML).getBytes(Charset.forName(charset))),
              201);
      assertEquals("Brücke " + charset, created.get("title").asText());
      assertEquals("Anna Müller", created.at("/author/name").asText(), charset);
      JsonNode stored =
          api.json("editor", "api/articles/" + created.get("id").asLong() + "/revisions/1");
      assertEquals(HTML, stored.get("html").asText(), "stored as sent");
    }
  }

  @Test
  void bytesNotInTheirCharsetOrAnUnknownCharsetAreRefused() throws Exception {
    byte[] latin1 = Api.article("Brücke", HTML).getBytes(StandardCharsets.ISO_8859_1);
    JsonNode undeclared =
        Api.problem(api.post("editor", "api/articles", "application/json", latin1), 400);
    assertEquals("/problems/invalid-encoding", undeclared.get("type").asText());
    assertTrue(undeclared.get("detail").asText().contains("charset=ISO-8859-1"));
    JsonNode unknown =
        Api.problem(
            api.post("editor", "api/articles", "application/json; charset=klingon", latin1), 415);
    assertEquals("/problems/unsupported-charset", unknown.get("type").asText());
    assertTrue(unknown.get("detail").asText().contains("UTF-8"), unknown.toString());
    Api.problem(api.post("editor", "api/check", "text/html; charset=klingon", latin1), 415);
  }

  @Test
  void htmlInTheDeclaredCharsetIsAnalysedAsWrittenAndTheHeaderWinsOverMeta() throws Exception {
    String html = HTML.replace("<body>", "<head><meta charset=\"iso-8859-1\"></head><body>");
    for (String charset : List.of("UTF-16LE", "UTF-8", "windows-1252")) {
      JsonNode analysis =
          Api.ok(
              api.post(
                  "editor",
                  "api/check",
                  "text/html; charset=" + charset,
                  html.getBytes(Charset.forName(charset))),
              200);
      assertEquals("Anna Müller", analysis.at("/author/name").asText(), charset);
      assertEquals(0, analysis.get("violations").size(), charset + ": " + analysis);
    }
    JsonNode meta =
        Api.ok(
            api.post(
                "editor", "api/check", "text/html", html.getBytes(StandardCharsets.ISO_8859_1)),
            200);
    assertEquals(
        "Anna Müller", meta.at("/author/name").asText(), "without a header charset, <meta> counts");
  }

  @Test
  void aByteOrderMarkBeforeJsonIsSkipped() throws Exception {
    byte[] json = ("\uFEFF" + Api.article("Mit BOM", HTML)).getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "Mit BOM",
        Api.ok(api.post("editor", "api/articles", "application/json", json), 201)
            .get("title")
            .asText());
  }

  @Test
  void trailingDataAndFieldsTwiceAreInvalidJson() throws Exception {
    String article = Api.article("Eins", HTML);
    for (String body :
        List.of(
            article.substring(0, article.length() - 1) + "} ,\"title\": \"x\"}",
            article + article,
            "{\"title\": \"a\", \"html\": \"<p>x</p>\", \"title\": \"b\"}")) {
      JsonNode problem = Api.problem(api.post("editor", "api/articles", body), 400);
      assertEquals("/problems/invalid-json", problem.get("type").asText());
      assertTrue(problem.get("detail").asText().contains("(line 1, column "), problem.toString());
    }
  }

  @Test
  void fieldsOfTheWrongTypeAreNamedWithTheTypeExpected() throws Exception {
    assertWrongType(
        api.post(
            "editor",
            "api/articles",
            "{\"title\": \"x\", \"html\": \"<p>x</p>\", \"language\": 5}"),
        "\"language\" must be a string");
    assertWrongType(
        api.post(
            "admin",
            "api/admin/users",
            "{\"name\": 123, \"password\": \"a-long-password\", \"roles\": [\"EDITOR\"]}"),
        "\"name\" must be a string");
    assertWrongType(
        api.post(
            "admin",
            "api/admin/users",
            "{\"name\": \"typed\", \"password\": 123456789012345, \"roles\": [\"EDITOR\"]}"),
        "\"password\" must be a string");
    assertWrongType(
        api.post(
            "admin",
            "api/admin/users",
            "{\"name\": \"typed\", \"password\": \"a-long-password\", \"roles\": \"EDITOR\"}"),
        "\"roles\" must be a list of strings");
    assertWrongType(
        Api.putJson(server, "admin", "api/admin/users/editor/password", "{\"password\": 1234}"),
        "\"password\" must be a string");
    assertTrue(
        api.json("admin", "api/admin/users").findValuesAsText("name").stream()
            .noneMatch(name -> name.equals("typed") || name.equals("123")),
        "nothing created");

    JsonNode submitted = api.submit("editor", api.create("editor", "Typen", HTML));
    String signOff = Api.signOffPath(submitted, submitted.at("/claims/0/id").asText());
    for (String[] bad :
        List.of(
            new String[] {
              "{\"decision\": \"APPROVE\", \"note\": \"ok\", \"revision\": 1.5}", "revision"
            },
            new String[] {
              "{\"decision\": \"APPROVE\", \"note\": \"ok\", \"revision\": -1}", "revision"
            },
            new String[] {
              "{\"decision\": \"APPROVE\", \"note\": \"ok\", \"revision\": \"1\"}", "revision"
            },
            new String[] {"{\"decision\": 1, \"note\": \"ok\"}", "decision"},
            new String[] {"{\"decision\": \"APPROVE\", \"note\": 5}", "note"})) {
      JsonNode problem = Api.problem(api.post("chief", signOff, bad[0]), 400);
      assertTrue(
          problem.get("detail").asText().startsWith("\"" + bad[1] + "\" must be"),
          bad[0] + ": " + problem);
    }
    Api.ok(
        api.post(
            "chief", signOff, "{\"decision\": \"APPROVE\", \"note\": \"ok\", \"revision\": 1}"),
        200);
  }

  @Test
  void checkRefusesTheLanguagesArticlesRefuse() throws Exception {
    for (String language : List.of("klingon", "\u0000\u00ff")) {
      String json =
          Api.JSON.createObjectNode().put("html", HTML).put("language", language).toString();
      Api.problem(api.post("editor", "api/check", json), 400);
      Api.problem(
          api.post(
              "editor",
              "api/articles",
              Api.JSON
                  .createObjectNode()
                  .put("title", "t")
                  .put("html", HTML)
                  .put("language", language)
                  .toString()),
          400);
    }
    JsonNode lang =
        Api.problem(
            api.post(
                "editor",
                "api/check?lang=%00%ff",
                "text/html",
                HTML.getBytes(StandardCharsets.UTF_8)),
            400);
    assertTrue(lang.get("detail").asText().startsWith("lang is a language tag"), lang.toString());
    Api.problem(
        api.post(
            "editor", "api/check?lang=klingon", "text/html", HTML.getBytes(StandardCharsets.UTF_8)),
        400);
  }

  @Test
  void nulCharactersAreRefusedOnEveryDatabase() throws Exception {
    JsonNode title =
        Api.problem(api.post("editor", "api/articles", Api.article("a\u0000b", HTML)), 400);
    assertTrue(title.get("detail").asText().contains("U+0000"), title.toString());
    Api.problem(
        api.post(
            "editor", "api/articles", Api.article("t", HTML.replace("Monday", "Mon\u0000day"))),
        400);
    JsonNode article = api.create("editor", "NUL", HTML);
    Api.problem(
        api.put(
            "editor",
            "api/articles/" + article.get("id").asLong(),
            "\"" + article.get("version").asLong() + "\"",
            Api.article("t\u0000", HTML)),
        400);
    JsonNode submitted = api.submit("editor", article);
    Api.problem(
        api.post(
            "chief",
            Api.signOffPath(submitted, submitted.at("/claims/0/id").asText()),
            "{\"decision\": \"REJECT\", \"note\": \"no\\u0000\"}"),
        400);
    Api.problem(
        api.post(
            "admin",
            "api/admin/users",
            "{\"name\": \"nul\", \"password\": \"a-long-password\", \"displayName\": \"N\\u0000\", \"roles\": [\"EDITOR\"]}"),
        400);
    Api.problem(
        api.post(
            "editor",
            "api/check",
            "text/html; charset=UTF-8",
            "<p>a\u0000b</p>".getBytes(StandardCharsets.UTF_8)),
        422);
  }

  private static void assertWrongType(HttpResponse<String> response, String start)
      throws Exception {
    JsonNode problem = Api.problem(response, 400);
    assertEquals("/problems/invalid-field", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().startsWith(start), problem.toString());
  }
}
