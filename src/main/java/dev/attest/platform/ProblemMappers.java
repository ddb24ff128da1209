package dev.attest.platform;

import dev.attest.analysis.InvalidInputException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as {@code application/problem+json}; nothing leaks a stack trace. */
public final class ProblemMappers {
  private ProblemMappers() {}

  /** Problems raised on purpose by attest's own code. */
  @Provider
  public static class Raised implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      return e.problem().toResponse();
    }
  }

  /**
   * Input the analysis cannot read (binary data and the like) is the client's mistake: 422. Text in
   * UTF-16 without a byte-order mark looks binary too, so the answer says how to name its charset.
   */
  @Provider
  public static class Unreadable implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problem.of(
              422,
              "unreadable-article",
              "The article cannot be analysed",
              e.getMessage()
                  + ". If it is text in a charset such as UTF-16, name it in Content-Type, e.g."
                  + " text/html; charset=UTF-16LE.")
          .toResponse();
    }
  }

  /**
   * JAX-RS's own errors (unknown path, wrong method, wrong media type) keep their status, and say
   * what the address in question takes or answers with.
   */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Context Request request;

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof NotFoundException) {
        return Problem.of(
                404,
                "not-found",
                "Not found",
                "There is nothing at this address; see /openapi for the API.")
            .toResponse();
      }
      if (e instanceof NotAllowedException) {
        return Problem.of(
                405,
                "method-not-allowed",
                "Method not allowed",
                "This address does not accept that method; allowed: "
                    + e.getResponse().getAllowedMethods())
            .toResponse();
      }
      if (e instanceof NotSupportedException) {
        String takes = known() ? Endpoints.consumed(request.getMethod(), uri.getPath()) : null;
        return Problem.of(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                takes == null
                    ? "This address does not take a body of that type; see /openapi for the API."
                    : address()
                        + " takes "
                        + takes
                        + "; this request sent "
                        + sent(HttpHeaders.CONTENT_TYPE)
                        + ".")
            .toResponse();
      }
      if (e instanceof NotAcceptableException) {
        String answers = known() ? Endpoints.produced(request.getMethod(), uri.getPath()) : null;
        return Problem.of(
                406,
                "not-acceptable",
                "Not acceptable",
                answers == null
                    ? "This address cannot answer in a type that Accept names; see /openapi."
                    : address()
                        + " answers with "
                        + answers
                        + "; Accept ("
                        + sent(HttpHeaders.ACCEPT)
                        + ") names none of them. Accept one of them, or */*.")
            .toResponse();
      }
      String reason = e.getResponse().getStatusInfo().getReasonPhrase();
      return Problem.of(status, "http-" + status, reason, reason).toResponse();
    }

    /** Whether the request is known (it is, unless this mapper was made by hand). */
    private boolean known() {
      return uri != null && request != null && headers != null;
    }

    private String address() {
      return request.getMethod() + " " + uri.getRequestUri().getRawPath();
    }

    private String sent(String header) {
      String value = headers.getHeaderString(header);
      return value == null ? "no " + header : value;
    }
  }

  /** Anything unexpected is attest's fault: logged with its trace, answered without it. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return new Http().toResponse(web);
      }
      LOG.log(Level.SEVERE, "unexpected error", e);
      return Problem.of(
              500,
              "internal-error",
              "Internal error",
              "attest failed to handle the request; nothing was changed. The error is in the server log.")
          .toResponse();
    }
  }
}
