/**
 * The application logic of the articles feature: saving articles as revisions, thin over the
 * aggregate.
 */
package dev.attest.articles.control;
