package dev.attest.analysis;

/** Where the named author was found. */
public enum AuthorSource {
  BYLINE,
  META,
  REL_AUTHOR,
  JSON_LD,
  DISCLOSURE
}
