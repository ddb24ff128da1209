package dev.attest.articles.boundary;

import dev.attest.platform.Problem;
import dev.attest.platform.ProblemException;

/**
 * A language the client names to override the article's own (the {@code language} field, the {@code
 * lang} query parameter): a tag such as "de" or "nb-NO", the same for checking and saving.
 */
final class LanguageTag {
  private static final int MAX_LENGTH = 16;

  private LanguageTag() {}

  /**
   * {@code value}, or null when it is absent or blank; a 400 problem naming {@code name} when it is
   * no language tag.
   */
  static String of(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_LENGTH || !value.matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")) {
      throw new ProblemException(
          Problem.of(
              400,
              "invalid-request",
              "Invalid language",
              name
                  + " is a language tag such as \"de\" or \"nb-NO\"; leave it out to use the"
                  + " article's own."));
    }
    return value;
  }
}
