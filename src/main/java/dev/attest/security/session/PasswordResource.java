package dev.attest.security.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;
import dev.attest.platform.RequestBody;
import dev.attest.security.Roles;
import dev.attest.security.control.UserStore;
import dev.attest.security.control.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code PUT /api/me/password}: the caller sets a new password, proving the current one (a wrong
 * one counts towards the lock after failed logins). The browser session that asks goes on under a
 * new id; the user's other sessions and HTTP Basic clients with the old password are refused from
 * then on.
 */
@Path("me/password")
@RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
public class PasswordResource {
  @Inject IdentityStoreHandler identityStores;

  @Inject Users users;

  @Inject UserStore store;

  @Context HttpServletRequest request;

  @Context HttpServletResponse response;

  @Context SecurityContext security;

  @Operation(summary = "Change the caller's password {currentPassword, newPassword}")
  @APIResponse(responseCode = "204", description = "Changed; other sessions of the user end")
  @APIResponse(
      responseCode = "400",
      description =
          "A field is missing (invalid-request), or the new password is too short, the user name"
              + " or unchanged (invalid-password)")
  @APIResponse(
      responseCode = "403",
      description = "The current password is not right (wrong-password); counts towards the lock")
  @APIResponse(
      responseCode = "429",
      description = "Locked for a minute after 10 wrong passwords in a row (locked)")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(RequestBody body) {
    JsonNode json = JsonBodies.object(body, "{\"currentPassword\": \"…\", \"newPassword\": \"…\"}");
    String current = JsonBodies.string(json, "currentPassword");
    String next = JsonBodies.string(json, "newPassword");
    if (current == null || current.isEmpty() || next == null || next.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Current and new password are required",
              "Send {\"currentPassword\": \"…\", \"newPassword\": \"…\"}."));
    }
    String name = security.getUserPrincipal().getName();
    Problem locked = store.locked(name, 429);
    if (locked != null) {
      throw new ProblemException(locked);
    }
    CredentialValidationResult proof =
        identityStores.validate(new UsernamePasswordCredential(name, current));
    if (proof.getStatus() != CredentialValidationResult.Status.VALID) {
      throw new ProblemException(
          Problem.of(
              403,
              "wrong-password",
              "Current password not right",
              "The current password is not right; type it again. After 10 wrong tries the name is"
                  + " locked for a minute."));
    }
    int version = users.changePassword(name, current, next);
    SignedIn signedIn = SignedIn.of(request);
    if (signedIn != null && signedIn.name().equals(name)) {
      // the session that asked goes on, under a new id: nobody who learnt the old one keeps it
      request.changeSessionId();
      HttpSession session = request.getSession();
      new SignedIn(name, version).storeIn(session);
      SignedIn.sendCookie(request, response, session);
    }
    return Response.noContent().build();
  }
}
