package dev.attest.review.boundary;

import dev.attest.articles.entity.FourEyesRefused;
import dev.attest.articles.entity.InvalidSignOff;
import dev.attest.articles.entity.StaleClaim;
import dev.attest.articles.entity.UnknownClaim;
import dev.attest.articles.entity.WorkflowRefused;
import dev.attest.platform.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The review workflow's refusals as problems. */
public final class ReviewProblems {
  private ReviewProblems() {}

  @Provider
  public static class FourEyes implements ExceptionMapper<FourEyesRefused> {
    @Override
    public Response toResponse(FourEyesRefused e) {
      return Problem.of(
              403,
              "four-eyes",
              "Four eyes: someone else must decide",
              e.getMessage() + ". Ask another chief editor to sign off or publish this article.")
          .toResponse();
    }
  }

  @Provider
  public static class Stale implements ExceptionMapper<StaleClaim> {
    @Override
    public Response toResponse(StaleClaim e) {
      return Problem.of(
              409, "stale-claim", "The claim is not in the current revision", e.getMessage() + ".")
          .toResponse();
    }
  }

  @Provider
  public static class State implements ExceptionMapper<WorkflowRefused> {
    @Override
    public Response toResponse(WorkflowRefused e) {
      return Problem.of(
              409, "invalid-state", "Not possible in the article's state", e.getMessage() + ".")
          .toResponse();
    }
  }

  @Provider
  public static class Unknown implements ExceptionMapper<UnknownClaim> {
    @Override
    public Response toResponse(UnknownClaim e) {
      return Problem.of(
              404,
              "unknown-claim",
              "Unknown claim",
              e.getMessage()
                  + "; the claims of the current revision are listed in GET /api/articles/{id}.")
          .toResponse();
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<InvalidSignOff> {
    @Override
    public Response toResponse(InvalidSignOff e) {
      return Problem.of(400, "invalid-sign-off", "Invalid sign-off", e.getMessage() + ".")
          .toResponse();
    }
  }
}
