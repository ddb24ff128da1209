/** The HTTP boundary of the articles feature. */
package dev.attest.articles.boundary;
