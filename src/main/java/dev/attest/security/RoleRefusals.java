package dev.attest.security;

import dev.attest.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request refused for the caller's roles ({@code @RolesAllowed}) as a 403 problem that says which
 * roles the endpoint needs and which the caller has.
 */
@Provider
public class RoleRefusals implements ExceptionMapper<ForbiddenException> {
  @Context ResourceInfo resource;

  @Context SecurityContext security;

  @Context Request request;

  @Context UriInfo uri;

  @Override
  public Response toResponse(ForbiddenException e) {
    Set<String> needed = needed();
    Set<String> has = new TreeSet<>();
    for (String role : Roles.ALL) {
      if (security != null && security.isUserInRole(role)) {
        has.add(role);
      }
    }
    String caller =
        security == null || security.getUserPrincipal() == null
            ? "you"
            : security.getUserPrincipal().getName();
    return Problem.of(
            403,
            "forbidden",
            "Not allowed for your roles",
            (needed.isEmpty()
                    ? "Your roles do not allow this request"
                    : request.getMethod()
                        + " "
                        + uri.getRequestUri().getRawPath()
                        + " needs the role "
                        + String.join(" or ", needed))
                + "; "
                + caller
                + (has.isEmpty() ? " has no role" : " has " + String.join(", ", has))
                + ". An admin gives roles with PUT /api/admin/users/{name}/roles.")
        .toResponse();
  }

  /** The roles the matched resource method allows (its own annotation, else its class's). */
  private Set<String> needed() {
    if (resource == null || resource.getResourceMethod() == null) {
      return Set.of();
    }
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? Set.of() : new TreeSet<>(List.of(allowed.value()));
  }
}
