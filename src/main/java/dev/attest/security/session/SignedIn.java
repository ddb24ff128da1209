package dev.attest.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/** The caller a browser session was signed in as: name and roles, fixed at sign-in. */
public record SignedIn(String name, Set<String> roles) implements Serializable {
  static final String ATTRIBUTE = "attest.signedIn";

  /** The header the UI sends with every request; browsers do not let another site's page set it. */
  public static final String REQUESTED_WITH = "X-Requested-With";

  /** Who the request's session is signed in as, or null. */
  static SignedIn of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn
        ? signedIn
        : null;
  }

  /**
   * Whether the request comes from attest's own pages (the UI sets the header; a cross-site form
   * cannot).
   */
  static boolean fromOwnPage(HttpServletRequest request) {
    return "attest".equals(request.getHeader(REQUESTED_WITH));
  }

  static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }
}
