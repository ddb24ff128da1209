package dev.attest.review.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.articles.boundary.ArticleJson;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Claim;
import dev.attest.articles.entity.Revision;
import dev.attest.platform.JsonBodies;
import dev.attest.review.control.Reviews;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The chief editor's queue. */
@Path("review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CHIEF_EDITOR)
public class ReviewQueueResource {
  @Inject Reviews reviews;

  @Operation(
      summary =
          "Submitted articles, oldest first, each with the claims that still need a decision (sentence, cues, paragraph)")
  @APIResponse(responseCode = "200", description = "[{article, claims}]")
  @GET
  @Path("queue")
  public String queue() {
    ArrayNode queue = JsonBodies.array();
    for (Article article : reviews.queue()) {
      ObjectNode entry = queue.addObject();
      Revision current = article.currentRevision();
      ObjectNode summary = ArticleJson.summary(article);
      summary
          .put("revision", current.number())
          .put("author", current.authorName())
          .put("aiUse", current.aiUse());
      entry.set("article", summary);
      ArrayNode claims = entry.putArray("claims");
      for (Claim claim : current.claims()) {
        if (claim.status() != Claim.Status.APPROVED) {
          claims.add(ArticleJson.claim(claim));
        }
      }
    }
    return ArticleJson.write(queue);
  }
}
