package dev.attest.articles.entity;

/**
 * A sign-off or publication by someone who wrote the article: the four-eyes rule needs a second
 * person.
 */
public class FourEyesRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FourEyesRefused(String message) {
    super(message);
  }
}
