package dev.attest.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: what went wrong ({@code title}, {@code status}), the specifics and how to
 * fix them ({@code detail}), and a stable {@code type} per kind of problem that clients can switch
 * on.
 */
public record Problem(String type, String title, int status, String detail) {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A problem whose type is {@code /problems/<slug>} on this server. */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem("/problems/" + slug, title, status, detail);
  }

  public ObjectNode toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", type).put("title", title).put("status", status).put("detail", detail);
    return node;
  }

  public Response toResponse() {
    return toResponse(toJson());
  }

  /**
   * The response for this problem with a body that may carry extra members (such as {@code
   * violations}).
   */
  public Response toResponse(ObjectNode body) {
    try {
      return Response.status(status).type(MEDIA_TYPE).entity(JSON.writeValueAsString(body)).build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
