package dev.attest.articles.entity;

/** A claim id that no revision of the article has. */
public class UnknownClaim extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownClaim(String message) {
    super(message);
  }
}
