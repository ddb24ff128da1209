package dev.attest.articles.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Claim;
import dev.attest.articles.entity.Revision;

/** The JSON of contract 2: an article with its current revision's disclosure, author and claims; revisions. */
final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  static ObjectNode article(Article article) {
    Revision current = article.currentRevision();
    ObjectNode json = JSON.createObjectNode();
    json.put("id", article.id()).put("version", article.version()).put("title", article.title())
        .put("language", article.language()).put("state", article.state().name());
    if (current.authorName() == null) {
      json.putNull("author");
    } else {
      json.putObject("author").put("name", current.authorName()).put("foundIn", current.authorFoundIn());
    }
    json.putObject("disclosure").put("present", current.aiUse() != null).put("text", current.disclosureText())
        .put("aiUse", current.aiUse()).put("metadataOnly", false);
    json.putArray("violations");
    ArrayNode claims = json.putArray("claims");
    for (Claim claim : current.claims()) {
      ObjectNode node = claims.addObject().put("id", claim.fingerprint()).put("text", claim.text())
          .put("start", claim.startOffset()).put("end", claim.endOffset());
      node.set("reasons", parse(claim.reasonsJson()));
      node.put("status", claim.status().name()).putNull("signOff");
    }
    json.set("revision", revision(current));
    return json;
  }

  static ObjectNode revision(Revision revision) {
    return JSON.createObjectNode().put("number", revision.number()).put("title", revision.title())
        .put("contentHash", revision.contentHash()).put("savedBy", revision.savedBy())
        .put("savedAt", revision.savedAt().toString()).put("language", revision.language())
        .put("aiUse", revision.aiUse()).put("author", revision.authorName())
        .put("rulesVersion", revision.rulesVersion()).put("claims", revision.claims().size());
  }

  static String write(Object node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
