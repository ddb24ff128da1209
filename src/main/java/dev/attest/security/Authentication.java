package dev.attest.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles attest declares. Authentication itself is {@link
 * dev.attest.security.session.BasicOrSessionAuthentication} (HTTP Basic for API clients, a
 * signed-in session for the browser); the identity store is {@link
 * dev.attest.security.control.UserStore}.
 */
@DeclareRoles({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class Authentication {}
