package dev.attest.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the container answers before attest's code runs (a missing or wrong login, an unknown
 * page, a request it cannot parse) as problem+json too; {@code WEB-INF/web.xml} routes them here.
 * Code that refuses a request before JAX-RS (the authentication mechanism) can leave the exact
 * problem in the request attribute {@link #PROBLEM}.
 */
@WebServlet("/errors")
public class ErrorPages extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** A request attribute holding the {@link Problem} to answer with, when the refuser knows it. */
  public static final String PROBLEM = "attest.problem";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404; // asked for directly: there is nothing here
    Problem problem =
        request.getAttribute(PROBLEM) instanceof Problem known && known.status() == status
            ? known
            : problem(status);
    write(response, problem);
  }

  /** Answers with {@code problem}, its status and its JSON. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toJson().toString());
  }

  private static Problem problem(int status) {
    return switch (status) {
      case 400 ->
          Problem.of(
              400,
              "bad-request",
              "Request not readable",
              "The server could not read the request before attest saw it: most likely a malformed"
                  + " header, such as an Accept that is no media type or a Content-Type whose"
                  + " charset parameter has an unclosed quote. Send well-formed headers (RFC 9110).");
      case 401 ->
          Problem.of(
              401,
              "unauthenticated",
              "Sign-in required",
              "Send HTTP Basic credentials of an attest user; an admin creates users with POST /api/admin/users.");
      case 403 ->
          Problem.of(403, "forbidden", "Not allowed", "Your roles do not allow this request.");
      case 404 ->
          Problem.of(
              404,
              "not-found",
              "Not found",
              "There is nothing at this address; see /openapi for the API.");
      default ->
          Problem.of(
              status,
              "http-" + status,
              "HTTP " + status,
              "The server could not handle the request.");
    };
  }
}
