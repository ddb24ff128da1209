package dev.attest.articles.entity;

/** A sign-off for a claim or revision that is no longer the article's current one. */
public class StaleClaim extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleClaim(String message) {
    super(message);
  }
}
