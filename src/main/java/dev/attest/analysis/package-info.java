/**
 * The attest analysis core: reads an article's HTML and answers whether it carries a visible AI-use
 * disclosure, who its named author is, and which sentences make claims that need a source.
 *
 * <p>One entry point, {@link dev.attest.analysis.Attest}; immutable results ({@link
 * dev.attest.analysis.Analysis} and its parts). This package is a plain library: it imports the
 * JDK, JSoup, ICU4J and Jackson only, never {@code jakarta.*}, so it runs in the CLI, in unit tests
 * and inside the server alike.
 */
package dev.attest.analysis;
