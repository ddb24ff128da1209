package dev.attest.articles.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.analysis.Violation;
import dev.attest.articles.control.ArticleRejected;
import dev.attest.articles.control.StaleVersion;
import dev.attest.articles.control.UnknownArticle;
import dev.attest.platform.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The articles feature's errors as problems: 422 with violations, 412 for a stale save, 404 for an
 * unknown id.
 */
public final class ArticleProblems {
  private ArticleProblems() {}

  private static Problem requirementsMissing(String type) {
    return Problem.of(
        422,
        type,
        "The article does not meet attest's requirements",
        "Nothing was saved. Fix what the violations list and save again.");
  }

  @Provider
  public static class Rejected implements ExceptionMapper<ArticleRejected> {
    @Override
    public Response toResponse(ArticleRejected e) {
      Problem problem = requirementsMissing("requirements-missing");
      ObjectNode body = problem.toJson();
      body.put("language", e.analysis().language());
      ArrayNode violations = body.putArray("violations");
      for (Violation v : e.analysis().violations()) {
        violations
            .addObject()
            .put("code", v.code())
            .put("message", v.message())
            .put("hint", v.hint());
      }
      return problem.toResponse(body);
    }
  }

  @Provider
  public static class Stale implements ExceptionMapper<StaleVersion> {
    @Override
    public Response toResponse(StaleVersion e) {
      Response response =
          Problem.of(
                  412,
                  "stale-version",
                  "The article changed since your version",
                  "Your save was based on an older version of the article and was not stored"
                      + (e.change() == null
                          ? "; the other change is kept."
                          : ": since then it has changed by "
                              + e.change()
                              + (e.current() < 0 ? "" : " (version " + e.current() + " now)")
                              + ", which is kept.")
                      + " GET the article, compare, and save again with its current ETag in"
                      + " If-Match.")
              .toResponse();
      return e.current() < 0
          ? response
          : Response.fromResponse(response)
              .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(e.current())))
              .build();
    }
  }

  @Provider
  public static class Unknown implements ExceptionMapper<UnknownArticle> {
    @Override
    public Response toResponse(UnknownArticle e) {
      return Problem.of(
              404,
              "unknown-article",
              "Unknown article",
              e.getMessage() + "; list articles with GET /api/articles.")
          .toResponse();
    }
  }

  /** A revision refused by @AiDisclosure or @NamedAuthor on the way into the database. */
  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Problem problem = requirementsMissing("constraint-violation");
      ObjectNode body = problem.toJson();
      ArrayNode violations = body.putArray("violations");
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        violations
            .addObject()
            .put(
                "code",
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
            .put("path", String.valueOf(v.getPropertyPath()))
            .put("message", v.getMessage());
      }
      return problem.toResponse(body);
    }
  }
}
