/**
 * Who may do what: HTTP Basic authentication over attest's own user table (PBKDF2 password hashes),
 * the roles EDITOR, CHIEF_EDITOR, AUDITOR and ADMIN, the admin API for users, and demo mode.
 */
package dev.attest.security;
