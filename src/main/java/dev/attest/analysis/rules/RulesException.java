package dev.attest.analysis.rules;

/**
 * A rule file is missing, malformed or contradicts itself; the message names the file and the rule.
 */
public class RulesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RulesException(String message) {
    super(message);
  }

  public RulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
