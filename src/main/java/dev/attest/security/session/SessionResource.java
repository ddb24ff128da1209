package dev.attest.security.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.RequestBody;
import dev.attest.security.control.UserStore;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The browser's sign-in: {@code POST /api/session} {user, password} starts a session, {@code DELETE
 * /api/session} ends it, {@code GET /api/me} says who is signed in (by session or HTTP Basic). No
 * security annotations here: on Payara they would make every request, sign-in included, answer with
 * a Basic challenge.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOT_OWN_PAGE =
      "The header X-Requested-With: attest is missing (csrf): only attest's pages use sessions";

  @Inject IdentityStoreHandler identityStores;

  @Inject UserStore users;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  @Context SecurityContext security;

  @Operation(summary = "Sign in from the browser {user, password}; needs X-Requested-With: attest")
  @APIResponse(
      responseCode = "200",
      description = "Signed in: {name, roles}; the session cookie is HttpOnly and SameSite=Strict")
  @APIResponse(responseCode = "400", description = "Name or password missing (invalid-request)")
  @APIResponse(
      responseCode = "401",
      description = "Wrong name or password (wrong-credentials), without a Basic challenge")
  @APIResponse(responseCode = "403", description = NOT_OWN_PAGE)
  @APIResponse(
      responseCode = "429",
      description =
          "The name is locked after 10 wrong passwords in a row; says for how long (locked)")
  @POST
  @Path("session")
  @Consumes(MediaType.APPLICATION_JSON)
  public String signIn(RequestBody body) {
    requireOwnPage();
    JsonNode json = JsonBodies.object(body, "{\"user\": \"editor\", \"password\": \"…\"}");
    String user = JsonBodies.string(json, "user");
    String password = JsonBodies.string(json, "password");
    if (user == null || user.isBlank() || password == null || password.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Name and password are required",
              "Send {\"user\": \"…\", \"password\": \"…\"}."));
    }
    Problem locked = users.locked(user.strip(), 429);
    if (locked != null) {
      throw new ProblemException(locked); // the password is not even checked
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(user.strip(), password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throw wrongCredentials();
    }
    String name = result.getCallerPrincipal().getName();
    UserStore.Account account = users.account(name);
    if (account == null) {
      throw wrongCredentials(); // removed just now
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate(); // a new session id on every sign-in: no session fixation
    }
    HttpSession session = request.getSession(true);
    new SignedIn(name, account.credentialsVersion()).storeIn(session);
    SignedIn.sendCookie(request, response, session);
    return caller(name, account.roles());
  }

  @Operation(summary = "Sign out: ends the browser session")
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(responseCode = "403", description = NOT_OWN_PAGE)
  @DELETE
  @Path("session")
  public Response signOut() {
    requireOwnPage();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }

  @Operation(summary = "Who is signed in: {name, roles}")
  @SecurityRequirement(name = "basic") // any role will do, but somebody must be signed in
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(
      responseCode = "401",
      description =
          "Nobody is signed in (unauthenticated); with a Basic challenge unless the request sends"
              + " X-Requested-With: attest")
  @GET
  @Path("me")
  public Response me() {
    if (security.getUserPrincipal() == null) {
      Response refused =
          Problem.of(
                  401,
                  "unauthenticated",
                  "Sign-in required",
                  "Nobody is signed in: send HTTP Basic credentials, or sign in with POST"
                      + " /api/session.")
              .toResponse();
      // a Basic challenge as everywhere else, but not for attest's own pages (no login popup)
      return SignedIn.fromOwnPage(request)
          ? refused
          : Response.fromResponse(refused)
              .header("WWW-Authenticate", BasicOrSessionAuthentication.CHALLENGE)
              .build();
    }
    Set<String> roles = new TreeSet<>();
    for (String role : dev.attest.security.Roles.ALL) {
      if (security.isUserInRole(role)) {
        roles.add(role);
      }
    }
    return Response.ok(caller(security.getUserPrincipal().getName(), roles)).build();
  }

  private void requireOwnPage() {
    if (!SignedIn.fromOwnPage(request)) {
      throw new ProblemException(
          Problem.of(
              403,
              "csrf",
              "Request not from attest's pages",
              "Send the header X-Requested-With: attest; API clients use HTTP Basic instead of a session."));
    }
  }

  private static ProblemException wrongCredentials() {
    return new ProblemException(
        Problem.of(
            401,
            "wrong-credentials",
            "Wrong name or password",
            "The name or the password is not right. Ask an admin to set a new password if you have"
                + " forgotten yours."));
  }

  private static String caller(String name, Set<String> roles) {
    ObjectNode json = JSON.createObjectNode().put("name", name);
    new TreeSet<>(roles).forEach(json.putArray("roles")::add);
    return json.toString();
  }
}
