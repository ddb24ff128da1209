package dev.attest.security.session;

import dev.attest.security.control.UserStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * The caller a browser session was signed in as, with the version of their credentials at sign-in:
 * a later change of their password ends the session. Roles are not kept here; they are read afresh
 * on every request, so a change of roles applies at once.
 */
public record SignedIn(String name, int credentialsVersion) implements Serializable {
  static final String ATTRIBUTE = "attest.signedIn";

  /** Whether the user as stored now still has the credentials the session was signed in with. */
  boolean isCurrent(UserStore.Account account) {
    return account != null && account.credentialsVersion() == credentialsVersion;
  }

  void storeIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }

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

  /**
   * Replaces the container's session cookie with one that is also SameSite=Strict, so a browser
   * never sends it with a request started by another site (Payara Micro does not apply the
   * cookie-config attribute of web.xml).
   */
  static void sendCookie(
      HttpServletRequest request, HttpServletResponse response, HttpSession session) {
    var config = request.getServletContext().getSessionCookieConfig();
    String name = config.getName() != null ? config.getName() : "JSESSIONID";
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    response.setHeader(
        "Set-Cookie",
        name
            + "="
            + session.getId()
            + "; Path="
            + path
            + "; HttpOnly; SameSite=Strict"
            + (request.isSecure() ? "; Secure" : ""));
  }
}
