package dev.attest.constraints;

import dev.attest.analysis.Analyzer;
import dev.attest.analysis.Violation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NamedAuthor}: the HTML is valid unless its analysis reports {@code MISSING_AUTHOR}. The analysis
 * comes from {@link RecentAnalyses}, so content that the application (or {@link AiDisclosureValidator}) has just
 * analysed is not parsed again. The analyzer is the container's {@code Analyzer} bean when there is one, else the
 * bundled rules; it is chosen once per validator instance.
 */
public class NamedAuthorValidator implements ConstraintValidator<NamedAuthor, String> {
  private Analyzer analyzer;

  @Override
  public void initialize(NamedAuthor constraint) {
    analyzer = ContainerAnalyzer.current();
  }

  @Override
  public boolean isValid(String html, ConstraintValidatorContext context) {
    if (html == null) {
      return true;
    }
    if (analyzer == null) {
      analyzer = ContainerAnalyzer.current();
    }
    return !RecentAnalyses.of(analyzer, html).hasViolation(Violation.MISSING_AUTHOR);
  }
}
