/**
 * Articles: checking HTML against the rules now, and (as the server grows) saving articles as
 * immutable revisions.
 */
package dev.attest.articles;
