package dev.attest.security.session;

import dev.attest.platform.ErrorPages;
import dev.attest.platform.Problem;
import dev.attest.security.control.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who is calling: HTTP Basic credentials when the request has them (API clients, unchanged from
 * before), else the caller of a signed-in browser session ({@link SessionResource}) with the roles
 * the user has now; a session whose user changed their password since, or was removed, counts no
 * more. A session only counts for a state-changing request when it carries {@code X-Requested-With:
 * attest}, so another site cannot make a signed-in browser change anything. Without a caller, a
 * protected resource answers 401 with a Basic challenge, except for attest's own pages (they send
 * {@code X-Requested-With}), which must not get the browser's login popup.
 */
@ApplicationScoped
public class BasicOrSessionAuthentication implements HttpAuthenticationMechanism {
  static final String CHALLENGE = "Basic realm=\"attest\"";

  @Inject IdentityStoreHandler identityStores;

  @Inject UserStore users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential basic = basicCredential(request.getHeader("Authorization"));
    if (basic != null) {
      CredentialValidationResult result = identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(
            result.getCallerPrincipal(), result.getCallerGroups());
      }
      return refuse(request, response, context, users.locked(basic.getCaller(), 401));
    }
    SignedIn signedIn = SignedIn.of(request);
    Problem why = null;
    if (signedIn != null && SignedIn.changesState(request) && !SignedIn.fromOwnPage(request)) {
      why = CSRF_HEADER_MISSING;
    } else if (signedIn != null) {
      UserStore.Account account = users.account(signedIn.name());
      if (signedIn.isCurrent(account)) {
        return context.notifyContainerAboutLogin(signedIn.name(), account.roles());
      }
      // the password changed or the user is gone: the session counts no more (it is not
      // invalidated here, so the request that changed the password can still renew it)
    }
    if (context.isProtected() || context.isAuthenticationRequest()) {
      return refuse(request, response, context, why);
    }
    return context.doNothing();
  }

  /**
   * A session counts for a request that changes something only with the header; another site's form
   * cannot send it, so without it the request is refused as if nobody were signed in.
   */
  private static final Problem CSRF_HEADER_MISSING =
      Problem.of(
          401,
          "csrf-header-missing",
          "Header X-Requested-With missing",
          "This request changes something and comes with a browser session, which counts for such"
              + " requests only with the header X-Requested-With: attest (attest's pages send it;"
              + " another site cannot). Send the header, or use HTTP Basic credentials.");

  /**
   * Answers 401; {@code why}, when known, is the problem the error page shows (see {@link
   * ErrorPages#PROBLEM}).
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Problem why) {
    if (why != null) {
      request.setAttribute(ErrorPages.PROBLEM, why);
    }
    if (!SignedIn.fromOwnPage(request)) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
    }
    return context.responseUnauthorized();
  }

  /**
   * The name and password of an {@code Authorization: Basic} header, or null when there is none or
   * it is malformed.
   */
  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
