package dev.attest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Request bodies as JSON: one object and nothing else, no field twice, decoded by the declared
 * charset, and every field read by its type.
 */
class JsonBodiesTest {
  private static final String EXAMPLE = "{\"title\": \"…\"}";

  @Test
  void trailingDataAfterTheObjectIsRefusedWithWhereItBegins() {
    Problem trailing =
        refused(400, () -> JsonBodies.object("{\"title\": \"a\"} ,\"title\": \"x\"}", EXAMPLE));
    assertEquals("/problems/invalid-json", trailing.type());
    assertTrue(trailing.detail().contains("line 1, column 16"), trailing.detail());
    assertTrue(trailing.detail().contains("more follows the end"), trailing.detail());
    Problem twoObjects =
        refused(400, () -> JsonBodies.object("{\"title\": \"a\"}\n{\"title\": \"b\"}", EXAMPLE));
    assertTrue(twoObjects.detail().contains("line 2"), twoObjects.detail());
    assertEquals("a", JsonBodies.object("{\"title\": \"a\"} \n\t", EXAMPLE).get("title").asText());
  }

  @Test
  void aFieldTwiceIsRefused() {
    Problem duplicate =
        refused(400, () -> JsonBodies.object("{\"title\": \"a\", \"title\": \"b\"}", EXAMPLE));
    assertEquals("/problems/invalid-json", duplicate.type());
    assertTrue(duplicate.detail().contains("'title'"), duplicate.detail());
    refused(400, () -> JsonBodies.object("{\"a\": {\"b\": 1, \"b\": 2}}", EXAMPLE));
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] json = "\uFEFF{\"title\": \"Brücke\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("Brücke", title(new RequestBody(json, json())));
    byte[] utf16 = "\uFEFF{\"title\": \"Brücke\"}".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Brücke", title(new RequestBody(utf16, json())), "a UTF-16 byte-order mark");
  }

  @Test
  void theDeclaredCharsetDecodesTheBody() {
    for (String charset : List.of("ISO-8859-1", "windows-1252", "UTF-16LE", "utf-8")) {
      byte[] json = "{\"title\": \"Von Anna Müller, Brücke\"}".getBytes(charsetOf(charset));
      assertEquals("Von Anna Müller, Brücke", title(new RequestBody(json, json(charset))), charset);
    }
  }

  @Test
  void anUnknownCharsetIsAnUnsupportedMediaTypeThatNamesTheUsualOnes() {
    for (String charset : List.of("klingon", "\"", "utf 8")) {
      Problem problem =
          refused(415, () -> new RequestBody(new byte[] {'{', '}'}, json(charset)).text());
      assertEquals("/problems/unsupported-charset", problem.type());
      assertTrue(problem.detail().contains("UTF-8"), problem.detail());
    }
  }

  @Test
  void bytesThatAreNotUtf8WithoutACharsetAreRefusedNotReplaced() {
    byte[] latin1 = "{\"title\": \"Brücke\"}".getBytes(StandardCharsets.ISO_8859_1);
    Problem problem = refused(400, () -> new RequestBody(latin1, json()).text());
    assertEquals("/problems/invalid-encoding", problem.type());
    assertTrue(problem.detail().contains("charset=ISO-8859-1"), problem.detail());
  }

  @Test
  void stringsMustBeStringsWithoutNul() {
    JsonNode json =
        JsonBodies.object("{\"a\": \"x\", \"n\": 123, \"z\": null, \"nul\": \"a\\u0000b\"}", "");
    assertEquals("x", JsonBodies.string(json, "a"));
    assertNull(JsonBodies.string(json, "z"), "null is absent");
    assertNull(JsonBodies.string(json, "missing"));
    Problem number = refused(400, () -> JsonBodies.string(json, "n"));
    assertEquals("/problems/invalid-field", number.type());
    assertEquals("\"n\" must be a string; it is the number 123.", number.detail());
    Problem nul = refused(400, () -> JsonBodies.string(json, "nul"));
    assertTrue(nul.detail().contains("U+0000"), nul.detail());
    assertTrue(nul.detail().contains("position 1"), nul.detail());
  }

  @Test
  void integersMustBeWholeNumbersInRange() {
    JsonNode json =
        JsonBodies.object(
            "{\"ok\": 3, \"fraction\": 1.5, \"negative\": -1, \"text\": \"3\", \"big\": 2147483648}",
            "");
    assertEquals(3, JsonBodies.integer(json, "ok", 1, Integer.MAX_VALUE));
    assertNull(JsonBodies.integer(json, "missing", 1, Integer.MAX_VALUE));
    for (String bad : List.of("fraction", "negative", "text", "big")) {
      Problem problem = refused(400, () -> JsonBodies.integer(json, bad, 1, Integer.MAX_VALUE));
      assertTrue(
          problem.detail().startsWith("\"" + bad + "\" must be a whole number from 1 on"),
          problem.detail());
    }
    assertTrue(
        refused(400, () -> JsonBodies.integer(json, "fraction", 1, 10))
            .detail()
            .contains("it is the fraction 1.5"));
  }

  @Test
  void listsOfStringsHoldOnlyStrings() {
    JsonNode json =
        JsonBodies.object("{\"ok\": [\"EDITOR\"], \"one\": \"EDITOR\", \"mixed\": [\"A\", 1]}", "");
    assertEquals(List.of("EDITOR"), JsonBodies.strings(json, "ok"));
    assertNull(JsonBodies.strings(json, "missing"));
    assertTrue(refused(400, () -> JsonBodies.strings(json, "one")).detail().contains("a string"));
    assertTrue(
        refused(400, () -> JsonBodies.strings(json, "mixed")).detail().contains("the number 1"));
  }

  private static String title(RequestBody body) {
    return JsonBodies.string(JsonBodies.object(body, EXAMPLE), "title");
  }

  private static java.nio.charset.Charset charsetOf(String name) {
    return java.nio.charset.Charset.forName(name);
  }

  private static MediaType json() {
    return new MediaType("application", "json");
  }

  private static MediaType json(String charset) {
    return new MediaType("application", "json", Map.of("charset", charset));
  }

  private static Problem refused(int status, Executable call) {
    Problem problem = assertThrows(ProblemException.class, call).problem();
    assertEquals(status, problem.status(), problem.detail());
    return problem;
  }
}
