package dev.attest.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The HTTP API lives under {@code /api}; the web UI is served from the WAR's root. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "attest",
            version = "0.1",
            description =
                "Verifiable AI-use disclosure and sourcing for editorial systems. Every error is "
                    + "application/problem+json (RFC 9457): type, title, status, detail, and violations on a 422."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AttestApplication extends Application {
  @Override
  public java.util.Map<String, Object> getProperties() {
    return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
