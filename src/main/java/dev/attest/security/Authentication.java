package dev.attest.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/** HTTP Basic; the identity store is {@link dev.attest.security.control.UserStore}. */
@BasicAuthenticationMechanismDefinition(realmName = "attest")
@DeclareRoles({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class Authentication {}
