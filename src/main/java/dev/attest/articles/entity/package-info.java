/**
 * The article aggregate: an {@link dev.attest.articles.entity.Article} with its immutable {@link
 * dev.attest.articles.entity.Revision}s and the {@link dev.attest.articles.entity.Claim}s flagged
 * in each. Every accepted save is a new revision; nothing is overwritten.
 */
package dev.attest.articles.entity;
