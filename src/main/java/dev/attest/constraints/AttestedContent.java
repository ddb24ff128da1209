package dev.attest.constraints;

/**
 * Content an {@link Attested} save method receives: the article's HTML and an optional language
 * override.
 */
public interface AttestedContent {
  String html();

  String language();
}
