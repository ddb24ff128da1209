package dev.attest.articles.entity;

/** Where an article is in the editorial workflow. */
public enum ArticleState {
  DRAFT,
  SUBMITTED,
  APPROVED,
  PUBLISHED
}
