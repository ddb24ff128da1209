package dev.attest.review.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attest.articles.boundary.ArticleJson;
import dev.attest.articles.boundary.ArticlesResource;
import dev.attest.articles.control.ArticleSaves;
import dev.attest.articles.entity.Article;
import dev.attest.articles.entity.Decision;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.RequestBody;
import dev.attest.review.control.PublishedPage;
import dev.attest.review.control.Reviews;
import dev.attest.security.Roles;
import dev.attest.security.control.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The review actions on one article (contract 2): submit, sign off a claim, publish, read the
 * published page. Shares the {@code articles} path with the articles feature; JAX-RS merges them.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleReviewResource {
  @Inject Reviews reviews;

  @Inject ArticleSaves articles;

  @Inject Users users;

  @Context SecurityContext security;

  @Operation(
      summary = "Ask for review: DRAFT → SUBMITTED (or APPROVED when no claim needs a decision)")
  @APIResponse(responseCode = "200", description = "The article")
  @APIResponse(responseCode = "404", description = ArticlesResource.UNKNOWN_ARTICLE)
  @APIResponse(
      responseCode = "409",
      description =
          "Not a draft (already submitted, approved or published), naming the last change"
              + " (invalid-state)")
  @POST
  @Path("{id}/submit")
  @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
  public Response submit(@PathParam("id") String id) {
    return ok(reviews.submit(ArticlesResource.articleId(id), user()));
  }

  @Operation(
      summary =
          "Approve or reject one claim of the current revision: {decision: APPROVE|REJECT, note?, evidenceUrl?, revision?}")
  @APIResponse(
      responseCode = "200",
      description =
          "The article; REJECT sends it back to DRAFT, the last APPROVE makes it APPROVED")
  @APIResponse(
      responseCode = "400",
      description =
          "decision not APPROVE or REJECT, APPROVE without a note or http(s) evidenceUrl, REJECT"
              + " without a note (invalid-sign-off); revision no whole number from 1"
              + " (invalid-field)")
  @APIResponse(
      responseCode = "403",
      description =
          "Four eyes (four-eyes): the reviewer saved a revision of the article or it is their"
              + " byline")
  @APIResponse(
      responseCode = "404",
      description = ArticlesResource.UNKNOWN_ARTICLE + "; an unknown claim (unknown-claim)")
  @APIResponse(
      responseCode = "409",
      description =
          "The claim or revision is no longer current (stale-claim), or the article is not"
              + " SUBMITTED (invalid-state); names the last change to the article")
  @POST
  @Path("{id}/claims/{claimId}/sign-off")
  @RolesAllowed(Roles.CHIEF_EDITOR)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signOff(
      @PathParam("id") String id, @PathParam("claimId") String claim, RequestBody body) {
    JsonNode json =
        JsonBodies.object(
            body,
            "{\"decision\": \"APPROVE\", \"note\": \"checked with the ministry\", \"evidenceUrl\": \"https://…\", \"revision\": 3}");
    return ok(
        reviews.signOff(
            ArticlesResource.articleId(id),
            claim,
            JsonBodies.integer(json, "revision", 1, Integer.MAX_VALUE),
            decision(JsonBodies.string(json, "decision")),
            JsonBodies.string(json, "note"),
            JsonBodies.string(json, "evidenceUrl"),
            user()));
  }

  @Operation(
      summary = "Publish the current revision of an APPROVED article whose requirements still hold")
  @APIResponse(responseCode = "200", description = "The article, PUBLISHED")
  @APIResponse(
      responseCode = "403",
      description =
          "Four eyes (four-eyes): the publisher saved a revision of the article or it is their"
              + " byline")
  @APIResponse(responseCode = "404", description = ArticlesResource.UNKNOWN_ARTICLE)
  @APIResponse(
      responseCode = "409",
      description =
          "Not APPROVED (invalid-state), also for the later of two chief editors publishing at"
              + " once; names the last change")
  @APIResponse(
      responseCode = "422",
      description =
          "The current rules find a violation (requirements-missing); violations with code,"
              + " message and hint; nothing published")
  @POST
  @Path("{id}/publish")
  @RolesAllowed(Roles.CHIEF_EDITOR)
  public Response publish(@PathParam("id") String id) {
    return ok(reviews.publish(ArticlesResource.articleId(id), user()));
  }

  @Operation(
      summary =
          "The published revision as HTML: sanitised body, visible disclosure unchanged, schema.org JSON-LD with the IPTC digital source type")
  @APIResponse(responseCode = "200", description = "text/html")
  @APIResponse(
      responseCode = "404",
      description = ArticlesResource.UNKNOWN_ARTICLE + "; never published (not-published)")
  @GET
  @Path("{id}/published")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
  public Response published(@PathParam("id") String articleId) {
    long id = ArticlesResource.articleId(articleId);
    Article article = articles.find(id);
    if (article.publishedRevision() == null) {
      throw new ProblemException(
          Problem.of(
              404,
              "not-published",
              "Not published",
              "Article " + id + " has not been published yet; it is " + article.state() + "."));
    }
    return Response.ok(PublishedPage.of(article, users.displayName(article.publishedBy()))).build();
  }

  private static Decision decision(String value) {
    try {
      return Decision.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-sign-off",
              "Invalid decision",
              "decision must be APPROVE or REJECT; was "
                  + (value == null ? "missing" : value)
                  + "."));
    }
  }

  private static Response ok(Article article) {
    return Response.ok(ArticleJson.write(ArticleJson.article(article)))
        .tag(new EntityTag(String.valueOf(article.version())))
        .build();
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
