package dev.attest.articles.control;

/**
 * A save based on a version of the article that someone else has already replaced; the other save
 * is kept.
 */
public class StaleVersion extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long current;
  private final String change;

  /**
   * @param current the article's version now, or -1 when unknown
   * @param change the last change that moved the version (such as "a sign-off by chief at …"), or
   *     null when unknown
   */
  public StaleVersion(long current, String change) {
    super("the article is at version " + current);
    this.current = current;
    this.change = change;
  }

  public long current() {
    return current;
  }

  public String change() {
    return change;
  }
}
