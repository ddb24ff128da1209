package dev.attest.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attest.it.Api;
import dev.attest.it.PayaraServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser's session over HTTP: sign-in, who am I, sign-out; the cookie's flags; the CSRF
 * header; wrong credentials without a Basic popup; Basic unchanged for API clients.
 */
@ExtendWith(PayaraServer.class)
class BrowserSessionIT {
  static final String CHECK =
      "{\"html\": \"<p>By Jane Doe</p><p>No AI was used for this article.</p>\"}";

  @Test
  void aSignedInSessionWorksUntilSignOutAndNeedsTheHeaderToChangeAnything(
      PayaraServer.Running server) throws Exception {
    HttpResponse<String> signIn = Api.signIn(server, "editor", "demo", true);
    assertEquals(200, signIn.statusCode(), signIn.body());
    JsonNode me = Api.JSON.readTree(signIn.body());
    assertEquals("editor", me.get("name").asText());
    assertEquals("EDITOR", me.get("roles").get(0).asText());
    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    String session = Api.sessionCookie(signIn);

    assertEquals(
        200,
        server
            .send(HttpRequest.newBuilder(server.uri("api/me")).header("Cookie", session).build())
            .statusCode());
    assertEquals(
        200,
        server
            .send(
                HttpRequest.newBuilder(server.uri("api/articles"))
                    .header("Cookie", session)
                    .build())
            .statusCode());
    HttpResponse<String> forged =
        server.send(
            HttpRequest.newBuilder(server.uri("api/check"))
                .header("Cookie", session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CHECK))
                .build());
    assertEquals(
        401,
        forged.statusCode(),
        "a state-changing request without X-Requested-With does not use the session");
    HttpResponse<String> own =
        server.send(
            Api.inSession(server, session, "api/check")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CHECK))
                .build());
    assertEquals(200, own.statusCode(), own.body());

    assertEquals(
        204,
        server.send(Api.inSession(server, session, "api/session").DELETE().build()).statusCode());
    HttpResponse<String> after = server.send(Api.inSession(server, session, "api/me").build());
    assertEquals(401, after.statusCode());
  }

  @Test
  void wrongCredentialsGetAProblemAndNoBasicPopup(PayaraServer.Running server) throws Exception {
    HttpResponse<String> wrong = Api.signIn(server, "editor", "wrong", true);
    assertEquals(401, wrong.statusCode());
    assertTrue(
        wrong
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertFalse(wrong.headers().firstValue("WWW-Authenticate").isPresent());
    assertEquals(
        403,
        Api.signIn(server, "editor", "demo", false).statusCode(),
        "sign-in only from attest's pages");
    HttpResponse<String> fromUi =
        server.send(
            HttpRequest.newBuilder(server.uri("api/articles"))
                .header("X-Requested-With", "attest")
                .build());
    assertEquals(401, fromUi.statusCode());
    assertFalse(
        fromUi.headers().firstValue("WWW-Authenticate").isPresent(),
        "the UI's own requests get no Basic challenge");
    HttpResponse<String> apiClient =
        server.send(HttpRequest.newBuilder(server.uri("api/articles")).build());
    assertTrue(apiClient.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(
        200, server.send(server.as("editor", "api/me").build()).statusCode(), "Basic still works");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders(PayaraServer.Running server) throws Exception {
    for (String path : new String[] {"", "js/app.js", "api/me"}) {
      HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path)).build());
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          policy.startsWith("default-src 'self'")
              && policy.contains("frame-ancestors 'none'")
              && !policy.contains("unsafe"),
          path + ": " + policy);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals(
          "no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
    }
  }
}
