package dev.attest.audit.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** An event's payload as canonical JSON: keys sorted at every level, no whitespace. */
final class CanonicalJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private CanonicalJson() {}

  /** A text field of a stored payload, or null when it is missing or the payload is not JSON. */
  static String text(String payload, String field) {
    try {
      return JSON.readTree(payload).path(field).asText(null);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static String of(Map<String, ?> payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "an audit payload must be plain JSON values: " + e.getOriginalMessage(), e);
    }
  }
}
