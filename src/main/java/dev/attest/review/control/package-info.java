/**
 * Review use cases (submit, sign off, publish, queue) and the published page with its schema.org
 * JSON-LD.
 */
package dev.attest.review.control;
