package dev.attest.analysis;

import java.util.Objects;

/** The named person (or news agency) responsible for the article, and where that name was found. */
public record Author(String name, AuthorSource foundIn) {
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(foundIn, "foundIn");
  }
}
