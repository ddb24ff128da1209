package dev.attest.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is article HTML that names an author responsible for it: a person or a news
 * agency, found in the byline ("By Anna Schmidt", "Berlin (dpa) –"), {@code rel="author"}, {@code
 * <meta name="author">}, schema.org JSON-LD or the disclosure line. A desk alone ("Staff",
 * "Redaktion") is not a named author. The article fails when the attest analysis reports {@code
 * MISSING_AUTHOR}.
 *
 * <p>{@code null} is valid, as with the built-in constraints: combine with {@code @NotNull} or
 * {@code @NotBlank} when the article body is required. Supported type: {@link String}.
 *
 * <p>The default message, key {@code dev.attest.constraints.NamedAuthor.message} in {@code
 * ValidationMessages}, says what is missing and how to add a byline, in English, German, Danish,
 * Swedish, Norwegian Bokmål, French, Spanish and Dutch.
 *
 * @see NamedAuthorValidator
 * @see RecentAnalyses
 */
@Documented
@Constraint(validatedBy = NamedAuthorValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(NamedAuthor.List.class)
public @interface NamedAuthor {

  String message() default "{dev.attest.constraints.NamedAuthor.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@link NamedAuthor} constraints on the same element (for example with different
   * groups).
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    NamedAuthor[] value();
  }
}
