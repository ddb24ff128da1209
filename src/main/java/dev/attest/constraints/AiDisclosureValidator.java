package dev.attest.constraints;

import dev.attest.analysis.Violation;

/** Validates {@link AiDisclosure}: invalid when the analysis reports {@code MISSING_DISCLOSURE}. */
public class AiDisclosureValidator extends RequirementValidator<AiDisclosure> {
  public AiDisclosureValidator() {
    super(Violation.MISSING_DISCLOSURE);
  }
}
