package dev.attest.security.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.platform.JsonBodies;
import dev.attest.platform.RequestBody;
import dev.attest.security.Roles;
import dev.attest.security.control.UserStore;
import dev.attest.security.control.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/users} (ADMIN): list and create users, set their roles, set a new password,
 * disable and enable them.
 */
@Path("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersResource {
  private static final String UNKNOWN_USER = "No user has that name (unknown-user)";

  @Inject Users users;

  @Inject UserStore store;

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security;

  @Operation(
      summary = "Every user with display name, roles, creation time and state, by name (ADMIN)")
  @APIResponse(
      responseCode = "200",
      description =
          "[{name, displayName, roles, createdAt, enabled, disabledAt}]; displayName null when none"
              + " was given, disabledAt null while the user is enabled")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    ArrayNode list = JsonBodies.array();
    for (Users.Summary user : users.list()) {
      ObjectNode node = list.addObject().put("name", user.name());
      node.put("displayName", user.displayName());
      user.roles().forEach(node.putArray("roles")::add);
      node.put("createdAt", user.createdAt().toInstant().toString());
      node.put("enabled", user.disabledAt() == null);
      node.put(
          "disabledAt",
          user.disabledAt() == null ? null : user.disabledAt().toInstant().toString());
    }
    return list.toString();
  }

  @Operation(
      summary =
          "Create a user {name, password, roles, displayName?} (ADMIN); displayName is the name in their bylines")
  @APIResponse(responseCode = "201", description = "Created; Location names the user")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid or missing name (invalid-user), password (invalid-password) or roles"
              + " (invalid-roles)")
  @APIResponse(responseCode = "409", description = "The name is taken, in any case (user-exists)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RequestBody body) {
    JsonNode json =
        JsonBodies.object(
            body,
            "{\"name\": \"anna\", \"password\": \"…\", \"displayName\": \"Anna Berg\", \"roles\": [\"EDITOR\"]}");
    String name =
        users.create(
            JsonBodies.string(json, "name"),
            JsonBodies.string(json, "password"),
            JsonBodies.string(json, "displayName"),
            roles(json),
            admin());
    return Response.created(UriBuilder.fromPath("/api/admin/users/{name}").build(name)).build();
  }

  @Operation(summary = "Replace a user's roles {roles} (ADMIN)")
  @APIResponse(responseCode = "204", description = "Roles set")
  @APIResponse(responseCode = "400", description = "Missing or unknown roles (invalid-roles)")
  @APIResponse(responseCode = "404", description = UNKNOWN_USER)
  @APIResponse(
      responseCode = "409",
      description = "The roles would leave no enabled user with ADMIN (last-admin)")
  @PUT
  @Path("{name}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response roles(@PathParam("name") String name, RequestBody body) {
    users.setRoles(
        name,
        roles(JsonBodies.object(body, "{\"roles\": [\"EDITOR\", \"CHIEF_EDITOR\"]}")),
        admin());
    return Response.noContent().build();
  }

  @Operation(
      summary =
          "Set a new password for a user {password} (ADMIN): their sessions end and a lock after failed logins is lifted")
  @APIResponse(responseCode = "204", description = "Password set")
  @APIResponse(
      responseCode = "400",
      description = "Password missing, too short or the user name (invalid-password)")
  @APIResponse(responseCode = "404", description = UNKNOWN_USER)
  @APIResponse(
      responseCode = "409",
      description = "The admin's own password (own-password): PUT /api/me/password changes it")
  @PUT
  @Path("{name}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response password(@PathParam("name") String name, RequestBody body) {
    JsonNode json = JsonBodies.object(body, "{\"password\": \"…\"}");
    users.resetPassword(name, JsonBodies.string(json, "password"), admin());
    store.unlock(name); // once the new password is committed; the lock is this server's own
    return Response.noContent().build();
  }

  @Operation(
      summary =
          "Disable a user {enabled: false}, who can then no longer sign in (their sessions end), or"
              + " enable them again {enabled: true} (ADMIN); the account and its history stay")
  @APIResponse(responseCode = "204", description = "The user is in the state asked for")
  @APIResponse(
      responseCode = "400",
      description = "enabled missing or not true/false (invalid-field)")
  @APIResponse(responseCode = "404", description = UNKNOWN_USER)
  @APIResponse(
      responseCode = "409",
      description = "The admin's own account (own-account), or the only enabled admin (last-admin)")
  @PUT
  @Path("{name}/enabled")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enabled(@PathParam("name") String name, RequestBody body) {
    String example = "{\"enabled\": false}";
    boolean enabled = JsonBodies.bool(JsonBodies.object(body, example), "enabled", example);
    users.setDisabled(name, !enabled, admin());
    return Response.noContent().build();
  }

  private String admin() {
    return security.getUserPrincipal().getName();
  }

  /** The roles of the body, or null when it has none (refused by {@link Users}). */
  private static Set<String> roles(JsonNode json) {
    List<String> roles = JsonBodies.strings(json, "roles");
    return roles == null ? null : new LinkedHashSet<>(roles);
  }
}
