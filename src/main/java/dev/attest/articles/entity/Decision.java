package dev.attest.articles.entity;

/** A chief editor's decision on a claim. */
public enum Decision {
  APPROVE,
  REJECT
}
