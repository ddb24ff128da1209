package dev.attest.analysis;

/**
 * A requirement the article does not meet. Codes never change meaning: {@value
 * #MISSING_DISCLOSURE}, {@value #MISSING_AUTHOR}.
 *
 * @param code stable machine-readable code
 * @param message what is missing, in the article's language where the rules have it
 * @param hint how to fix it (for a missing disclosure, a line to paste)
 */
public record Violation(String code, String message, String hint) {
  public static final String MISSING_DISCLOSURE = "MISSING_DISCLOSURE";
  public static final String MISSING_AUTHOR = "MISSING_AUTHOR";
}
