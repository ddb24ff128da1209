/** {@code /api/audit}: chain verification and the paged event list, for auditors and admins. */
package dev.attest.audit.boundary;
