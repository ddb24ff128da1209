package dev.attest.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API lives under {@code /api}; the web UI is served from the WAR's root. */
@ApplicationPath("/api")
public class AttestApplication extends Application {}
