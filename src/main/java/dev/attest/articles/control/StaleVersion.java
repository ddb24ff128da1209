package dev.attest.articles.control;

/**
 * A save based on a version of the article that someone else has already replaced; the other save
 * is kept.
 */
public class StaleVersion extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long current;

  public StaleVersion(long current) {
    super("the article is at version " + current);
    this.current = current;
  }

  public long current() {
    return current;
  }
}
