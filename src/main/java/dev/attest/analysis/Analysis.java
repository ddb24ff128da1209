package dev.attest.analysis;

import java.util.List;

/**
 * The immutable result of analysing one article.
 *
 * @param language the article's language (ISO 639-1)
 * @param rulesVersion hash of the rule set in force
 * @param disclosure the AI-use disclosure
 * @param author the named author, or null when none was found
 * @param claims sentences that need a sign-off (cued and unsourced), in text order
 * @param violations requirements not met
 * @param text the article's visible text, which every offset refers to: content blocks joined by
 *     newlines, without scripts, hidden elements and boilerplate widgets
 */
public record Analysis(
    String language,
    String rulesVersion,
    Disclosure disclosure,
    Author author,
    List<Claim> claims,
    List<Violation> violations,
    String text) {

  public Analysis {
    claims = List.copyOf(claims);
    violations = List.copyOf(violations);
  }

  /** True when the article meets every requirement (its claims may still need sign-off). */
  public boolean acceptable() {
    return violations.isEmpty();
  }

  public boolean hasViolation(String code) {
    return violations.stream().anyMatch(v -> v.code().equals(code));
  }
}
