package dev.attest.constraints;

import dev.attest.analysis.Violation;

/** Validates {@link NamedAuthor}: invalid when the analysis reports {@code MISSING_AUTHOR}. */
public class NamedAuthorValidator extends RequirementValidator<NamedAuthor> {
  public NamedAuthorValidator() {
    super(Violation.MISSING_AUTHOR);
  }
}
