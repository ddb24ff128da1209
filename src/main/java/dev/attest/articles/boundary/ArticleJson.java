package dev.attest.articles.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Claim;
import dev.attest.articles.entity.Revision;
import dev.attest.articles.entity.SignOff;

/**
 * The JSON of contract 2: an article with its current revision's disclosure, author and claims;
 * revisions.
 */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  /**
   * The article as a whole: its current revision with HTML, claims and their sign-offs, and where
   * it stands.
   */
  public static ObjectNode article(Article article) {
    ObjectNode json = summary(article);
    Revision current = article.currentRevision();
    if (current.authorName() == null) {
      json.putNull("author");
    } else {
      json.putObject("author")
          .put("name", current.authorName())
          .put("foundIn", current.authorFoundIn());
    }
    json.putObject("disclosure")
        .put("present", current.aiUse() != null)
        .put("text", current.disclosureText())
        .put("aiUse", current.aiUse())
        .put("metadataOnly", false);
    json.putArray("violations");
    ArrayNode claims = json.putArray("claims");
    for (Claim claim : current.claims()) {
      claims.add(claim(claim));
    }
    json.set("revision", revision(current));
    json.put("html", current.html());
    return json;
  }

  /**
   * What lists show: id, version, title, language, state, author, open claims, submission and
   * publication.
   */
  public static ObjectNode summary(Article article) {
    return summary(article, article.currentRevision());
  }

  /** The summary of an article whose current revision was looked up already. */
  public static ObjectNode summary(Article article, Revision current) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", article.id())
        .put("version", article.version())
        .put("title", article.title())
        .put("language", article.language())
        .put("state", article.state().name())
        .put("claims", current.claims().size())
        .put("openClaims", current.openClaims())
        .put("createdBy", article.createdBy())
        .put("savedAt", current.savedAt().toString())
        .put(
            "submittedAt", article.submittedAt() == null ? null : article.submittedAt().toString());
    if (article.publishedRevisionNumber() == null) {
      json.putNull("published");
    } else {
      json.putObject("published")
          .put("revision", article.publishedRevisionNumber())
          .put("at", article.publishedAt().toString())
          .put("by", article.publishedBy());
    }
    return json;
  }

  /** A claim with its reasons, review status, sign-off and paragraph. */
  public static ObjectNode claim(Claim claim) {
    ObjectNode node =
        JSON.createObjectNode()
            .put("id", claim.fingerprint())
            .put("text", claim.text())
            .put("start", claim.startOffset())
            .put("end", claim.endOffset());
    node.set("reasons", parse(claim.reasonsJson()));
    node.put("status", claim.status().name());
    SignOff signOff = claim.signOff();
    if (signOff == null) {
      node.putNull("signOff");
    } else {
      node.putObject("signOff")
          .put("decision", signOff.decision().name())
          .put("note", signOff.note())
          .put("evidenceUrl", signOff.evidenceUrl())
          .put("by", signOff.signedBy())
          .put("at", signOff.signedAt().toString())
          .put("revision", signOff.revisionNumber());
    }
    node.put("flaggedAt", claim.flaggedAt() == null ? null : claim.flaggedAt().toString());
    node.put("paragraph", claim.paragraph());
    return node;
  }

  /** A revision in full: the list entry plus its HTML and claims. */
  static ObjectNode revisionWithContent(Revision revision) {
    ObjectNode json = revision(revision);
    json.put("html", revision.html()).put("disclosure", revision.disclosureText());
    ArrayNode claims = json.putArray("claims"); // in full, where the list entry has the count
    for (Claim claim : revision.claims()) {
      claims.add(claim(claim));
    }
    return json;
  }

  static ObjectNode revision(Revision revision) {
    return JSON.createObjectNode()
        .put("number", revision.number())
        .put("title", revision.title())
        .put("contentHash", revision.contentHash())
        .put("savedBy", revision.savedBy())
        .put("savedAt", revision.savedAt().toString())
        .put("language", revision.language())
        .put("aiUse", revision.aiUse())
        .put("author", revision.authorName())
        .put("rulesVersion", revision.rulesVersion())
        .put("claims", revision.claims().size());
  }

  public static String write(Object node) {
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
