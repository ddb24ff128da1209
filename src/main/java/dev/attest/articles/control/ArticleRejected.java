package dev.attest.articles.control;

import dev.attest.analysis.Analysis;

/**
 * A save refused because the article misses a requirement (disclosure, named author); nothing was
 * stored.
 */
public class ArticleRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Analysis analysis;

  public ArticleRejected(Analysis analysis) {
    super("article rejected: " + analysis.violations());
    this.analysis = analysis;
  }

  public Analysis analysis() {
    return analysis;
  }
}
