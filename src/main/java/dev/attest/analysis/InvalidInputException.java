package dev.attest.analysis;

/**
 * The input cannot be analysed as an article (binary data, too large); the message says why and
 * what to do.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
