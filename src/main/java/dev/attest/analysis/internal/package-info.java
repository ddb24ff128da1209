/**
 * How the analysis works, hidden behind {@link dev.attest.analysis.Analyzer}: extracting the
 * visible text blocks from the JSoup document, detecting the language, splitting sentences with
 * ICU4J, and the three finders (disclosure, author, claims). Not an API: names and shapes here may
 * change.
 */
package dev.attest.analysis.internal;
