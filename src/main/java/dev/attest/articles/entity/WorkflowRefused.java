package dev.attest.articles.entity;

/**
 * A workflow step that the article's state does not allow (submit twice, sign off a draft, publish
 * unapproved).
 */
public class WorkflowRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WorkflowRefused(String message) {
    super(message);
  }
}
