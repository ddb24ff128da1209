package dev.attest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Set;

/**
 * The web UI's files (everything the container's default servlet serves: /, /js/…, /css/…) are
 * read-only: another method than GET, HEAD or OPTIONS is a 405 problem with {@code Allow}, not the
 * container's 403 "Forbidden", which blamed the caller's roles.
 */
@WebFilter(urlPatterns = "/*")
public class ReadOnlyFiles extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (READING.contains(request.getMethod()) || !servedAsFile(request)) {
      chain.doFilter(request, response);
      return;
    }
    SecurityHeaders.apply(response); // the filters' order is the container's choice
    response.setHeader("Allow", String.join(", ", "GET", "HEAD", "OPTIONS"));
    ErrorPages.write(
        response,
        Problem.of(
            405,
            "method-not-allowed",
            "Method not allowed",
            request.getRequestURI()
                + " is a file of the web UI and can only be read (GET, HEAD, OPTIONS); the API is"
                + " under /api (see /openapi)."));
  }

  private static boolean servedAsFile(HttpServletRequest request) {
    var mapping = request.getHttpServletMapping();
    return mapping != null
        && (mapping.getMappingMatch() == MappingMatch.DEFAULT
            || mapping.getMappingMatch() == MappingMatch.CONTEXT_ROOT
            || "default".equals(mapping.getServletName()));
  }
}
