package dev.attest.security;

import dev.attest.platform.Database;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** HTTP Basic against the user table; roles come from user_role. */
@BasicAuthenticationMechanismDefinition(realmName = "attest")
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = Database.JNDI,
    callerQuery = "select password_hash from app_user where name = ?",
    groupsQuery = "select role from user_role where name = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.SaltSizeBytes=32"
    })
@DeclareRoles({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class Authentication {}
