package dev.attest.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading JSON request bodies with errors that say what was wrong and how a valid body looks. A
 * body is one JSON object: nothing may follow it, and no field may occur twice in an object (which
 * of two values counts would be a guess). Fields are read here only, by their JSON type: a field of
 * another type is a 400 that names the field and the type expected, never a value coerced or
 * silently ignored.
 */
public final class JsonBodies {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonBodies() {}

  /**
   * The body as a JSON object, decoded by its declared charset (see {@link RequestBody#text()}), or
   * a 400 problem that says where it broke and shows {@code example}.
   */
  public static JsonNode object(RequestBody body, String example) {
    return object(body.text(), example);
  }

  /** {@code text} as a JSON object, or a 400 problem that says where it broke. */
  static JsonNode object(String text, String example) {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null || !node.isObject()) {
        throw new ProblemException(
            Problem.of(
                400,
                "invalid-json",
                "Invalid JSON",
                "The body must be a JSON object such as " + example + "."));
      }
      JsonLocation end = parser.currentLocation();
      try {
        if (parser.nextToken() != null) {
          end = parser.currentTokenLocation();
        } else {
          return node;
        }
      } catch (JsonProcessingException afterTheObject) {
        end = afterTheObject.getLocation();
      }
      throw invalid(
          end,
          "more follows the end of the JSON object; send one object and nothing after its closing"
              + " brace",
          example);
    } catch (JsonProcessingException e) {
      throw invalid(e.getLocation(), e.getOriginalMessage(), example);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a String does not fail to read
    }
  }

  private static ProblemException invalid(JsonLocation at, String what, String example) {
    return new ProblemException(
        Problem.of(
            400,
            "invalid-json",
            "Invalid JSON",
            "The body is not valid JSON"
                + (at == null
                    ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                + ": "
                + what
                + ". Expected "
                + example
                + "."));
  }

  /**
   * The string {@code field}, or null when it is absent or JSON null; a 400 problem when it is
   * another type or holds a NUL character (U+0000, which PostgreSQL cannot store and no text
   * needs).
   */
  public static String string(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongType(field, "a string", value);
    }
    return withoutNul(field, value.textValue());
  }

  /**
   * The whole number {@code field} from {@code min} to {@code max}, or null when it is absent or
   * JSON null; a 400 problem for another type, a fraction or a number out of range.
   */
  public static Integer integer(JsonNode json, String field, int min, int max) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()
        || !value.canConvertToInt()
        || value.intValue() < min
        || value.intValue() > max) {
      throw wrongType(
          field,
          "a whole number from "
              + min
              + (max == Integer.MAX_VALUE ? " on" : " to " + max)
              + " (no quotes, no fraction)",
          value);
    }
    return value.intValue();
  }

  /**
   * The list of strings {@code field}, or null when it is absent or JSON null; a 400 problem when
   * it is not an array of strings.
   */
  public static List<String> strings(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String expected = "a list of strings such as [\"EDITOR\"]";
    if (!value.isArray()) {
      throw wrongType(field, expected, value);
    }
    List<String> strings = new ArrayList<>(value.size());
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw wrongType(field, expected, item);
      }
      strings.add(withoutNul(field, item.textValue()));
    }
    return strings;
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

  private static String withoutNul(String field, String text) {
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-field",
              "\"" + field + "\" contains a NUL character",
              "\""
                  + field
                  + "\" has the character U+0000 (NUL, \\u0000) at position "
                  + nul
                  + "; text in attest cannot hold it (no article or name needs it). Remove it and"
                  + " send again."));
    }
    return text;
  }

  private static ProblemException wrongType(String field, String expected, JsonNode value) {
    return new ProblemException(
        Problem.of(
            400,
            "invalid-field",
            "Wrong type for \"" + field + "\"",
            "\"" + field + "\" must be " + expected + "; it is " + describe(value) + "."));
  }

  private static String describe(JsonNode value) {
    String json = value.toString();
    String shown = json.length() > 40 ? json.substring(0, 40) + "…" : json;
    return switch (value.getNodeType()) {
      case STRING -> "a string (" + shown + ")";
      case NUMBER -> (value.isIntegralNumber() ? "the number " : "the fraction ") + shown;
      case BOOLEAN -> "the boolean " + shown;
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> shown;
    };
  }
}
