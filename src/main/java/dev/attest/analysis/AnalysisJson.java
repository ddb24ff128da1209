package dev.attest.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The stable JSON form of an {@link Analysis} (contract 1 of the architecture: the CLI's JSON Lines
 * and the HTTP API's check result share it). Field names and meanings never change; new fields may
 * be added.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  /** A claim's reasons as a JSON array: rule, kind, cue, start, end, message each. */
  public static ArrayNode reasons(List<Reason> reasons) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Reason r : reasons) {
      array
          .addObject()
          .put("rule", r.rule())
          .put("kind", r.kind().name())
          .put("cue", r.cue())
          .put("start", r.start())
          .put("end", r.end())
          .put("message", r.message());
    }
    return array;
  }

  /** The analysis as a JSON object; {@code source} is put first when not null. */
  public static ObjectNode toJson(Analysis analysis, String source) {
    ObjectNode json = MAPPER.createObjectNode();
    if (source != null) {
      json.put("source", source);
    }
    json.put("language", analysis.language());
    json.put("rulesVersion", analysis.rulesVersion());
    Disclosure d = analysis.disclosure();
    ObjectNode disclosure = json.putObject("disclosure");
    disclosure.put("present", d.present());
    disclosure.put("text", d.text());
    disclosure.put("aiUse", d.aiUse() == null ? null : d.aiUse().name());
    disclosure.put("metadataOnly", d.metadataOnly());
    if (analysis.author() == null) {
      json.putNull("author");
    } else {
      json.putObject("author")
          .put("name", analysis.author().name())
          .put("foundIn", analysis.author().foundIn().name());
    }
    ArrayNode claims = json.putArray("claims");
    for (Claim c : analysis.claims()) {
      ObjectNode claim =
          claims
              .addObject()
              .put("id", c.id())
              .put("text", c.text())
              .put("start", c.start())
              .put("end", c.end());
      claim.set("reasons", reasons(c.reasons()));
    }
    ArrayNode violations = json.putArray("violations");
    for (Violation v : analysis.violations()) {
      violations
          .addObject()
          .put("code", v.code())
          .put("message", v.message())
          .put("hint", v.hint());
    }
    return json;
  }

  /** A per-file error line: {@code {"source": …, "error": …}}. */
  public static ObjectNode error(String source, String message) {
    return MAPPER.createObjectNode().put("source", source).put("error", message);
  }
}
