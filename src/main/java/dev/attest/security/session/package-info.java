/**
 * Signing in from the browser: {@code POST /api/session} checks a name and password against the
 * identity store and keeps the caller in the HTTP session; {@link
 * dev.attest.security.session.BasicOrSessionAuthentication} accepts that session or HTTP Basic on
 * every request. State-changing requests on a session must carry {@code X-Requested-With: attest},
 * which a forged cross-site form or image cannot send (CSRF).
 */
package dev.attest.security.session;
