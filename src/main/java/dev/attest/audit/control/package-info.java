/**
 * Appending to the chain ({@link dev.attest.audit.control.AuditLog}), reading it ({@link
 * dev.attest.audit.control.AuditTrail}) and proving it unaltered ({@link
 * dev.attest.audit.control.ChainVerifier}).
 */
package dev.attest.audit.control;
