package dev.attest.articles.control;

/** No article has this id. */
public class UnknownArticle extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownArticle(long id) {
    super("no article has the id " + id);
  }
}
