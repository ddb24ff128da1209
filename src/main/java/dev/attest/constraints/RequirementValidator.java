package dev.attest.constraints;

import dev.attest.analysis.Analyzer;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * What both attest validators do: the HTML is valid unless its analysis reports the given violation
 * code; null is valid. The analysis comes from {@link RecentAnalyses}, so content the application
 * (or the other validator) has just analysed is not parsed again. The analyzer is the container's
 * {@code Analyzer} bean when there is one, else the bundled rules; it is chosen once per validator
 * instance.
 */
abstract class RequirementValidator<A extends Annotation>
    implements ConstraintValidator<A, String> {
  private final String violationCode;
  private Analyzer analyzer;

  RequirementValidator(String violationCode) {
    this.violationCode = violationCode;
  }

  @Override
  public void initialize(A constraint) {
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
    return !RecentAnalyses.of(analyzer, html).hasViolation(violationCode);
  }
}
