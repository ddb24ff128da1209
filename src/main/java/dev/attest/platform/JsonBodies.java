package dev.attest.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;

/** Reading JSON request bodies with errors that say what was wrong and how a valid body looks. */
public final class JsonBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonBodies() {}

  /**
   * The body as a JSON object, or a 400 problem that says where it broke and shows {@code example}.
   */
  public static JsonNode object(byte[] body, String example) {
    try {
      JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
      if (node == null || !node.isObject()) {
        throw new ProblemException(
            Problem.of(
                400,
                "invalid-json",
                "Invalid JSON",
                "The body must be a JSON object such as " + example + "."));
      }
      return node;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-json",
              "Invalid JSON",
              "The body is not valid JSON"
                  + (at == null
                      ? ""
                      : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                  + ": "
                  + e.getOriginalMessage()
                  + ". Expected "
                  + example
                  + "."));
    }
  }

  public static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** The boolean {@code field}, or a 400 problem that shows {@code example}. */
  public static boolean bool(JsonNode json, String field, String example) {
    JsonNode value = json.get(field);
    if (value == null || !value.isBoolean()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "\"" + field + "\" must be true or false",
              "Send " + example + "."));
    }
    return value.booleanValue();
  }

  public static ArrayNode array() {
    return JSON.createArrayNode();
  }
}
