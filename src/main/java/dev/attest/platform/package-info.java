/**
 * What every feature of the attest server stands on: the JAX-RS application under {@code /api}, the
 * mapping of errors to {@code application/problem+json} (RFC 9457), the request-size limit and the
 * shared {@code Analyzer}.
 */
package dev.attest.platform;
