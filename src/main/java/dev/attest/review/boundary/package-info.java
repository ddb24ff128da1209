/**
 * Review over HTTP: {@code /api/review/queue} and the article actions submit, sign-off, publish and
 * published.
 */
package dev.attest.review.boundary;
