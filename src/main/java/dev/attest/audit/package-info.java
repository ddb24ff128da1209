/**
 * The tamper-evident audit trail: every save, rejection, flag, sign-off, state change, user change
 * and rules change is appended as an event that carries the SHA-256 of the previous one (a hash
 * chain). Events are never updated or deleted; verification walks the chain and names the first
 * broken link.
 */
package dev.attest.audit;
