package dev.attest.audit.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.audit.control.AuditTrail;
import dev.attest.audit.control.ChainVerifier;
import dev.attest.audit.entity.Verification;
import dev.attest.platform.Ids;
import dev.attest.platform.PageRequest;
import dev.attest.platform.Period;
import dev.attest.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit trail for auditors: is it intact, and what does it say. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject ChainVerifier verifier;

  @Inject AuditTrail trail;

  @Operation(
      summary =
          "Walk the hash chain: {valid, events, headHash}, or the first broken sequence number and why")
  @APIResponse(responseCode = "200", description = "{valid, events, headHash, brokenAt?, reason?}")
  @GET
  @Path("verify")
  public String verify() {
    return VerificationJson.of(verifier.verify()).toString();
  }

  @Operation(
      summary =
          "Events in sequence order, paged; from/to are UTC days (both included), articleId optional")
  @APIResponse(
      responseCode = "200",
      description =
          "{events: [{seq, at, type, actor, articleId, payload, prevHash, hash}], page, size, total}")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid date or period (invalid-period), page or size (invalid-page), or articleId"
              + " (invalid-parameter)")
  @GET
  @Path("events")
  public String events(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("articleId") String articleId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest asked = PageRequest.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    Period period = Period.parse(from, to);
    AuditTrail.Page result =
        trail.page(
            new AuditTrail.Filter(period.start(), period.end(), Ids.query("articleId", articleId)),
            asked);
    ObjectNode json = JSON.createObjectNode();
    ArrayNode events = json.putArray("events");
    for (AuditTrail.Event event : result.events()) {
      ObjectNode node =
          events
              .addObject()
              .put("seq", event.link().seq())
              .put("at", event.link().occurredAt().toString())
              .put("type", event.link().type())
              .put("actor", event.link().actor());
      if (event.link().articleId() == null) {
        node.putNull("articleId");
      } else {
        node.put("articleId", event.link().articleId());
      }
      node.set("payload", parse(event.link().payload()));
      node.put("prevHash", event.link().prevHash()).put("hash", event.hash());
    }
    json.put("page", result.page()).put("size", result.size()).put("total", result.total());
    return json.toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String payload) {
    try {
      return JSON.readTree(payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return JSON.getNodeFactory()
          .textNode(payload); // a payload changed behind attest's back: show it as it is
    }
  }

  /** The JSON of a verification, shared with the compliance report. */
  public static final class VerificationJson {
    private VerificationJson() {}

    public static ObjectNode of(Verification v) {
      ObjectNode json =
          JSON.createObjectNode()
              .put("valid", v.valid())
              .put("events", v.events())
              .put("headHash", v.headHash());
      if (!v.valid()) {
        json.put("brokenAt", v.brokenAt()).put("reason", v.reason());
      }
      return json;
    }
  }
}
