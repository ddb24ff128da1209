/**
 * Editorial review: the queue of submitted articles, sign-off per claim with the four-eyes rule,
 * the publish gate and the published article with its machine-readable disclosure. The rules
 * themselves live on the {@link dev.attest.articles.entity.Article} aggregate; this feature is the
 * thin service and HTTP layer around them.
 */
package dev.attest.review;
